#include "sharedfeedcache.h"

#include "premium/premiumjson.h"
#include "premium/premiumsample.h"

namespace {

QByteArray lower(const QString &text)
{
    return text.toLower().toUtf8();
}

QByteArray decimalText(const Decimal &value)
{
    return value.toString().toLatin1();
}

QByteArray isoText(qint64 epochMs)
{
    return PremiumJson::isoUtc(epochMs).toLatin1();
}

} // namespace

SharedFeedCache::SharedFeedCache(QByteArray instanceId)
    : m_instanceId(std::move(instanceId))
{
}

QByteArray SharedFeedCache::tickerKey(const QString &venue, const QString &symbol)
{
    return "ticker:" + lower(venue) + ':' + lower(symbol);
}

QByteArray SharedFeedCache::fxKey(const QString &pair)
{
    const QStringList parts = pair.split(u'/');
    if (parts.size() != 2)
        return "fx:" + lower(pair);
    return "fx:" + lower(parts.at(0)) + ':' + lower(parts.at(1));
}

QByteArray SharedFeedCache::premiumKey(const QString &symbol)
{
    return "premium:" + lower(symbol);
}

QByteArray SharedFeedCache::historyKey(const QString &symbol)
{
    return premiumKey(symbol) + ":history";
}

QByteArray SharedFeedCache::lastRunKey(const QString &job)
{
    return "batch:last_run:" + job.toUtf8();
}

QByteArray SharedFeedCache::healthKey(const QString &instanceId)
{
    return "batch:health:" + instanceId.toUtf8();
}

QByteArray SharedFeedCache::openPositionCountKey()
{
    return QByteArrayLiteral("position:open:count");
}

QByteArray SharedFeedCache::openPositionExistsKey()
{
    return QByteArrayLiteral("position:open:exists");
}

void SharedFeedCache::addTicker(FencedWrite &write, const Quote &quote) const
{
    // Last-trade tickers carry no volume of their own; the field is there, empty, for readers
    // that expect the SPEC's layout.
    write.addHash(tickerKey(quote.venue, quote.symbol), TickerTtlMs,
                  {{"price", decimalText(quote.price)},
                   {"volume", QByteArray()},
                   {"timestamp", QByteArray::number(quote.receivedAtMs)},
                   {"observed_at", isoText(quote.receivedAtMs)},
                   {"venue_time", QByteArray::number(quote.venueTimeMs)},
                   {"instance", m_instanceId}});
}

void SharedFeedCache::addFx(FencedWrite &write, const Quote &quote) const
{
    write.addHash(fxKey(quote.symbol), FxTtlMs,
                  {{"rate", decimalText(quote.price)},
                   {"source", quote.venue.toUtf8()},
                   {"timestamp", QByteArray::number(quote.receivedAtMs)},
                   {"observed_at", isoText(quote.receivedAtMs)},
                   {"venue_time", QByteArray::number(quote.venueTimeMs)},
                   {"instance", m_instanceId}});
}

void SharedFeedCache::addPremium(FencedWrite &write, const PremiumSample &sample) const
{
    const QByteArray rate = sample.rate.toFixed(2).toLatin1();
    write.addHash(premiumKey(sample.symbol), PremiumTtlMs,
                  {{"rate", rate},
                   {"korea_price", decimalText(sample.korea.price)},
                   {"foreign_price", decimalText(sample.foreign.price)},
                   {"fx_rate", decimalText(sample.fx.price)},
                   {"observed_at", isoText(sample.observedAtMs)},
                   {"timestamp", QByteArray::number(sample.observedAtMs)},
                   {"basis", premiumBasisId(sample.basis).toLatin1()},
                   {"stale", sample.stale ? QByteArrayLiteral("true") : QByteArrayLiteral("false")},
                   {"korea_venue", sample.korea.venue.toUtf8()},
                   {"foreign_venue", sample.foreign.venue.toUtf8()},
                   {"fx_source", sample.fx.venue.toUtf8()},
                   {"instance", m_instanceId}});
    write.addHistory(historyKey(sample.symbol), openPositionExistsKey(), HistoryTtlMs, sample.observedAtMs,
                     rate + ':' + decimalText(sample.korea.price) + ':' + decimalText(sample.foreign.price));
}

void SharedFeedCache::addLastRun(FencedWrite &write, const QString &job, qint64 nowMs)
{
    write.addString(lastRunKey(job), LastRunTtlMs, QByteArray::number(nowMs));
}

RedisCommand SharedFeedCache::read(const QByteArray &key)
{
    return RedisCommand{QByteArrayLiteral("HGETALL"), key};
}

std::optional<Quote> SharedFeedCache::tickerFromHash(const QHash<QByteArray, QByteArray> &hash, const QString &venue,
                                                     const QString &symbol, qint64 nowMs)
{
    auto quote = quoteFromHash(hash, "price", TickerTtlMs, nowMs);
    if (quote) {
        quote->venue = venue;
        quote->symbol = symbol;
    }
    return quote;
}

std::optional<Quote> SharedFeedCache::fxFromHash(const QHash<QByteArray, QByteArray> &hash, const QString &pair, qint64 nowMs)
{
    auto quote = quoteFromHash(hash, "rate", FxTtlMs, nowMs);
    if (quote) {
        quote->venue = QString::fromUtf8(hash.value("source"));
        quote->symbol = pair;
    }
    return quote;
}

std::optional<Quote> SharedFeedCache::quoteFromHash(const QHash<QByteArray, QByteArray> &hash, const QByteArray &priceField,
                                                    int ttlMs, qint64 nowMs)
{
    bool ok = false;
    const qint64 receivedAtMs = hash.value("timestamp").toLongLong(&ok);
    if (!ok || nowMs - receivedAtMs > ttlMs)
        return std::nullopt;
    const auto price = Decimal::fromString(QString::fromLatin1(hash.value(priceField)));
    if (!price || !price->isPositive())
        return std::nullopt;
    Quote quote;
    quote.price = *price;
    quote.receivedAtMs = receivedAtMs;
    quote.venueTimeMs = hash.value("venue_time").toLongLong();
    quote.fromCache = true;
    return quote;
}
