#include "settingsdialog.h"

#include "feedstatusbadge.h"
#include "feedtext.h"
#include "positiontext.h"

#include "coordination/redisaddress.h"
#include "exchanges/venuecatalog.h"
#include "positions/positionvalidator.h"
#include "settings/appsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace {

// The label of a venue's URL field, with a mnemonic where the venue has a fixed place.
QString urlFieldLabel(const FeedConfig &config, const QString &venue)
{
    const QString name = FeedText::venueName(venue);
    if (venue == config.koreanVenue)
        return SettingsDialog::tr("&Korean spot (%1):").arg(name);
    if (venue == config.foreignVenue)
        return SettingsDialog::tr("&Foreign perpetual (%1):").arg(name);
    if (venue == config.koreanFallbackVenue)
        return SettingsDialog::tr("Korean fallba&ck (%1):").arg(name);
    const qsizetype fxIndex = config.fxSources.indexOf(venue);
    if (fxIndex == 0)
        return SettingsDialog::tr("&USD/KRW (%1):").arg(name);
    // Only the first fallback gets a mnemonic: the same letter twice would not reach the second.
    if (fxIndex == 1)
        return SettingsDialog::tr("USD/KRW f&allback (%1):").arg(name);
    return SettingsDialog::tr("USD/KRW fallback %1 (%2):").arg(fxIndex).arg(name);
}

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, FeedStatusBadge::colorFor(FeedStatus::State::Failing));
    label->setPalette(palette);
    label->hide();
    return label;
}

