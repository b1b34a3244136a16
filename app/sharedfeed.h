#pragma once

#include "coordination/redisaddress.h"
#include "coordination/sharedfeedstatus.h"

#include <functional>
#include <optional>

class FeedObserver;
class MarketFeed;
class PositionBook;
class QObject;

// Wires the Redis shared feed to a live feed, when an address is given and the build has Redis.
namespace SharedFeed {

inline constexpr char PasswordVariable[] = "PREMIUM_SPREAD_REDIS_PASSWORD";

// Creates the coordinator as a child of `feed` (so it goes with it) and starts it; call before
// feed->start(). `onStatus` gets every change of role or Redis state. Null without an address.
QObject *attach(MarketFeed *feed, const std::optional<RedisAddress> &address,
                const std::function<void(const SharedFeedStatus &)> &onStatus = {});

// The address with its password: the keychain's (the window) when there is one, else the
// environment's (headless, or a window whose keychain has none).
std::optional<RedisAddress> withPassword(std::optional<RedisAddress> address, const QString &fromKeychain = {});

// --redis when given, else the saved setting (empty: off; unreadable: off, with a warning).
std::optional<RedisAddress> chooseAddress(const std::optional<RedisAddress> &commandLine, const QString &savedUrl);

// Keeps `position:open:*`, the premium history and `pnl:*` in step with the book's open positions.
// `sharedFeed` is what attach() returned; nothing happens when it is null.
void trackOpenPositions(QObject *sharedFeed, PositionBook *book);

// Reports the shared feed's cache reads and Redis's state to `observer` (metrics and alerts).
// Nothing happens when `sharedFeed` is null.
void observe(QObject *sharedFeed, FeedObserver *observer);

} // namespace SharedFeed
