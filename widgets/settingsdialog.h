#pragma once

#include "premium/feedconfig.h"
#include "premium/premiumbands.h"
#include "settings/apisettings.h"

#include <QDialog>
#include <QList>

#include <optional>

class AppSettings;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Edits the feed settings: base URL of each venue, premium basis, polling periods; the fee
// rates a new position starts from; the shared feed's Redis address; the local API. Every field is checked as it is
// typed, the reason shown under it, and OK stays disabled until all are valid. Accepting writes AppSettings (the feed
// configuration last, upon which the application rebuilds the feed).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(AppSettings *settings, QWidget *parent = nullptr);

    // The configuration as edited; meaningful when isInputValid().
    FeedConfig config() const;
    bool isInputValid() const;
    // Puts every field back to the built-in default (not yet saved).
    void restoreDefaults();

    // Why `text` is not a usable base URL, or nullopt when it is. Empty means "the default".
    static std::optional<QString> urlProblem(const QString &text);
    // Why `text` is not a usable Redis address (redis://[user@]host:port[/db]); empty is "off".
    static std::optional<QString> redisUrlProblem(const QString &text);
    // Why `text` is not an address the local API can listen on; empty is 127.0.0.1.
    static std::optional<QString> apiAddressProblem(const QString &text);
    // Why `text` is not a premium in percent a colour band can start at (-100 to 100).
    static std::optional<QString> premiumBandProblem(const QString &text);

public Q_SLOTS:
    void accept() override;

private:
    struct UrlField
    {
        QString venue;
        QLineEdit *edit = nullptr;
        QLabel *error = nullptr;
    };

    void load(const FeedConfig &config);
    void validate();
    void loadApi(const ApiSettings &api);
    void loadBands(const PremiumBands &bands);
    ApiSettings apiSettings() const;
    static void showProblem(QLabel *label, const std::optional<QString> &problem);

    AppSettings *m_settings;
    FeedConfig m_original;
    QList<UrlField> m_urlFields;
    QComboBox *m_basis;
    QComboBox *m_transport;
    QSpinBox *m_tickerPeriod;
    QLabel *m_tickerPeriodError;
    QSpinBox *m_fxPeriod;
    QLabel *m_fxPeriodError;
    QSpinBox *m_failover;
    QDoubleSpinBox *m_outlier;
    QLineEdit *m_warmBand;
    QLabel *m_warmBandError;
    QLineEdit *m_coolBand;
    QLabel *m_coolBandError;
    QLineEdit *m_koreaFee;
    QLabel *m_koreaFeeError;
    QLineEdit *m_foreignFee;
    QLabel *m_foreignFeeError;
    QLineEdit *m_redisUrl;
    QLabel *m_redisUrlError;
    QSpinBox *m_apiPort;
    QLineEdit *m_apiAddress;
    QLabel *m_apiAddressError;
    QCheckBox *m_apiRequireToken;
    QDialogButtonBox *m_buttons;
};
