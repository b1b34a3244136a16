#include "fencedwrite.h"

#include "redislock.h"
#include "redisscript.h"

namespace {

// KEYS[1]: the lock's fence counter, then the keys of the entries. ARGV[1]: our fencing number,
// then per entry its kind and arguments. -> {1 applied | 0 refused, current counter}.
const RedisScript &commitScript()
{
    static const RedisScript script(QByteArrayLiteral(R"lua(
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if tonumber(ARGV[1]) < current then
  return {0, current}
end
local k, a = 2, 2
while a <= #ARGV do
  local kind = ARGV[a]
  if kind == 'hash' then
    local n = tonumber(ARGV[a + 2])
    redis.call('DEL', KEYS[k])
    redis.call('HSET', KEYS[k], unpack(ARGV, a + 3, a + 2 + n * 2))
    redis.call('PEXPIRE', KEYS[k], ARGV[a + 1])
    k, a = k + 1, a + 3 + n * 2
  elseif kind == 'merge' then
    local n = tonumber(ARGV[a + 2])
    redis.call('HSET', KEYS[k], unpack(ARGV, a + 3, a + 2 + n * 2))
    redis.call('PEXPIRE', KEYS[k], ARGV[a + 1])
    k, a = k + 1, a + 3 + n * 2
  elseif kind == 'members' then
    local n = tonumber(ARGV[a + 2])
    redis.call('SADD', KEYS[k], unpack(ARGV, a + 3, a + 2 + n))
    redis.call('PEXPIRE', KEYS[k], ARGV[a + 1])
    k, a = k + 1, a + 3 + n
  elseif kind == 'string' then
    redis.call('SET', KEYS[k], ARGV[a + 2], 'PX', ARGV[a + 1])
    k, a = k + 1, a + 3
  elseif kind == 'history' then
    if redis.call('GET', KEYS[k + 1]) == 'true' then
      local ttl = tonumber(ARGV[a + 1])
      local score = tonumber(ARGV[a + 2])
      redis.call('ZADD', KEYS[k], score, ARGV[a + 3])
      redis.call('ZREMRANGEBYSCORE', KEYS[k], '-inf', '(' .. (score - ttl))
      redis.call('PEXPIRE', KEYS[k], ttl)
    end
    k, a = k + 2, a + 4
  else
    return redis.error_reply('unknown entry kind ' .. tostring(kind))
  end
end
return {1, current}
)lua"));
    return script;
}

} // namespace

void FencedWrite::addHash(const QByteArray &key, int ttlMs, const Fields &fields)
{
    addFields(QByteArrayLiteral("hash"), key, ttlMs, fields);
}

void FencedWrite::mergeHash(const QByteArray &key, int ttlMs, const Fields &fields)
{
    addFields(QByteArrayLiteral("merge"), key, ttlMs, fields);
}

void FencedWrite::addFields(const QByteArray &kind, const QByteArray &key, int ttlMs, const Fields &fields)
{
    m_keys << key;
    m_arguments << kind << QByteArray::number(ttlMs) << QByteArray::number(fields.size());
    for (const auto &[field, value] : fields)
        m_arguments << field << value;
}

void FencedWrite::addMembers(const QByteArray &key, int ttlMs, const QList<QByteArray> &members)
{
    m_keys << key;
    m_arguments << QByteArrayLiteral("members") << QByteArray::number(ttlMs) << QByteArray::number(members.size());
    m_arguments << members;
}

void FencedWrite::addString(const QByteArray &key, int ttlMs, const QByteArray &value)
{
    m_keys << key;
    m_arguments << QByteArrayLiteral("string") << QByteArray::number(ttlMs) << value;
}

void FencedWrite::addHistory(const QByteArray &key, const QByteArray &conditionKey, int ttlMs, qint64 scoreMs, const QByteArray &member)
{
    m_keys << key << conditionKey;
    m_arguments << QByteArrayLiteral("history") << QByteArray::number(ttlMs) << QByteArray::number(scoreMs) << member;
}

RedisCommand FencedWrite::command(const RedisLock &lock) const
{
    return commitScript().call(QList<QByteArray>{lock.fenceKey()} + m_keys,
                               QList<QByteArray>{QByteArray::number(lock.fence())} + m_arguments);
}

FencedWrite::Outcome FencedWrite::outcome(const RedisReply &reply)
{
    Outcome outcome;
    if (reply.type != RedisReply::Type::Array) {
        outcome.error = reply.isError() ? reply.text : QByteArrayLiteral("unexpected reply");
        return outcome;
    }
    outcome.accepted = reply.at(0).toInteger() == 1;
    outcome.currentFence = reply.at(1).toInteger();
    return outcome;
}
