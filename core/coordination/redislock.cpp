#include "redislock.h"

#include "redisclient.h"
#include "redisscript.h"

namespace {

// KEYS: lock, fence counter. ARGV: token, lease ms. -> {fence, holder}; fence 0 when not ours.
const RedisScript &acquireScript()
{
    static const RedisScript script(QByteArrayLiteral(R"lua(
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return {redis.call('INCR', KEYS[2]), ARGV[1]}
end
return {0, redis.call('GET', KEYS[1]) or ''}
)lua"));
    return script;
}

// As acquire, but a lock we already hold gets a fresh lease and keeps its fencing number.
const RedisScript &holdScript()
{
    static const RedisScript script(QByteArrayLiteral(R"lua(
local holder = redis.call('GET', KEYS[1])
if holder == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return {tonumber(redis.call('GET', KEYS[2]) or '0'), ARGV[1]}
end
if not holder and redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return {redis.call('INCR', KEYS[2]), ARGV[1]}
end
return {0, holder or ''}
)lua"));
    return script;
}

// KEYS: lock, fence counter, last run. ARGV: token, lease ms, interval ms.
const RedisScript &acquireIfDueScript()
{
    static const RedisScript script(QByteArrayLiteral(R"lua(
if redis.replicate_commands then redis.replicate_commands() end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local last = tonumber(redis.call('GET', KEYS[3]) or '0')
if now - last >= tonumber(ARGV[3]) and redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return {redis.call('INCR', KEYS[2]), ARGV[1], last, now}
end
return {0, redis.call('GET', KEYS[1]) or '', last, now}
)lua"));
    return script;
}

// KEYS: lock. ARGV: token, lease ms. -> 1 when renewed.
const RedisScript &renewScript()
{
    static const RedisScript script(QByteArrayLiteral(R"lua(
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
)lua"));
    return script;
}

// KEYS: lock. ARGV: token. -> 1 when released.
const RedisScript &releaseScript()
{
    static const RedisScript script(QByteArrayLiteral(R"lua(
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
)lua"));
    return script;
}

} // namespace

RedisLock::RedisLock(QByteArray key, QByteArray token, int leaseMs)
    : m_key(std::move(key))
    , m_token(std::move(token))
    , m_leaseMs(leaseMs)
{
}

RedisCommand RedisLock::acquireCommand() const
{
    return acquireScript().call({m_key, fenceKey()}, {m_token, QByteArray::number(m_leaseMs)});
}

RedisCommand RedisLock::holdCommand() const
{
    return holdScript().call({m_key, fenceKey()}, {m_token, QByteArray::number(m_leaseMs)});
}

RedisCommand RedisLock::acquireIfDueCommand(const QByteArray &lastRunKey, qint64 intervalMs) const
{
    return acquireIfDueScript().call({m_key, fenceKey(), lastRunKey},
                                     {m_token, QByteArray::number(m_leaseMs), QByteArray::number(intervalMs)});
}

RedisCommand RedisLock::renewCommand() const
{
    return renewScript().call({m_key}, {m_token, QByteArray::number(m_leaseMs)});
}

RedisCommand RedisLock::releaseCommand() const
{
    return releaseScript().call({m_key}, {m_token});
}

bool RedisLock::applyHold(const RedisReply &reply)
{
    if (reply.isError()) {
        forget();
        return false;
    }
    m_fence = reply.at(0).toInteger();
    m_holder = reply.at(1).text;
    return isHeld();
}

bool RedisLock::applyRenew(const RedisReply &reply)
{
    if (reply.toInteger() != 1)
        forget();
    return isHeld();
}

void RedisLock::applyRelease(const RedisReply &reply)
{
    Q_UNUSED(reply);
    forget();
}

void RedisLock::forget()
{
    m_fence = 0;
    m_holder.clear();
}

void RedisLock::tryAcquire(RedisClient *client, QObject *context, Result result)
{
    client->send(acquireCommand(), context, [this, result = std::move(result)](const RedisReply &reply) {
        result(applyHold(reply));
    });
}

void RedisLock::renew(RedisClient *client, QObject *context, Result result)
{
    client->send(renewCommand(), context, [this, result = std::move(result)](const RedisReply &reply) {
        result(applyRenew(reply));
    });
}

void RedisLock::release(RedisClient *client, QObject *context, std::function<void(bool released)> result)
{
    client->send(releaseCommand(), context, [this, result = std::move(result)](const RedisReply &reply) {
        const bool released = reply.toInteger() == 1;
        applyRelease(reply);
        result(released);
    });
}
