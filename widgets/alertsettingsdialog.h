#pragma once

#include "observability/alertsettings.h"
#include "observability/useralertrule.h"

#include <QDialog>
#include <QList>

#include <optional>

class AppSettings;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

// Edits the alert rules' thresholds, the cooldown, which rules are muted, and the user's own
// premium alerts ("BTC on bithumb/binance above 3 % or below −1 %"). OK stays disabled while a
// field or an alert row is unusable, the reason shown below. Accepting writes AppSettings, upon
// which the application hands the new values to the alert engine.
class AlertSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertSettingsDialog)

public:
    enum UserColumn {
        SymbolColumn,
        KoreaColumn,
        ForeignColumn,
        AboveColumn,
        BelowColumn,
        HysteresisColumn,
        UserColumnCount
    };

    explicit AlertSettingsDialog(AppSettings *settings, QWidget *parent = nullptr);

    // What the dialog holds now; meaningful when problem() is empty.
    AlertSettings alertSettings() const;
    QList<UserAlertRule> userAlerts() const;
    // Why the input cannot be saved, or empty.
    QString problem() const;

    // Adds an alert row for `symbol` on the default pair, to be filled in.
    void addUserAlert(const QString &symbol = QStringLiteral("BTC"));
    QTableWidget *userTable() const { return m_users; }

public Q_SLOTS:
    void accept() override;

private:
    void load();
    void appendRow(const UserAlertRule &rule);
    void validate();

    AppSettings *m_settings;
    AlertSettings m_original;
    QSpinBox *m_tickerStale;
    QSpinBox *m_fxStale;
    QSpinBox *m_premiumStale;
    QSpinBox *m_apiErrorRate;
    QSpinBox *m_cacheMissRate;
    QLineEdit *m_spike;
    QSpinBox *m_hysteresis;
    QSpinBox *m_cooldownMinutes;
    QList<QCheckBox *> m_mutes;
    QTableWidget *m_users;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
