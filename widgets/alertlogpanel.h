#pragma once

#include <QWidget>

class AlertLogModel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

// The alert log as the window shows it: a filter field over the bounded, newest-first table.
class AlertLogPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertLogPanel)

public:
    explicit AlertLogPanel(AlertLogModel *model, QWidget *parent = nullptr);

    QLineEdit *filterField() const { return m_filter; }
    QTableView *view() const { return m_view; }
    // Rows shown after filtering.
    int visibleRows() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLineEdit *m_filter;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
};
