#pragma once

#include "rediscommand.h"
#include "sharedfeedstatus.h"

#include <QObject>
#include <QString>
#include <QTimer>

class RedisClient;

// What an instance says about itself in Redis: `batch:health:{instance}` (its role, host, pid,
// version) and, while it has open positions, its share of `position:open:count` /
// `position:open:exists` (the total over the live instances). Both are refreshed together every
// `intervalMs` so that a dead instance's share expires with its health key.
class InstanceHealth final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceHealth)

public:
    InstanceHealth(RedisClient *client, QString instanceId, int intervalMs, QObject *parent = nullptr);

    void start();
    // Writes both now (after a connection); nothing while Redis is not connected.
    void writeAll();
    // Written in the health key as "polling", "following" or "alone"; a change is written at once.
    void setRole(SharedFeedStatus::Role role);
    void setOpenPositionCount(int count);
    // Marks this instance alive in `batch:live` (instance ids scored by when they were last seen,
    // server time) and counts those seen within `windowMs`: the reply is that count.
    RedisCommand presenceCommand(int windowMs) const;

private:
    void writeHealth();
    void writePositions(int previous);

    RedisClient *m_client;
    QString m_instanceId;
    SharedFeedStatus::Role m_role = SharedFeedStatus::Role::Alone;
    QTimer m_timer;
    int m_openPositions = 0;
};
