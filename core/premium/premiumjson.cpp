#include "premiumjson.h"

#include "observability/logmasker.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>

namespace {

QByteArray quoted(const QString &text)
{
    // QJsonValue does the escaping; the surrounding object is built by hand to keep field order.
    const QByteArray array = QJsonDocument(QJsonArray{QJsonValue(text)}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray orNull(const std::optional<QString> &text)
{
    return text ? quoted(*text) : QByteArray("null");
}

// What one line says, with nullopt where nothing is known yet.
struct LineFields
{
    QString symbol;
    std::optional<Decimal> rate;
    PremiumBasis basis = PremiumBasis::Seed;
    std::optional<Quote> korea;
    std::optional<Quote> foreign;
    std::optional<Quote> fx;
    bool stale = true;
    qint64 observedAtMs = 0;
    QString source;
    QString reason;
    // Only the market lines (one per coin) carry these.
    struct Market
    {
        QString foreignInstrument;
        std::optional<Decimal> entryRate;
        std::optional<Decimal> exitRate;
        std::optional<Decimal> fundingRate;
        std::optional<Decimal> koreaVolume24h;
        std::optional<bool> depositOpen;
        std::optional<bool> withdrawalOpen;
        std::optional<bool> caution;
        // How each price came ("poll", "cache", "stream") and how old it was when the line was made.
        std::optional<QuoteOrigin> koreaOrigin;
        std::optional<QuoteOrigin> foreignOrigin;
        std::optional<qint64> koreaAgeMs;
        std::optional<qint64> foreignAgeMs;
    };
    std::optional<Market> market;
};

QByteArray boolOrNull(const std::optional<bool> &value)
{
    return value ? QByteArray(*value ? "true" : "false") : QByteArray("null");
}

QByteArray decimalOrNull(const std::optional<Decimal> &value, int places = -1)
{
    if (!value)
        return "null";
    return quoted(places < 0 ? value->normalized().toString() : value->toFixed(places));
}

QByteArray assemble(const LineFields &f)
{
    const auto price = [](const std::optional<Quote> &q) {
        return q ? std::optional(q->price.toString()) : std::nullopt;
    };
    const auto venue = [](const std::optional<Quote> &q) {
        return q ? std::optional(q->venue) : std::nullopt;
    };
    QByteArray out;
    out.reserve(320);
    out += "{\"symbol\":" + quoted(f.symbol);
    out += ",\"rate\":" + orNull(f.rate ? std::optional(f.rate->toFixed(2)) : std::nullopt);
    out += ",\"basis\":" + quoted(premiumBasisId(f.basis));
    out += ",\"korea_price\":" + orNull(price(f.korea));
    out += ",\"foreign_price\":" + orNull(price(f.foreign));
    out += ",\"fx_rate\":" + orNull(price(f.fx));
    out += ",\"stale\":" + QByteArray(f.stale ? "true" : "false");
    out += ",\"observed_at\":" + quoted(PremiumJson::isoUtc(f.observedAtMs));
    out += ",\"source\":" + quoted(f.source);
    out += ",\"korea_venue\":" + orNull(venue(f.korea));
    out += ",\"foreign_venue\":" + orNull(venue(f.foreign));
    out += ",\"fx_source\":" + orNull(venue(f.fx));
    // When the rate was received: a rate saved by an earlier run shows its age here.
    out += ",\"fx_observed_at\":"
        + orNull(f.fx ? std::optional(PremiumJson::isoUtc(f.fx->receivedAtMs)) : std::nullopt);
    out += ",\"reason\":" + orNull(f.reason.isEmpty() ? std::nullopt : std::optional(f.reason));
    if (f.market) {
        out += ",\"foreign_instrument\":"
            + orNull(f.market->foreignInstrument.isEmpty() ? std::nullopt : std::optional(f.market->foreignInstrument));
        out += ",\"entry_rate\":" + decimalOrNull(f.market->entryRate, 2);
        out += ",\"exit_rate\":" + decimalOrNull(f.market->exitRate, 2);
        out += ",\"funding_rate\":" + decimalOrNull(f.market->fundingRate);
        out += ",\"korea_volume_24h\":" + decimalOrNull(f.market->koreaVolume24h);
        out += ",\"korea_deposit_open\":" + boolOrNull(f.market->depositOpen);
        out += ",\"korea_withdrawal_open\":" + boolOrNull(f.market->withdrawalOpen);
        out += ",\"caution\":" + boolOrNull(f.market->caution);
        const auto origin = [](const std::optional<QuoteOrigin> &o) {
            return o ? std::optional(quoteOriginId(*o)) : std::nullopt;
        };
        const auto age = [](const std::optional<qint64> &ms) {
            return ms ? QByteArray::number(*ms) : QByteArray("null");
        };
        out += ",\"korea_origin\":" + orNull(origin(f.market->koreaOrigin));
        out += ",\"foreign_origin\":" + orNull(origin(f.market->foreignOrigin));
        out += ",\"korea_age_ms\":" + age(f.market->koreaAgeMs);
        out += ",\"foreign_age_ms\":" + age(f.market->foreignAgeMs);
    }
    out += '}';
    return out;
}

} // namespace

namespace PremiumJson {

QString isoUtc(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QByteArray line(const PremiumSample &sample, const QString &reason)
{
    return assemble({ sample.symbol, sample.rate, sample.basis, sample.korea, sample.foreign, sample.fx, sample.stale,
                      sample.observedAtMs, sample.source, reason, std::nullopt });
}

QByteArray line(const CoinPremium &premium)
{
    LineFields fields;
    fields.symbol = premium.coin;
    fields.rate = premium.rate;
    fields.basis = premium.basis;
    const auto side = [](const QString &venue, const std::optional<Decimal> &price, qint64 receivedAtMs) {
        if (!price)
            return std::optional<Quote>();
        Quote quote;
        quote.venue = venue;
        quote.price = *price;
        quote.receivedAtMs = receivedAtMs;
        return std::optional(quote);
    };
    fields.korea = side(premium.pair.korea, premium.koreaPrice, premium.koreaReceivedAtMs);
    fields.foreign = side(premium.pair.foreign, premium.foreignPrice, premium.foreignReceivedAtMs);
    fields.fx = side(premium.fxSource, premium.fx, premium.fxReceivedAtMs);
    fields.stale = premium.stale;
    fields.observedAtMs = premium.observedAtMs;
    fields.source = PremiumJson::source(premium);
    fields.reason = LogMasker::mask(premium.reason);
    // An origin and an age only for a price the line carries.
    const auto originOf = [](const std::optional<Decimal> &price, QuoteOrigin origin) {
        return price ? std::optional(origin) : std::nullopt;
    };
    const auto ageOf = [&premium](const std::optional<Decimal> &price, qint64 receivedAtMs) {
        return price ? std::optional(std::max<qint64>(0, premium.observedAtMs - receivedAtMs)) : std::nullopt;
    };
    fields.market = LineFields::Market { premium.foreignInstrument,
                                         premium.entryRate,
                                         premium.exitRate,
                                         premium.fundingRate,
                                         premium.koreaVolume24h,
                                         premium.depositOpen,
                                         premium.withdrawalOpen,
                                         premium.caution,
                                         originOf(premium.koreaPrice, premium.koreaOrigin),
                                         originOf(premium.foreignPrice, premium.foreignOrigin),
                                         ageOf(premium.koreaPrice, premium.koreaReceivedAtMs),
                                         ageOf(premium.foreignPrice, premium.foreignReceivedAtMs) };
    return assemble(fields);
}

QString source(const CoinPremium &premium)
{
    if (premium.koreaOrigin == QuoteOrigin::Cache || premium.foreignOrigin == QuoteOrigin::Cache)
        return QStringLiteral("cache");
    // Only a price that is there counts: a line with a missing side is not a streamed line.
    if (premium.koreaPrice && premium.foreignPrice && premium.koreaOrigin == QuoteOrigin::Stream
        && premium.foreignOrigin == QuoteOrigin::Stream)
        return QStringLiteral("stream");
    return QStringLiteral("exchange");
}

QByteArray unavailableLine(const QString &symbol, PremiumBasis basis, const QList<FeedStatus> &statuses,
                           qint64 observedAtMs)
{
    LineFields fields;
    fields.symbol = symbol;
    fields.basis = basis;
    fields.observedAtMs = observedAtMs;
    fields.reason = reason(statuses);
    for (const FeedStatus &status : statuses) {
        switch (status.role) {
        case FeedRole::KoreanSpot:
            fields.korea = status.lastQuote;
            break;
        case FeedRole::ForeignPerp:
            fields.foreign = status.lastQuote;
            break;
        case FeedRole::Fx:
            fields.fx = status.lastQuote;
            break;
        }
    }
    // As for a premium: the tickers say whether this instance polled or followed the cache.
    const auto cached = [](const std::optional<Quote> &q) {
        return q && q->fromCache;
    };
    fields.source
        = cached(fields.korea) || cached(fields.foreign) ? QStringLiteral("cache") : QStringLiteral("exchange");
    return assemble(fields);
}

QString reason(const QList<FeedStatus> &statuses)
{
    QStringList parts;
    for (const FeedStatus &status : statuses) {
        QString why;
        switch (status.state) {
        case FeedStatus::State::Live:
            continue;
        case FeedStatus::State::Waiting:
            why = QStringLiteral("no answer yet");
            break;
        case FeedStatus::State::Stale:
            why = QStringLiteral("last value %1 s old").arg(status.ageMs / 1000);
            break;
        case FeedStatus::State::Failing:
            why = status.error ? status.error->describe() : QStringLiteral("failing");
            break;
        }
        parts.append(feedRoleId(status.role) + QStringLiteral(": ") + why);
    }
    return LogMasker::mask(parts.join(QStringLiteral("; ")));
}

} // namespace PremiumJson
