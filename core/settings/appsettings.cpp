#include "appsettings.h"

#include "exchanges/venuecatalog.h"
#include "storage/historyoptions.h"
#include "venues/venuedirectory.h"

namespace {

const QString kBasis = QStringLiteral("premium/basis");
const QString kTransport = QStringLiteral("feeds/transport");
const QString kTickerPeriod = QStringLiteral("feeds/tickerPeriodMs");
const QString kFxPeriod = QStringLiteral("feeds/fxPeriodMs");
const QString kUrlPrefix = QStringLiteral("feeds/url/");
const QString kFailoverMs = QStringLiteral("feeds/koreanFailoverMs");
const QString kOutlierShare = QStringLiteral("feeds/outlierShare");
const QString kKoreaFee = QStringLiteral("positions/koreaFeeRate");
const QString kForeignFee = QStringLiteral("positions/foreignFeeRate");
const QString kRetentionDays = QStringLiteral("history/retentionDays");
const QString kWatchlist = QStringLiteral("history/watchlist");
const QString kRedisUrl = QStringLiteral("shared/redisUrl");
const QString kApiPort = QStringLiteral("api/port");
const QString kApiAddress = QStringLiteral("api/address");
const QString kApiRequireToken = QStringLiteral("api/requireToken");
constexpr int DefaultRetentionDays = 30;
const QString kKoreanVenue = QStringLiteral("feeds/koreanVenue");
const QString kForeignVenue = QStringLiteral("feeds/foreignVenue");
const QString kSelectedCoin = QStringLiteral("window/selectedCoin");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");

// Every market venue, not only the pair's: the toolbar switches pairs and the pair matrix polls
// the others, each at the address Preferences gives it.
QStringList configurableVenues(const FeedConfig &config)
{
    const VenueDirectory &directory = VenueDirectory::standard();
    QStringList venues = directory.ids(VenueSide::KoreanSpot) + directory.ids(VenueSide::Perpetual);
    for (const QString &venue : { config.koreanVenue, config.foreignVenue, config.koreanFallbackVenue }) {
        if (!venue.isEmpty() && !venues.contains(venue))
            venues.append(venue);
    }
    venues += config.fxSources;
    return venues;
}

} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
{
}

AppSettings::AppSettings(const QString &iniPath, QObject *parent)
    : QObject(parent)
    , m_settings(iniPath, QSettings::IniFormat)
{
}

