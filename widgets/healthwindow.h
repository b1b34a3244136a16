#pragma once

#include <QTimer>
#include <QWidget>

class HealthBoard;
class HealthTableModel;
class QTableView;

// The health window: each job's state and age, its errors and latency over the last 5 minutes,
// refreshed once a second while shown.
class HealthWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthWindow)

public:
    explicit HealthWindow(const HealthBoard *board, QWidget *parent = nullptr);

    HealthTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    HealthTableModel *m_model;
    QTableView *m_view;
    QTimer m_beat;
};