// A field and the reason it is wrong, stacked, as one form row.
QWidget *withError(QWidget *field, QLabel *error, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_original(settings ? settings->feedConfig() : FeedConfig())
    , m_basis(new QComboBox(this))
    , m_transport(new QComboBox(this))
    , m_tickerPeriod(new QSpinBox(this))
    , m_tickerPeriodError(makeErrorLabel(this))
    , m_fxPeriod(new QSpinBox(this))
    , m_fxPeriodError(makeErrorLabel(this))
    , m_failover(new QSpinBox(this))
    , m_outlier(new QDoubleSpinBox(this))
    , m_warmBand(new QLineEdit(this))
    , m_warmBandError(makeErrorLabel(this))
    , m_coolBand(new QLineEdit(this))
    , m_coolBandError(makeErrorLabel(this))
    , m_koreaFee(new QLineEdit(this))
    , m_koreaFeeError(makeErrorLabel(this))
    , m_foreignFee(new QLineEdit(this))
    , m_foreignFeeError(makeErrorLabel(this))
    , m_redisUrl(new QLineEdit(this))
    , m_redisUrlError(makeErrorLabel(this))
    , m_apiPort(new QSpinBox(this))
    , m_apiAddress(new QLineEdit(this))
    , m_apiAddressError(makeErrorLabel(this))
    , m_apiRequireToken(new QCheckBox(tr("Re&quire the local API token (kept under API keys)"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this))
{
    setWindowTitle(tr("Preferences"));

    auto *venuesBox = new QGroupBox(tr("Exchange addresses"), this);
    auto *venuesForm = new QFormLayout(venuesBox);
    QStringList venues{m_original.koreanVenue, m_original.foreignVenue};
    if (!m_original.koreanFallbackVenue.isEmpty())
        venues.append(m_original.koreanFallbackVenue);
    venues += m_original.fxSources;
    for (const QString &venue : venues) {
        UrlField field;
        field.venue = venue;
        field.edit = new QLineEdit(venuesBox);
        field.edit->setObjectName(QStringLiteral("url_") + venue);
        field.edit->setPlaceholderText(VenueCatalog::defaultBaseUrl(venue).toString());
        field.edit->setClearButtonEnabled(true);
        field.edit->setToolTip(tr("Scheme, host and optional port, e.g. %1. Empty uses the default.")
                                   .arg(VenueCatalog::defaultBaseUrl(venue).toString()));
        field.error = makeErrorLabel(venuesBox);
        field.error->setObjectName(QStringLiteral("urlError_") + venue);
        auto *label = new QLabel(urlFieldLabel(m_original, venue), venuesBox);
        label->setBuddy(field.edit);
        venuesForm->addRow(label, withError(field.edit, field.error, venuesBox));
        connect(field.edit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
        m_urlFields.append(field);
    }

    auto *premiumBox = new QGroupBox(tr("Premium and polling"), this);
    auto *premiumForm = new QFormLayout(premiumBox);
    m_basis->setObjectName(QStringLiteral("basis"));
    m_basis->addItem(tr("Over the Korean price (seed formula)"), premiumBasisId(PremiumBasis::Seed));
    m_basis->addItem(tr("Over the global price (as most Korean sites)"), premiumBasisId(PremiumBasis::Global));
    premiumForm->addRow(tr("Premium &basis:"), m_basis);
    m_transport->setObjectName(QStringLiteral("transport"));
    m_transport->addItem(tr("Streaming, polling a silent coin"), feedTransportId(FeedTransport::Stream));
    m_transport->addItem(tr("Polling only"), feedTransportId(FeedTransport::Poll));
    m_transport->setToolTip(
        tr("Streaming shows each price as the venue pushes it; polling asks every venue once a ticker period."));
    premiumForm->addRow(tr("Quotes b&y:"), m_transport);

    // The spin boxes accept more than is allowed so that an out-of-range value is explained
    // next to the field instead of being silently clamped.
    m_tickerPeriod->setObjectName(QStringLiteral("tickerPeriod"));
    m_tickerPeriod->setRange(0, 10 * FeedConfig::MaxTickerPeriodMs);
    m_tickerPeriod->setSingleStep(100);
    m_tickerPeriod->setSuffix(tr(" ms"));
    m_tickerPeriodError->setObjectName(QStringLiteral("tickerPeriodError"));
    premiumForm->addRow(tr("&Ticker period:"), withError(m_tickerPeriod, m_tickerPeriodError, premiumBox));

    m_fxPeriod->setObjectName(QStringLiteral("fxPeriod"));
    m_fxPeriod->setRange(0, 10 * FeedConfig::MaxFxPeriodMinutes);
    m_fxPeriod->setSuffix(tr(" min"));
    m_fxPeriodError->setObjectName(QStringLiteral("fxPeriodError"));
    premiumForm->addRow(tr("USD/KRW &period:"), withError(m_fxPeriod, m_fxPeriodError, premiumBox));

    m_failover->setObjectName(QStringLiteral("koreanFailover"));
    m_failover->setRange(FeedConfig::MinFailoverSeconds, FeedConfig::MaxFailoverSeconds);
    m_failover->setSuffix(tr(" s"));
    m_failover->setToolTip(tr("How long the Korean venue must fail before the fallback venue carries the premium."));
    if (!m_original.koreanFallbackVenue.isEmpty())
        premiumForm->addRow(tr("Fa&ll back to %1 after:").arg(FeedText::venueName(m_original.koreanFallbackVenue)), m_failover);
    else
        m_failover->hide();
    m_outlier->setObjectName(QStringLiteral("outlierPercent"));
    m_outlier->setRange(0, 100);
    m_outlier->setDecimals(1);
    m_outlier->setSuffix(tr(" %"));
    m_outlier->setSpecialValueText(tr("Off"));
    m_outlier->setToolTip(tr("A tick that moves more than this from the last accepted price is held back until the next two ticks confirm it."));
    premiumForm->addRow(tr("&Hold back jumps over:"), m_outlier);
    for (const auto &[edit, error, name] : { std::tuple { m_warmBand, m_warmBandError, "warmPremium" },
                                             std::tuple { m_coolBand, m_coolBandError, "coolPremium" } }) {
        edit->setObjectName(QString::fromLatin1(name));
        error->setObjectName(QString::fromLatin1(name) + QStringLiteral("Error"));
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    }
    m_warmBand->setToolTip(tr("The market table colours a premium at or above this percentage warm."));
    m_coolBand->setToolTip(tr("The market table colours a premium at or below this percentage cool."));
    premiumForm->addRow(tr("&Warm premium from (%):"), withError(m_warmBand, m_warmBandError, premiumBox));
    premiumForm->addRow(tr("Cool pre&mium up to (%):"), withError(m_coolBand, m_coolBandError, premiumBox));

    auto *positionsBox = new QGroupBox(tr("New positions"), this);
    auto *positionsForm = new QFormLayout(positionsBox);
    for (const auto &[edit, error, name] : {std::tuple{m_koreaFee, m_koreaFeeError, "koreaFee"}, std::tuple{m_foreignFee, m_foreignFeeError, "foreignFee"}}) {
        edit->setObjectName(QString::fromLatin1(name));
        error->setObjectName(QString::fromLatin1(name) + QStringLiteral("Error"));
        edit->setToolTip(tr("A fraction of the traded value, paid on opening and on closing: 0.0004 is 0.04 %."));
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    }
    positionsForm->addRow(tr("Korean &fee rate:"), withError(m_koreaFee, m_koreaFeeError, positionsBox));
    positionsForm->addRow(tr("F&oreign fee rate:"), withError(m_foreignFee, m_foreignFeeError, positionsBox));

    auto *sharedBox = new QGroupBox(tr("Shared feed"), this);
    auto *sharedForm = new QFormLayout(sharedBox);
    m_redisUrl->setObjectName(QStringLiteral("redisUrl"));
    m_redisUrl->setClearButtonEnabled(true);
    m_redisUrl->setPlaceholderText(tr("Off (e.g. redis://feed@cache.lan:6379/0)"));
    m_redisUrl->setToolTip(tr("Instances pointing at one Redis share one feed: one polls, the others follow. "
                              "The password is not part of the address: keep it under API keys as the Redis password. "
                              "--redis on the command line wins over this setting."));
    m_redisUrlError->setObjectName(QStringLiteral("redisUrlError"));
    sharedForm->addRow(tr("Re&dis:"), withError(m_redisUrl, m_redisUrlError, sharedBox));
    connect(m_redisUrl, &QLineEdit::textChanged, this, &SettingsDialog::validate);

    auto *apiBox = new QGroupBox(tr("Local API"), this);
    auto *apiForm = new QFormLayout(apiBox);
    m_apiPort->setObjectName(QStringLiteral("apiPort"));
    m_apiPort->setRange(0, 65535);
    m_apiPort->setSpecialValueText(tr("Off"));
    m_apiPort->setToolTip(
        tr("Serves the premiums, tickers, positions, health and Prometheus metrics, read-only, at this port. "
           "--api-port on the command line wins over this setting."));
    apiForm->addRow(tr("Serve o&n port:"), m_apiPort);
    m_apiAddress->setObjectName(QStringLiteral("apiAddress"));
    m_apiAddress->setPlaceholderText(QStringLiteral("127.0.0.1"));
    m_apiAddress->setToolTip(
        tr("127.0.0.1 keeps the API to this computer. Any other address lets other machines connect: "
           "then every request must carry the local API token kept under API keys."));
    m_apiAddressError->setObjectName(QStringLiteral("apiAddressError"));
    apiForm->addRow(tr("L&isten on:"), withError(m_apiAddress, m_apiAddressError, apiBox));
    m_apiRequireToken->setObjectName(QStringLiteral("apiRequireToken"));
    apiForm->addRow(m_apiRequireToken);
    connect(m_apiAddress, &QLineEdit::textChanged, this, &SettingsDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(venuesBox);
    layout->addWidget(premiumBox);
    layout->addWidget(positionsBox);
    layout->addWidget(sharedBox);
    layout->addWidget(apiBox);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setText(tr("&Restore defaults"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, &SettingsDialog::restoreDefaults);
    connect(m_tickerPeriod, &QSpinBox::valueChanged, this, &SettingsDialog::validate);
    connect(m_fxPeriod, &QSpinBox::valueChanged, this, &SettingsDialog::validate);

    const FeeRates fees = settings ? settings->positionFees() : FeeRates::standard();
    m_koreaFee->setText(fees.korea.toString());
    m_foreignFee->setText(fees.foreign.toString());
    m_redisUrl->setText(settings ? settings->redisUrl() : QString());
    loadApi(settings ? settings->apiSettings() : ApiSettings());
    loadBands(settings ? settings->premiumBands() : PremiumBands());
    load(m_original);
    setMinimumWidth(560);
}

FeedConfig SettingsDialog::config() const
{
    FeedConfig config = m_original;
    config.baseUrls.clear();
    for (const UrlField &field : m_urlFields) {
        const QString text = field.edit->text().trimmed();
        if (text.isEmpty())
            continue;
        // Scheme, host and port only, as the command line takes them: "http://h:1/" and
        // "http://h:1" are the same venue and must be saved the same way.
        const QUrl url(text, QUrl::StrictMode);
        QUrl base;
        base.setScheme(url.scheme());
        base.setHost(url.host());
        base.setPort(url.port());
        config.baseUrls.insert(field.venue, base);
    }
    config.basis = premiumBasisFromId(m_basis->currentData().toString()).value_or(PremiumBasis::Seed);
    config.transport = feedTransportFromId(m_transport->currentData().toString()).value_or(FeedTransport::Stream);
    config.tickerPeriodMs = m_tickerPeriod->value();
    config.fxPeriodMs = m_fxPeriod->value() * 60'000;
    config.koreanFailoverMs = m_failover->value() * 1000;
    // Tenths of a percent, as the field shows them: 10.0 % is 0.100.
    config.outlierShare = Decimal::fromParts(qRound(m_outlier->value() * 10), 3).normalized();
    return config;
}

bool SettingsDialog::isInputValid() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void SettingsDialog::restoreDefaults()
{
    FeedConfig defaults;
    defaults.symbol = m_original.symbol;
    defaults.koreanVenue = m_original.koreanVenue;
    defaults.foreignVenue = m_original.foreignVenue;
    defaults.fxSources = m_original.fxSources;
    load(defaults);
    m_koreaFee->setText(FeeRates::standard().korea.toString());
    m_foreignFee->setText(FeeRates::standard().foreign.toString());
    m_redisUrl->clear();
    loadApi(ApiSettings());
    loadBands(PremiumBands());
}

std::optional<QString> SettingsDialog::urlProblem(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return tr("Not a valid URL.");
    if (url.scheme() != u"http" && url.scheme() != u"https")
        return tr("Must start with http:// or https://.");
    if (url.host().isEmpty())
        return tr("Must name a host, e.g. https://api.example.com.");
    // The request path is the venue's own and replaces any path given here; say so rather than
    // let a pasted endpoint URL look accepted and then be ignored.
    if ((!url.path().isEmpty() && url.path() != u"/") || url.hasQuery() || url.hasFragment())
        return tr("Only scheme, host and port: the request path is added by the application.");
    return std::nullopt;
}

std::optional<QString> SettingsDialog::redisUrlProblem(const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    QString problem;
    if (RedisAddress::fromUrl(text.trimmed(), &problem))
        return std::nullopt;
    if (!QUrl(text.trimmed()).password().isEmpty())
        return tr("Leave the password out of the address: keep it under API keys as the Redis password.");
    return tr("Expected redis://[user@]host:port[/db]: %1.").arg(problem);
}

std::optional<QString> SettingsDialog::apiAddressProblem(const QString &text)
{
    if (text.trimmed().isEmpty() || !QHostAddress(text.trimmed()).isNull())
        return std::nullopt;
    return tr("Expected an IP address of this computer, e.g. 127.0.0.1 or 0.0.0.0.");
}

std::optional<QString> SettingsDialog::premiumBandProblem(const QString &text)
{
    const auto rate = Decimal::fromString(text.trimmed());
    if (!rate)
        return tr("Expected a percentage such as 3 or -1.5.");
    if (*rate < Decimal::fromInteger(-100) || *rate > Decimal::fromInteger(100))
        return tr("Must be between -100 and 100 %.");
    return std::nullopt;
}

void SettingsDialog::loadBands(const PremiumBands &bands)
{
    m_warmBand->setText(bands.warmAtLeast.toString());
    m_coolBand->setText(bands.coolAtMost.toString());
}

void SettingsDialog::loadApi(const ApiSettings &api)
{
    m_apiPort->setValue(api.port);
    m_apiAddress->setText(api.address == ApiSettings().address ? QString() : api.address);
    m_apiRequireToken->setChecked(api.requireToken);
}

ApiSettings SettingsDialog::apiSettings() const
{
    ApiSettings api;
    api.port = m_apiPort->value();
    if (!m_apiAddress->text().trimmed().isEmpty())
        api.address = m_apiAddress->text().trimmed();
    api.requireToken = m_apiRequireToken->isChecked();
    return api;
}

void SettingsDialog::accept()
{
    validate();
    if (!isInputValid())
        return;
    if (m_settings) {
        m_settings->setPositionFees(FeeRates{*Decimal::fromString(m_koreaFee->text()), *Decimal::fromString(m_foreignFee->text())});
        // Before the feed configuration, whose change rebuilds the feed: it reads the address anew.
        m_settings->setRedisUrl(m_redisUrl->text());
        m_settings->setApiSettings(apiSettings());
        m_settings->setPremiumBands(PremiumBands { *Decimal::fromString(m_warmBand->text().trimmed()),
                                                   *Decimal::fromString(m_coolBand->text().trimmed()) });
        m_settings->setFeedConfig(config());
    }
    QDialog::accept();
}

void SettingsDialog::load(const FeedConfig &config)
{
    for (UrlField &field : m_urlFields) {
        const QUrl url = config.baseUrls.value(field.venue);
        // A default address is left empty so that its placeholder shows, and a later change of
        // the built-in default applies.
        field.edit->setText(url.isEmpty() || url == VenueCatalog::defaultBaseUrl(field.venue) ? QString() : url.toString());
    }
    m_basis->setCurrentIndex(std::max(0, m_basis->findData(premiumBasisId(config.basis))));
    m_transport->setCurrentIndex(std::max(0, m_transport->findData(feedTransportId(config.transport))));
    m_tickerPeriod->setValue(config.tickerPeriodMs);
    m_fxPeriod->setValue(std::max(1, (config.fxPeriodMs + 30'000) / 60'000));
    m_failover->setValue((config.koreanFailoverMs + 500) / 1000);
    m_outlier->setValue((config.outlierShare * Decimal::fromInteger(100)).toDouble());
    validate();
}

void SettingsDialog::validate()
{
    bool valid = true;
    for (const UrlField &field : m_urlFields) {
        const auto problem = urlProblem(field.edit->text());
        showProblem(field.error, problem);
        valid = valid && !problem;
    }

    std::optional<QString> tickerProblem;
    if (m_tickerPeriod->value() < FeedConfig::MinTickerPeriodMs || m_tickerPeriod->value() > FeedConfig::MaxTickerPeriodMs)
        tickerProblem = tr("Must be between %1 and %2 ms.").arg(FeedConfig::MinTickerPeriodMs).arg(FeedConfig::MaxTickerPeriodMs);
    showProblem(m_tickerPeriodError, tickerProblem);

    std::optional<QString> fxProblem;
    if (m_fxPeriod->value() < FeedConfig::MinFxPeriodMinutes || m_fxPeriod->value() > FeedConfig::MaxFxPeriodMinutes)
        fxProblem = tr("Must be between %1 and %2 minutes.").arg(FeedConfig::MinFxPeriodMinutes).arg(FeedConfig::MaxFxPeriodMinutes);
    showProblem(m_fxPeriodError, fxProblem);

    for (const auto &[edit, error, field] : {std::tuple{m_koreaFee, m_koreaFeeError, PositionField::KoreaFee},
                                             std::tuple{m_foreignFee, m_foreignFeeError, PositionField::ForeignFee}}) {
        const auto rate = PositionValidator::feeRate(field, edit->text());
        const auto *issue = std::get_if<FieldIssue>(&rate);
        showProblem(error, issue ? std::optional<QString>(PositionText::issueText(*issue)) : std::nullopt);
        valid = valid && !issue;
    }
    const auto redisProblem = redisUrlProblem(m_redisUrl->text());
    showProblem(m_redisUrlError, redisProblem);
    const auto apiProblem = apiAddressProblem(m_apiAddress->text());
    showProblem(m_apiAddressError, apiProblem);
    // Off loopback the token is not optional: the box says so rather than pretend a choice.
    const QHostAddress apiAddress(m_apiAddress->text().trimmed());
    const bool offLoopback = !apiProblem && !apiAddress.isNull() && !apiAddress.isLoopback();
    if (offLoopback)
        m_apiRequireToken->setChecked(true);
    m_apiRequireToken->setEnabled(!offLoopback);
    const auto warmProblem = premiumBandProblem(m_warmBand->text());
    auto coolProblem = premiumBandProblem(m_coolBand->text());
    // Both bands at once would make a premium warm and cool.
    if (!warmProblem && !coolProblem
        && !(*Decimal::fromString(m_coolBand->text().trimmed()) < *Decimal::fromString(m_warmBand->text().trimmed())))
        coolProblem = tr("Must be below the warm premium (%1 %).").arg(m_warmBand->text().trimmed());
    showProblem(m_warmBandError, warmProblem);
    showProblem(m_coolBandError, coolProblem);
    valid = valid && !tickerProblem && !fxProblem && !redisProblem && !apiProblem && !warmProblem && !coolProblem;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

void SettingsDialog::showProblem(QLabel *label, const std::optional<QString> &problem)
{
    label->setText(problem.value_or(QString()));
    label->setVisible(problem.has_value());
}