FeedConfig AppSettings::feedConfig() const
{
    FeedConfig config;
    config.symbols.clear();
    const VenuePair pair = venuePair();
    config.koreanVenue = pair.korea;
    config.foreignVenue = pair.foreign;
    config.symbol = selectedCoin();
    config.basis = premiumBasisFromId(m_settings.value(kBasis).toString()).value_or(config.basis);
    config.transport = feedTransportFromId(m_settings.value(kTransport).toString()).value_or(config.transport);
    // Outside the ranges Preferences allows, a hand-edited value falls back to the default.
    const auto bounded = [this](const QString &key, int fallback, int min, int max) {
        bool ok = false;
        const int value = m_settings.value(key, fallback).toInt(&ok);
        return ok && value >= min && value <= max ? value : fallback;
    };
    config.tickerPeriodMs = bounded(kTickerPeriod, config.tickerPeriodMs, FeedConfig::MinTickerPeriodMs, FeedConfig::MaxTickerPeriodMs);
    config.fxPeriodMs = bounded(kFxPeriod, config.fxPeriodMs, FeedConfig::MinFxPeriodMinutes * 60'000,
                                FeedConfig::MaxFxPeriodMinutes * 60'000);
    config.koreanFailoverMs = bounded(kFailoverMs, config.koreanFailoverMs, FeedConfig::MinFailoverSeconds * 1000,
                                      FeedConfig::MaxFailoverSeconds * 1000);
    const auto share = Decimal::fromString(m_settings.value(kOutlierShare).toString());
    if (share && !share->isNegative() && *share <= Decimal::fromInteger(1))
        config.outlierShare = *share;
    for (const QString &venue : configurableVenues(config)) {
        const QUrl url = m_settings.value(kUrlPrefix + venue).toUrl();
        if (url.isValid() && !url.isEmpty())
            config.baseUrls.insert(venue, url);
        config.limits.insert(venue, VenueLimits::read(m_settings, venue));
    }
    return config;
}

void AppSettings::setFeedConfig(const FeedConfig &config)
{
    m_settings.setValue(kBasis, premiumBasisId(config.basis));
    m_settings.setValue(kTransport, feedTransportId(config.transport));
    m_settings.setValue(kTickerPeriod, config.tickerPeriodMs);
    m_settings.setValue(kFxPeriod, config.fxPeriodMs);
    m_settings.setValue(kFailoverMs, config.koreanFailoverMs);
    m_settings.setValue(kOutlierShare, config.outlierShare.toString());
    for (const QString &venue : configurableVenues(config)) {
        config.limits.value(venue, VenueLimits::defaults(venue)).writeBudgets(m_settings, venue);
        const QUrl url = config.baseUrl(venue);
        if (url == VenueCatalog::defaultBaseUrl(venue))
            m_settings.remove(kUrlPrefix + venue);
        else
            m_settings.setValue(kUrlPrefix + venue, url);
    }
    m_settings.sync();
    Q_EMIT feedConfigChanged(feedConfig());
}

VenuePair AppSettings::venuePair() const
{
    VenuePair pair;
    const QString korea = m_settings.value(kKoreanVenue).toString();
    if (VenueDirectory::standard().ids(VenueSide::KoreanSpot).contains(korea))
        pair.korea = korea;
    const QString foreign = m_settings.value(kForeignVenue).toString();
    if (VenueDirectory::standard().ids(VenueSide::Perpetual).contains(foreign))
        pair.foreign = foreign;
    return pair;
}

void AppSettings::setVenuePair(const VenuePair &pair)
{
    m_settings.setValue(kKoreanVenue, pair.korea);
    m_settings.setValue(kForeignVenue, pair.foreign);
}

QString AppSettings::selectedCoin() const
{
    const QString coin = m_settings.value(kSelectedCoin).toString();
    return coin.isEmpty() ? FeedConfig().symbol : coin;
}

void AppSettings::setSelectedCoin(const QString &coin)
{
    m_settings.setValue(kSelectedCoin, coin);
}

FeeRates AppSettings::positionFees() const
{
    const FeeRates standard = FeeRates::standard();
    // Stored as decimal text: a rate read back is exactly the rate saved.
    const auto read = [this](const QString &key, const Decimal &fallback) {
        const auto value = Decimal::fromString(m_settings.value(key).toString());
        return value && !value->isNegative() ? *value : fallback;
    };
    return FeeRates{read(kKoreaFee, standard.korea), read(kForeignFee, standard.foreign)};
}

void AppSettings::setPositionFees(const FeeRates &fees)
{
    m_settings.setValue(kKoreaFee, fees.korea.toString());
    m_settings.setValue(kForeignFee, fees.foreign.toString());
    m_settings.sync();
}

int AppSettings::historyRetentionDays() const
{
    const int days = m_settings.value(kRetentionDays, DefaultRetentionDays).toInt();
    return days >= 1 ? days : DefaultRetentionDays;
}

void AppSettings::setHistoryRetentionDays(int days)
{
    m_settings.setValue(kRetentionDays, days);
}

QStringList AppSettings::historyWatchlist() const
{
    if (!m_settings.contains(kWatchlist))
        return HistoryOptions().watchlist;
    return m_settings.value(kWatchlist).toStringList();
}

void AppSettings::setHistoryWatchlist(const QStringList &coins)
{
    m_settings.setValue(kWatchlist, coins);
}

QString AppSettings::redisUrl() const
{
    return m_settings.value(kRedisUrl).toString();
}

void AppSettings::setRedisUrl(const QString &url)
{
    m_settings.setValue(kRedisUrl, url.trimmed());
}

ApiSettings AppSettings::apiSettings() const
{
    ApiSettings api;
    bool ok = false;
    const int port = m_settings.value(kApiPort, 0).toInt(&ok);
    api.port = ok && port >= 0 && port <= 65535 ? port : 0;
    api.address = m_settings.value(kApiAddress, api.address).toString();
    api.requireToken = m_settings.value(kApiRequireToken, false).toBool();
    return api;
}

void AppSettings::setApiSettings(const ApiSettings &api)
{
    if (api == apiSettings())
        return;
    m_settings.setValue(kApiPort, api.port);
    m_settings.setValue(kApiAddress, api.address.trimmed());
    m_settings.setValue(kApiRequireToken, api.requireToken);
    m_settings.sync();
    Q_EMIT apiSettingsChanged(apiSettings());
}

PremiumBands AppSettings::premiumBands() const
{
    return PremiumBands::load(m_settings);
}

void AppSettings::setPremiumBands(const PremiumBands &bands)
{
    if (bands == premiumBands())
        return;
    bands.save(m_settings);
    m_settings.sync();
    Q_EMIT premiumBandsChanged(bands);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kState, state);
}

AlertSettings AppSettings::alertSettings() const
{
    return AlertSettings::load(m_settings);
}

void AppSettings::setAlertSettings(const AlertSettings &settings)
{
    if (settings == alertSettings())
        return;
    settings.save(m_settings);
    Q_EMIT alertSettingsChanged(settings);
}

QList<UserAlertRule> AppSettings::userAlerts()
{
    return UserAlertRule::load(m_settings);
}

void AppSettings::setUserAlerts(const QList<UserAlertRule> &rules)
{
    UserAlertRule::save(m_settings, rules);
    Q_EMIT userAlertsChanged(rules);
}
