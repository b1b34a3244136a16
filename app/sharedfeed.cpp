#include "sharedfeed.h"

#include "observability/feedobserver.h"
#include "positions/positionbook.h"

#ifdef PS_WITH_REDIS
#include "coordination/positionpnlcache.h"
#include "coordination/sharedmarketcoordinator.h"
#include "premium/marketfeed.h"
#endif

#include <QLoggingCategory>

namespace SharedFeed {

QObject *attach(MarketFeed *feed, const std::optional<RedisAddress> &address,
                const std::function<void(const SharedFeedStatus &)> &onStatus)
{
#ifdef PS_WITH_REDIS
    if (!address)
        return nullptr;
    SharedMarketCoordinator::Options options;
    options.address = *address;
    // A child of the feed: it goes with it.
    auto *coordinator = new SharedMarketCoordinator(SharedMarketCoordinator::feedOf(feed), options, feed);
    QObject::connect(feed, &MarketFeed::cycled, coordinator, &SharedMarketCoordinator::writePremiums);
    if (onStatus) {
        QObject::connect(coordinator, &SharedMarketCoordinator::statusChanged, coordinator, onStatus);
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
    auto *coordinator = qobject_cast<SharedMarketCoordinator *>(sharedFeed);
    if (!coordinator || !book)
        return;
    QObject::connect(book, &PositionBook::openCountChanged, coordinator, &SharedMarketCoordinator::setOpenPositionCount);
    coordinator->setOpenPositionCount(book->openCount());
    new PositionPnlCache(coordinator->client(), coordinator->status().instanceId, book, coordinator);
#else
    Q_UNUSED(sharedFeed);
    Q_UNUSED(book);
#endif
}

void observe(QObject *sharedFeed, FeedObserver *observer)
{
#ifdef PS_WITH_REDIS
    auto *coordinator = qobject_cast<SharedMarketCoordinator *>(sharedFeed);
    if (!coordinator)
        return;
    QObject::connect(coordinator, &SharedMarketCoordinator::cacheRead, observer, &FeedObserver::onCacheRead);
    QObject::connect(coordinator, &SharedMarketCoordinator::statusChanged, observer, &FeedObserver::onSharedFeedStatus);
    observer->onSharedFeedStatus(coordinator->status());
#else
    Q_UNUSED(sharedFeed);
    Q_UNUSED(observer);
#endif
}

} // namespace SharedFeed
