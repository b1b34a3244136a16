#include "instancehealth.h"

#include "redisclient.h"
#include "redisscript.h"
#include "sharedfeedcache.h"

#include "premium/premiumjson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

#include <algorithm>

namespace {

// KEYS[1]: the set. ARGV: this instance, the window (ms). -> instances seen within the window.
const RedisScript &presenceScript()
{
    static const RedisScript script(QByteArrayLiteral(R"lua(
if redis.replicate_commands then redis.replicate_commands() end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZADD', KEYS[1], now, ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[2]))
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return redis.call('ZCARD', KEYS[1])
)lua"));
    return script;
}

QString roleId(SharedFeedStatus::Role role)
{
    switch (role) {
    case SharedFeedStatus::Role::Alone:
        return QStringLiteral("alone");
    case SharedFeedStatus::Role::Polling:
        return QStringLiteral("polling");
    case SharedFeedStatus::Role::Following:
        return QStringLiteral("following");
    }
    return QString();
}

} // namespace

InstanceHealth::InstanceHealth(RedisClient *client, QString instanceId, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_instanceId(std::move(instanceId))
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &InstanceHealth::writeAll);
}

void InstanceHealth::start()
{
    m_timer.start();
}

void InstanceHealth::writeAll()
{
    writeHealth();
    writePositions(m_openPositions);
}

void InstanceHealth::setRole(SharedFeedStatus::Role role)
{
    if (role == m_role)
        return;
    m_role = role;
    writeHealth();
}

void InstanceHealth::writeHealth()
{
    if (!m_client->isConnected())
        return;
    const QJsonObject health {
        { QStringLiteral("instance"), m_instanceId },
        { QStringLiteral("role"), roleId(m_role) },
        { QStringLiteral("host"), QSysInfo::machineHostName() },
        { QStringLiteral("pid"), QCoreApplication::applicationPid() },
        { QStringLiteral("version"), QCoreApplication::applicationVersion() },
        { QStringLiteral("updated_at"), PremiumJson::isoUtc(QDateTime::currentMSecsSinceEpoch()) },
    };
    m_client->send({ QByteArrayLiteral("SET"), SharedFeedCache::healthKey(m_instanceId),
                     QJsonDocument(health).toJson(QJsonDocument::Compact), QByteArrayLiteral("PX"),
                     QByteArray::number(SharedFeedCache::HealthTtlMs) },
                   this, [](const RedisReply &) {});
}

void InstanceHealth::setOpenPositionCount(int count)
{
    count = std::max(0, count);
    if (count == m_openPositions)
        return;
    const int previous = std::exchange(m_openPositions, count);
    writePositions(previous);
}

void InstanceHealth::writePositions(int previous)
{
    // An instance that never had a position open leaves the keys to those that have. The others
    // refresh their own count with the health key, so that a dead instance's count expires and
    // drops out of the next total.
    if (!m_client->isConnected() || (m_openPositions == 0 && previous == 0))
        return;
    m_client->send(SharedFeedCache::writeOpenPositions(m_instanceId, m_openPositions), this, [](const RedisReply &) {});
}

RedisCommand InstanceHealth::presenceCommand(int windowMs) const
{
    return presenceScript().call({ QByteArrayLiteral("batch:live") },
                                 { m_instanceId.toUtf8(), QByteArray::number(windowMs) });
}
