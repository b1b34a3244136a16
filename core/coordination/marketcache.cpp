#include "marketcache.h"

#include "redisscript.h"

#include "premium/premiumjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>

namespace {

// KEYS[1]: the venue's set of coins. ARGV[1]: the prefix of their hashes.
// -> {coin, {field, value, ...}, coin, {...}, ...} for the coins whose hash still exists.
const RedisScript &readScript()
{
    static const RedisScript script(QByteArrayLiteral(R"lua(
local out = {}
for _, coin in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  local fields = redis.call('HGETALL', ARGV[1] .. string.lower(coin))
  if #fields > 0 then
    out[#out + 1] = coin
    out[#out + 1] = fields
  end
end
return out
)lua"));
    return script;
}

QByteArray lower(const QString &text)
{
    return text.toLower().toUtf8();
}

QByteArray flag(bool value)
{
    return value ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
}

QByteArray text(const Decimal &value)
{
    return value.toString().toLatin1();
}

void addIf(FencedWrite::Fields &fields, const char *name, const std::optional<Decimal> &value)
{
    if (value)
        fields.append({ QByteArray(name), text(*value) });
}

RedisCommand hset(const QByteArray &key, const FencedWrite::Fields &fields)
{
    QList<QByteArray> arguments { QByteArrayLiteral("HSET"), key };
    for (const auto &[field, value] : fields)
        arguments << field << value;
    return RedisCommand(arguments);
}

std::optional<Decimal> decimalField(const QHash<QByteArray, QByteArray> &hash, const char *name)
{
    const auto it = hash.constFind(QByteArray(name));
    if (it == hash.cend() || it->isEmpty())
        return std::nullopt;
    return Decimal::fromString(QString::fromLatin1(*it));
}

// Each part of a quote (what one reply may carry alone) with its own receive time, `{part}_at`, so
// that a part that stopped arriving ages while the others are refreshed.
enum class Part { Last, Book, Volume, Change, Mark, Funding };
constexpr std::array Parts { Part::Last, Part::Book, Part::Volume, Part::Change, Part::Mark, Part::Funding };

QByteArray timeField(Part part)
{
    switch (part) {
    case Part::Last:
        return QByteArrayLiteral("price_at");
    case Part::Book:
        return QByteArrayLiteral("book_at");
    case Part::Volume:
        return QByteArrayLiteral("volume_at");
    case Part::Change:
        return QByteArrayLiteral("change_at");
    case Part::Mark:
        return QByteArrayLiteral("mark_at");
    case Part::Funding:
        return QByteArrayLiteral("funding_at");
    }
    return {};
}

// The part's fields of `quote`; empty when the quote does not carry it. The board's convention:
// a zero mark price is a reply with the rate only, a zero next funding time one with the mark only.
FencedWrite::Fields partFields(Part part, const MarketQuote &quote)
{
    switch (part) {
    case Part::Last:
        if (quote.last)
            return { { "price", text(*quote.last) } };
        break;
    case Part::Book:
        if (quote.book)
            return { { "bid", text(quote.book->bid) },
                     { "ask", text(quote.book->ask) },
                     { "bid_size", text(quote.book->bidSize) },
                     { "ask_size", text(quote.book->askSize) } };
        break;
    case Part::Volume:
        if (quote.volume24h)
            return { { "volume", text(*quote.volume24h) } };
        break;
    case Part::Change:
        if (quote.change24hRatio)
            return { { "change", text(*quote.change24hRatio) } };
        break;
    case Part::Mark:
        if (quote.funding && !quote.funding->markPrice.isZero())
            return { { "mark", text(quote.funding->markPrice) } };
        break;
    case Part::Funding:
        if (quote.funding && quote.funding->nextFundingTimeMs != 0)
            return { { "funding_rate", text(quote.funding->rate) },
                     { "next_funding_time", QByteArray::number(quote.funding->nextFundingTimeMs) } };
        break;
    }
    return {};
}

// Sets the part on `quote` from the hash; false when its fields are absent or unreadable.
bool readPart(Part part, const QHash<QByteArray, QByteArray> &hash, MarketQuote &quote)
{
    switch (part) {
    case Part::Last:
        quote.last = decimalField(hash, "price");
        return quote.last.has_value();
    case Part::Book: {
        const auto bid = decimalField(hash, "bid");
        const auto ask = decimalField(hash, "ask");
        if (!bid || !ask)
            return false;
        quote.book = BookTop { *bid, decimalField(hash, "bid_size").value_or(Decimal()), *ask,
                               decimalField(hash, "ask_size").value_or(Decimal()) };
        return true;
    }
    case Part::Volume:
        quote.volume24h = decimalField(hash, "volume");
        return quote.volume24h.has_value();
    case Part::Change:
        quote.change24hRatio = decimalField(hash, "change");
        return quote.change24hRatio.has_value();
    case Part::Mark: {
        const auto mark = decimalField(hash, "mark");
        if (!mark)
            return false;
        if (!quote.funding)
            quote.funding = FundingTerms {};
        quote.funding->markPrice = *mark;
        return true;
    }
    case Part::Funding: {
        const auto rate = decimalField(hash, "funding_rate");
        const qint64 next = hash.value("next_funding_time").toLongLong();
        if (!rate || next == 0)
            return false;
        if (!quote.funding)
            quote.funding = FundingTerms {};
        quote.funding->rate = *rate;
        quote.funding->nextFundingTimeMs = next;
        return true;
    }
    }
    return false;
}

// One quote per receive time among the coin's fresh parts, so that the board ages each part by
// its own time; none when the hash has no readable `timestamp`.
QList<MarketQuote> quotesFromHash(const QString &venue, const QString &coin, const QHash<QByteArray, QByteArray> &hash,
                                  qint64 nowMs)
{
    bool ok = false;
    const qint64 writtenAtMs = hash.value("timestamp").toLongLong(&ok);
    if (!ok || writtenAtMs <= 0)
        return {};
    QList<MarketQuote> quotes;
    for (Part part : Parts) {
        const qint64 at = hash.value(timeField(part), QByteArray::number(writtenAtMs)).toLongLong();
        if (at <= 0 || nowMs - at > MarketCache::TickerTtlMs)
            continue;
        auto it
            = std::find_if(quotes.begin(), quotes.end(), [at](const MarketQuote &q) { return q.receivedAtMs == at; });
        MarketQuote candidate;
        MarketQuote &quote = it != quotes.end() ? *it : candidate;
        if (!readPart(part, hash, quote) || it != quotes.end())
            continue;
        quote.venue = venue;
        quote.coin = coin;
        quote.instrument = QString::fromUtf8(hash.value("instrument"));
        quote.receivedAtMs = at;
        quote.origin = QuoteOrigin::Cache;
        quotes.append(quote);
    }
    return quotes;
}

} // namespace

MarketCache::MarketCache(QByteArray instanceId)
    : m_instanceId(std::move(instanceId))
{
}

QByteArray MarketCache::tickerKey(const QString &venue, const QString &coin)
{
    return venueKey(venue) + ':' + lower(coin);
}

QByteArray MarketCache::venueKey(const QString &venue)
{
    return "ticker:" + lower(venue);
}

QByteArray MarketCache::premiumKey(const QString &coin, const VenuePair &pair)
{
    return premiumKey(coin) + ':' + lower(pair.korea) + ':' + lower(pair.foreign);
}

QByteArray MarketCache::premiumKey(const QString &coin)
{
    return "premium:" + lower(coin);
}

QList<MarketCache::Entry> MarketCache::tickerEntries(const QuoteBatch &batch) const
{
    QList<Entry> entries;
    entries.reserve(batch.quotes.size());
    for (const MarketQuote &quote : batch.quotes) {
        FencedWrite::Fields fields;
        const QByteArray at = QByteArray::number(quote.receivedAtMs);
        for (Part part : Parts) {
            const FencedWrite::Fields carried = partFields(part, quote);
            if (carried.isEmpty())
                continue;
            fields += carried;
            fields.append({ timeField(part), at });
        }
        if (fields.isEmpty())
            continue;
        if (!quote.instrument.isEmpty())
            fields.append({ "instrument", quote.instrument.toUtf8() });
        fields.append({ "timestamp", at });
        fields.append({ "observed_at", PremiumJson::isoUtc(quote.receivedAtMs).toLatin1() });
        if (!m_instanceId.isEmpty())
            fields.append({ "instance", m_instanceId });
        entries.append({ tickerKey(quote.venue.isEmpty() ? batch.venue : quote.venue, quote.coin), fields });
    }
    return entries;
}

QList<QByteArray> MarketCache::coinsOf(const QuoteBatch &batch)
{
    QList<QByteArray> coins;
    coins.reserve(batch.quotes.size());
    for (const MarketQuote &quote : batch.quotes)
        coins.append(quote.coin.toUtf8());
    return coins;
}

QList<MarketCache::Entry> MarketCache::premiumEntries(const QList<CoinPremium> &premiums,
                                                      const VenuePair &defaultPair) const
{
    QList<Entry> entries;
    for (const CoinPremium &premium : premiums) {
        FencedWrite::Fields fields;
        if (premium.rate)
            fields.append({ "rate", premium.rate->toFixed(2).toLatin1() });
        if (premium.entryRate)
            fields.append({ "entry_rate", premium.entryRate->toFixed(2).toLatin1() });
        if (premium.exitRate)
            fields.append({ "exit_rate", premium.exitRate->toFixed(2).toLatin1() });
        addIf(fields, "korea_price", premium.koreaPrice);
        addIf(fields, "foreign_price", premium.foreignPrice);
        addIf(fields, "fx_rate", premium.fx);
        fields.append({ "observed_at", PremiumJson::isoUtc(premium.observedAtMs).toLatin1() });
        fields.append({ "timestamp", QByteArray::number(premium.observedAtMs) });
        fields.append({ "basis", premiumBasisId(premium.basis).toLatin1() });
        fields.append({ "stale", flag(premium.stale) });
        fields.append({ "korea_venue", premium.pair.korea.toUtf8() });
        fields.append({ "foreign_venue", premium.pair.foreign.toUtf8() });
        if (!premium.foreignInstrument.isEmpty())
            fields.append({ "foreign_instrument", premium.foreignInstrument.toUtf8() });
        if (!m_instanceId.isEmpty())
            fields.append({ "instance", m_instanceId });
        entries.append({ premiumKey(premium.coin, premium.pair), fields });
        if (premium.pair == defaultPair)
            entries.append({ premiumKey(premium.coin), fields });
    }
    return entries;
}

void MarketCache::addBatch(FencedWrite &write, const QuoteBatch &batch) const
{
    const QList<Entry> entries = tickerEntries(batch);
    if (entries.isEmpty())
        return;
    for (const Entry &entry : entries)
        write.mergeHash(entry.key, TickerTtlMs, entry.fields);
    write.addMembers(venueKey(batch.venue), TickerTtlMs, coinsOf(batch));
}

void MarketCache::addPremiums(FencedWrite &write, const QList<CoinPremium> &premiums,
                              const VenuePair &defaultPair) const
{
    for (const Entry &entry : premiumEntries(premiums, defaultPair))
        write.addHash(entry.key, PremiumTtlMs, entry.fields);
}

QList<RedisCommand> MarketCache::batchCommands(const QuoteBatch &batch) const
{
    QList<RedisCommand> commands;
    const QList<Entry> entries = tickerEntries(batch);
    if (entries.isEmpty())
        return commands;
    const QByteArray ttl = QByteArray::number(TickerTtlMs);
    for (const Entry &entry : entries) {
        commands.append(hset(entry.key, entry.fields));
        commands.append(RedisCommand { QByteArrayLiteral("PEXPIRE"), entry.key, ttl });
    }
    commands.append(
        RedisCommand(QList<QByteArray> { QByteArrayLiteral("SADD"), venueKey(batch.venue) } + coinsOf(batch)));
    commands.append(RedisCommand { QByteArrayLiteral("PEXPIRE"), venueKey(batch.venue), ttl });
    return commands;
}

QList<RedisCommand> MarketCache::premiumCommands(const QList<CoinPremium> &premiums, const VenuePair &defaultPair) const
{
    const QList<Entry> entries = premiumEntries(premiums, defaultPair);
    if (entries.isEmpty())
        return {};
    // In one transaction: a reader never finds a hash between its deletion and its new fields.
    QList<RedisCommand> commands { RedisCommand { QByteArrayLiteral("MULTI") } };
    const QByteArray ttl = QByteArray::number(PremiumTtlMs);
    for (const Entry &entry : entries) {
        commands.append(RedisCommand { QByteArrayLiteral("DEL"), entry.key });
        commands.append(hset(entry.key, entry.fields));
        commands.append(RedisCommand { QByteArrayLiteral("PEXPIRE"), entry.key, ttl });
    }
    commands.append(RedisCommand { QByteArrayLiteral("EXEC") });
    return commands;
}

QByteArray MarketCache::statusKey(const QString &venue, const QString &coin)
{
    return statusVenueKey(venue) + ':' + lower(coin);
}

QByteArray MarketCache::statusVenueKey(const QString &venue)
{
    return "status:" + lower(venue);
}

void MarketCache::addStatuses(FencedWrite &write, const QList<CoinStatus> &statuses) const
{
    QList<QByteArray> coins;
    for (const CoinStatus &status : statuses) {
        FencedWrite::Fields fields;
        if (!status.networks.isEmpty()) {
            QJsonArray networks;
            for (const NetworkWallet &wallet : status.networks) {
                networks.append(QJsonObject { { QStringLiteral("network"), wallet.network },
                                              { QStringLiteral("deposit"), wallet.depositOpen },
                                              { QStringLiteral("withdrawal"), wallet.withdrawalOpen } });
            }
            fields.append({ "networks", QJsonDocument(networks).toJson(QJsonDocument::Compact) });
            fields.append({ "deposit", flag(*status.depositOpen()) });
            fields.append({ "withdrawal", flag(*status.withdrawalOpen()) });
        }
        if (status.caution) {
            fields.append({ "caution", flag(*status.caution) });
            fields.append(
                { "caution_reasons",
                  QJsonDocument(QJsonArray::fromStringList(status.cautionReasons)).toJson(QJsonDocument::Compact) });
        }
        if (fields.isEmpty())
            continue;
        fields.append({ "timestamp", QByteArray::number(status.receivedAtMs) });
        fields.append({ "observed_at", PremiumJson::isoUtc(status.receivedAtMs).toLatin1() });
        if (!m_instanceId.isEmpty())
            fields.append({ "instance", m_instanceId });
        write.mergeHash(statusKey(status.venue, status.coin), StatusTtlMs, fields);
        coins.append(status.coin.toUtf8());
    }
    if (!coins.isEmpty())
        write.addMembers(statusVenueKey(statuses.constFirst().venue), StatusTtlMs, coins);
}

RedisCommand MarketCache::readStatuses(const QString &venue)
{
    return readScript().call({ statusVenueKey(venue) }, { statusVenueKey(venue) + ':' });
}

QList<CoinStatus> MarketCache::statusesFromReply(const QString &venue, const RedisReply &reply, qint64 nowMs)
{
    QList<CoinStatus> statuses;
    for (qsizetype i = 0; i + 1 < reply.elements.size(); i += 2) {
        const QHash<QByteArray, QByteArray> hash = reply.elements.at(i + 1).toHash();
        bool ok = false;
        const qint64 receivedAtMs = hash.value("timestamp").toLongLong(&ok);
        if (!ok || receivedAtMs <= 0 || nowMs - receivedAtMs > StatusTtlMs)
            continue;
        CoinStatus status;
        status.venue = venue;
        status.coin = QString::fromUtf8(reply.elements.at(i).text);
        status.receivedAtMs = receivedAtMs;
        for (const QJsonValue &value : QJsonDocument::fromJson(hash.value("networks")).array()) {
            const QJsonObject wallet = value.toObject();
            status.networks.append({ wallet.value(u"network").toString(), wallet.value(u"deposit").toBool(true),
                                     wallet.value(u"withdrawal").toBool(true) });
        }
        if (hash.contains("caution")) {
            status.caution = hash.value("caution") == "true";
            for (const QJsonValue &reason : QJsonDocument::fromJson(hash.value("caution_reasons")).array())
                status.cautionReasons.append(reason.toString());
        }
        statuses.append(status);
    }
    return statuses;
}

RedisCommand MarketCache::readVenue(const QString &venue)
{
    return readScript().call({ venueKey(venue) }, { venueKey(venue) + ':' });
}

QuoteBatch MarketCache::batchFromReply(const QString &venue, const RedisReply &reply, qint64 nowMs)
{
    QuoteBatch batch;
    batch.venue = venue;
    batch.request = QStringLiteral("cache");
    batch.receivedAtMs = nowMs;
    if (reply.type != RedisReply::Type::Array)
        return batch;
    for (qsizetype i = 0; i + 1 < reply.elements.size(); i += 2) {
        const QString coin = QString::fromUtf8(reply.elements.at(i).text);
        batch.quotes += quotesFromHash(venue, coin, reply.elements.at(i + 1).toHash(), nowMs);
    }
    return batch;
}
