#pragma once

#include "market/decimal.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

#include "fx/fxkeeper.h"
class QLabel;
class QLineEdit;
class QPushButton;

// The USD/KRW rate the premium uses and where it comes from (live, saved by an earlier run and
// how old, or manual), with the manual override: type a rate, use it until cleared.
class FxControl final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FxControl)

public:
    explicit FxControl(QWidget *parent = nullptr);

    // The keeper whose rate is shown and set (not owned); nullptr detaches.
    void setKeeper(FxKeeper *keeper);
    // Puts the keyboard in the manual rate field, its text selected to be typed over.
    void focusManualRate();
    QString originText() const;

Q_SIGNALS:
    // The user set (or, with nullopt, cleared) the manual rate; the application keeps it.
    void manualRateChanged(const std::optional<Decimal> &rate);

protected:
    void changeEvent(QEvent *event) override;

private:
    void apply(const std::optional<Decimal> &rate);
    void refresh();
    void retranslate();
    void checkInput();

    QPointer<FxKeeper> m_keeper;
    QLabel *m_title;
    QLabel *m_origin;
    QLineEdit *m_edit;
    QLabel *m_problem;
    QPushButton *m_set;
    QPushButton *m_clear;
    QTimer m_beat;
};
