#include "sharedrequestbudget.h"

#include "redislock.h"
#include "redisscript.h"

#include "exchanges/httppoller.h"
#include "exchanges/venuegates.h"

#include <tuple>

namespace {

// KEYS[1]: the lock. ARGV: token, then per budget its key prefix, limit and window (ms).
// -> 1 granted, 0 exhausted, -1 the lock is not ours.
const RedisScript &takeScript()
{
    static const RedisScript script(QByteArrayLiteral(R"lua(
if redis.call('GET', KEYS[1]) ~= ARGV[1] then
  return -1
end
if redis.replicate_commands then redis.replicate_commands() end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local counters = {}
for i = 2, #ARGV, 3 do
  local window = tonumber(ARGV[i + 2])
  local key = ARGV[i] .. ':' .. math.floor(now / window)
  if tonumber(redis.call('GET', key) or '0') >= tonumber(ARGV[i + 1]) then
    return 0
  end
  counters[#counters + 1] = {key, window}
end
for _, c in ipairs(counters) do
  redis.call('INCR', c[1])
  redis.call('PEXPIRE', c[1], c[2] * 2)
end
return 1
)lua"));
    return script;
}

// ARGV: the count, then per budget its key prefix and window (ms). -> the first counter's value.
const RedisScript &countScript()
{
    static const RedisScript script(QByteArrayLiteral(R"lua(
if redis.replicate_commands then redis.replicate_commands() end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local first = 0
for i = 2, #ARGV, 2 do
  local window = tonumber(ARGV[i + 1])
  local key = ARGV[i] .. ':' .. math.floor(now / window)
  local value = redis.call('INCRBY', key, ARGV[1])
  redis.call('PEXPIRE', key, window * 2)
  if i == 2 then first = value end
end
return first
)lua"));
    return script;
}

// Per budget: its key prefix, limit and window, as the scripts read them.
QList<QByteArray> windowArguments(const QList<SharedRequestBudget::Limit> &limits, bool withLimit)
{
    QList<QByteArray> arguments;
    for (const SharedRequestBudget::Limit &limit : limits) {
        for (const auto &[suffix, value, window] : {std::tuple{":s", limit.perSecond, "1000"}, std::tuple{":d", limit.perDay, "86400000"}}) {
            if (value <= 0)
                continue;
            arguments << SharedRequestBudget::keyPrefix(limit.venue) + suffix;
            if (withLimit)
                arguments << QByteArray::number(value);
            arguments << QByteArray(window);
        }
    }
    return arguments;
}

} // namespace

RedisCommand SharedRequestBudget::take(const RedisLock &lock, const QList<Limit> &limits)
{
    return takeScript().call({lock.key()}, QList<QByteArray>{lock.token()} + windowArguments(limits, true));
}

RedisCommand SharedRequestBudget::count(const QList<Limit> &limits, int requests)
{
    return countScript().call({}, QList<QByteArray>{QByteArray::number(requests)} + windowArguments(limits, false));
}

SharedRequestBudget::Outcome SharedRequestBudget::outcome(const RedisReply &reply)
{
    if (reply.type != RedisReply::Type::Integer)
        return Outcome::Failed;
    if (reply.integer == 1)
        return Outcome::Granted;
    return reply.integer == 0 ? Outcome::Exhausted : Outcome::NotHolder;
}

QByteArray SharedRequestBudget::keyPrefix(const QString &venue)
{
    return "ratelimit:" + venue.toLower().toUtf8();
}

QList<SharedRequestBudget::Limit> SharedRequestBudget::limitsOf(const HttpPoller *poller)
{
    const Endpoint &endpoint = poller->endpoints().constFirst();
    const VenueLimits &limits = poller->gates()->gate(endpoint.venue, endpoint.baseUrl)->limits();
    return {{endpoint.venue, limits.requestsPerSecond, limits.requestsPerDay}};
}
