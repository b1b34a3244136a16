#include "sharedfeed.h"

#ifdef PS_WITH_REDIS
#include "coordination/sharedfeedcoordinator.h"
#endif

#include <QtGlobal>

namespace SharedFeed {

QObject *attach(LiveFeed *feed, const std::optional<RedisAddress> &address,
                const std::function<void(const SharedFeedStatus &)> &onStatus)
{
#ifdef PS_WITH_REDIS
    if (!address)
        return nullptr;
    SharedFeedCoordinator::Options options;
    options.address = *address;
    auto *coordinator = new SharedFeedCoordinator(feed, options);
    if (onStatus) {
        QObject::connect(coordinator, &SharedFeedCoordinator::statusChanged, coordinator, onStatus);
        onStatus(coordinator->status());
    }
    coordinator->start();
    return coordinator;
#else
    Q_UNUSED(feed);
    Q_UNUSED(address);
    Q_UNUSED(onStatus);
    return nullptr;
#endif
}

std::optional<RedisAddress> withPasswordFromEnvironment(std::optional<RedisAddress> address)
{
    if (address)
        address->password = qEnvironmentVariable(PasswordVariable);
    return address;
}

} // namespace SharedFeed
