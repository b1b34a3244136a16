#pragma once

#include "coordination/redisaddress.h"
#include "coordination/sharedfeedstatus.h"

#include <functional>
#include <optional>

class LiveFeed;
class QObject;

// Wires the Redis shared feed to a live feed, when an address is given and the build has Redis.
namespace SharedFeed {

inline constexpr char PasswordVariable[] = "PREMIUM_SPREAD_REDIS_PASSWORD";

// Creates the coordinator as a child of `feed` (so it goes with it) and starts it; call before
// feed->start(). `onStatus` gets every change of role or Redis state. Null without an address.
QObject *attach(LiveFeed *feed, const std::optional<RedisAddress> &address,
                const std::function<void(const SharedFeedStatus &)> &onStatus = {});

// The address with its password from the environment.
std::optional<RedisAddress> withPasswordFromEnvironment(std::optional<RedisAddress> address);

} // namespace SharedFeed
