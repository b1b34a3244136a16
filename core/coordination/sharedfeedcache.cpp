#include "sharedfeedcache.h"

#include "redisscript.h"

#include "premium/premiumjson.h"
#include "premium/premiumsample.h"

namespace {

// KEYS: the set of instances, this instance's count, the total, the flag. ARGV: instance id,
// its count, lifetime ms, the prefix of the instances' count keys. The counts are read by name
// from the set's members: fine on one server, which is what the shared feed uses.
const RedisScript &openPositionsScript()
{
    static const RedisScript script(QByteArrayLiteral(R"lua(
if tonumber(ARGV[2]) > 0 then
  redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3])
  redis.call('SADD', KEYS[1], ARGV[1])
else
  redis.call('DEL', KEYS[2])
  redis.call('SREM', KEYS[1], ARGV[1])
end
local total = 0
for _, id in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  local count = redis.call('GET', ARGV[4] .. id)
  if count then
    total = total + tonumber(count)
  else
    redis.call('SREM', KEYS[1], id)
  end
end
redis.call('PEXPIRE', KEYS[1], ARGV[3])
redis.call('SET', KEYS[3], tostring(total), 'PX', ARGV[3])
redis.call('SET', KEYS[4], total > 0 and 'true' or 'false', 'PX', ARGV[3])
return total
)lua"));
    return script;
}

const QByteArray OpenPositionInstancePrefix = QByteArrayLiteral("position:open:instance:");

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

QByteArray SharedFeedCache::openPositionInstanceKey(const QString &instanceId)
{
    return OpenPositionInstancePrefix + instanceId.toUtf8();
}

QByteArray SharedFeedCache::openPositionInstancesKey()
{
    return QByteArrayLiteral("position:open:instances");
}

void SharedFeedCache::addTicker(FencedWrite &write, const Quote &quote) const
{
    // Empty for a venue whose ticker reports no volume: the field is there for readers that
    // expect the SPEC's layout.
    write.addHash(tickerKey(quote.venue, quote.symbol), TickerTtlMs,
                  {{"price", decimalText(quote.price)},
                   {"volume", quote.volume24h ? decimalText(*quote.volume24h) : QByteArray()},
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

RedisCommand SharedFeedCache::writeOpenPositions(const QString &instanceId, int count)
{
    return openPositionsScript().call(
        {openPositionInstancesKey(), openPositionInstanceKey(instanceId), openPositionCountKey(), openPositionExistsKey()},
        {instanceId.toUtf8(), QByteArray::number(count), QByteArray::number(PositionTtlMs), OpenPositionInstancePrefix});
}

std::optional<Quote> SharedFeedCache::tickerFromHash(const QHash<QByteArray, QByteArray> &hash, const QString &venue,
                                                     const QString &symbol, qint64 nowMs)
{
    auto quote = quoteFromHash(hash, "price", TickerTtlMs, nowMs);
    if (quote) {
        quote->venue = venue;
        quote->symbol = symbol;
        quote->volume24h = Decimal::fromString(QString::fromLatin1(hash.value("volume")));
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
