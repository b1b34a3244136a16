#include "sharedfeed.h"

#include "observability/feedobserver.h"
#include "positions/positionbook.h"

#ifdef PS_WITH_REDIS
#include "coordination/positionpnlcache.h"
#include "coordination/sharedfeedcoordinator.h"
#endif

#include <QLoggingCategory>

namespace SharedFeed {

QObject *attach(MarketFeed *feed, const std::optional<RedisAddress> &address,
                const std::function<void(const SharedFeedStatus &)> &onStatus)
{
#ifdef PS_WITH_REDIS
    if (!address)
        return nullptr;
    // TEMPORARY while the coordinator moves to the market feed (issue 11): not shared yet.
    Q_UNUSED(feed);
    Q_UNUSED(onStatus);
    qWarning() << "Redis sharing is not wired to the market feed yet";
    return nullptr;
#else
    Q_UNUSED(feed);
    Q_UNUSED(address);
    Q_UNUSED(onStatus);
    return nullptr;
#endif
}

std::optional<RedisAddress> withPassword(std::optional<RedisAddress> address, const QString &fromKeychain)
{
    if (address)
        address->password = fromKeychain.isEmpty() ? qEnvironmentVariable(PasswordVariable) : fromKeychain;
    return address;
}

std::optional<RedisAddress> chooseAddress(const std::optional<RedisAddress> &commandLine, const QString &savedUrl)
{
    if (commandLine || savedUrl.isEmpty())
        return commandLine;
    QString problem;
    auto saved = RedisAddress::fromUrl(savedUrl, &problem);
    if (!saved)
        qWarning().noquote() << "ignoring the saved Redis address:" << problem;
    return saved;
}

void trackOpenPositions(QObject *sharedFeed, PositionBook *book)
{
#ifdef PS_WITH_REDIS
    auto *coordinator = qobject_cast<SharedFeedCoordinator *>(sharedFeed);
    if (!coordinator || !book)
        return;
    QObject::connect(book, &PositionBook::openCountChanged, coordinator, &SharedFeedCoordinator::setOpenPositionCount);
    coordinator->setOpenPositionCount(book->openCount());
    new PositionPnlCache(coordinator->client(), coordinator->instanceId(), book, coordinator);
#else
    Q_UNUSED(sharedFeed);
    Q_UNUSED(book);
#endif
}

void observe(QObject *sharedFeed, FeedObserver *observer)
{
#ifdef PS_WITH_REDIS
    auto *coordinator = qobject_cast<SharedFeedCoordinator *>(sharedFeed);
    if (!coordinator)
        return;
    QObject::connect(coordinator, &SharedFeedCoordinator::cacheRead, observer, &FeedObserver::onCacheRead);
    QObject::connect(coordinator, &SharedFeedCoordinator::statusChanged, observer, &FeedObserver::onSharedFeedStatus);
    observer->onSharedFeedStatus(coordinator->status());
#else
    Q_UNUSED(sharedFeed);
    Q_UNUSED(observer);
#endif
}

} // namespace SharedFeed
