#include "positionpnlcache.h"

#include "redisclient.h"

#include "positions/positionbook.h"
#include "premium/premiumjson.h"

namespace {

QByteArray text(const Decimal &value)
{
    return value.toString().toLatin1();
}

QByteArray text(const std::optional<Decimal> &value)
{
    return value ? text(*value) : QByteArray();
}

} // namespace

PositionPnlCache::PositionPnlCache(RedisClient *client, QString instanceId, PositionBook *book, QObject *parent,
                                   int intervalMs)
    : QObject(parent)
    , m_client(client)
    , m_instanceId(std::move(instanceId))
    , m_book(book)
{
    m_interval.setSingleShot(true);
    m_interval.setInterval(intervalMs);
    connect(&m_interval, &QTimer::timeout, this, [this] {
        if (std::exchange(m_pending, false))
            schedule();
    });
    // A price tick re-values the open positions; opening, closing or deleting one changes the set.
    connect(book, &PositionBook::valuationsUpdated, this, &PositionPnlCache::schedule);
    connect(book, &PositionBook::positionsReset, this, &PositionPnlCache::schedule);
    connect(book, &PositionBook::positionAdded, this, &PositionPnlCache::schedule);
    connect(book, &PositionBook::positionChanged, this, &PositionPnlCache::schedule);
    connect(book, &PositionBook::positionRemoved, this, &PositionPnlCache::schedule);
    schedule();
}

QByteArray PositionPnlCache::key(const QString &instanceId, qint64 positionId)
{
    return "pnl:" + instanceId.toUtf8() + ':' + QByteArray::number(positionId);
}

void PositionPnlCache::schedule()
{
    if (m_interval.isActive()) {
        m_pending = true;
        return;
    }
    write();
    m_interval.start();
}

void PositionPnlCache::write()
{
    if (!m_book || !m_client->isConnected())
        return;
    const qint64 nowMs = m_book->now();
    const QByteArray ttl = QByteArray::number(TtlMs);
    QList<RedisCommand> commands;
    QSet<qint64> written;
    for (const Position &position : m_book->positions()) {
        const PositionValuation valuation = m_book->valuation(position.id);
        if (!position.isOpen() || !valuation.pnl)
            continue;
        const PositionPnl &pnl = *valuation.pnl;
        const QByteArray key = PositionPnlCache::key(m_instanceId, position.id);
        const QList<std::pair<QByteArray, QByteArray>> fields{
            {"symbol", position.symbol.toUtf8()},
            {"quantity", text(position.quantity)},
            {"korea_venue", position.koreanVenue.toUtf8()},
            {"foreign_venue", position.foreignVenue.toUtf8()},
            {"entry_premium", text(valuation.entryPremium)},
            {"exit_premium", text(valuation.exitPremium)},
            {"korea_leg", text(pnl.koreaLeg)},
            {"foreign_leg", text(pnl.foreignLeg)},
            {"funding", text(pnl.funding)},
            {"fx_rate", text(pnl.fx)},
            {"foreign_leg_krw", text(pnl.foreignLegKrw)},
            {"fees_krw", text(pnl.feesKrw)},
            {"net", text(pnl.net)},
            {"timestamp", QByteArray::number(nowMs)},
            {"observed_at", PremiumJson::isoUtc(nowMs).toLatin1()},
            {"instance", m_instanceId.toUtf8()},
        };
        // Every field every time: one HSET replaces all of them at once.
        RedisCommand hset{QByteArrayLiteral("HSET"), key};
        for (const auto &[field, value] : fields)
            hset.arguments << field << value;
        commands.append(hset);
        commands.append(RedisCommand{QByteArrayLiteral("PEXPIRE"), key, ttl});
        written.insert(position.id);
    }
    for (qint64 id : std::as_const(m_written)) {
        if (!written.contains(id))
            commands.append(RedisCommand{QByteArrayLiteral("DEL"), key(m_instanceId, id)});
    }
    m_written = written;
    if (!commands.isEmpty())
        m_client->pipeline(commands, this, [](const QList<RedisReply> &) {});
}
