#pragma once

#include <QObject>
#include <QString>

class FencedWrite;
class RedisClient;
class RedisLock;
struct RedisReply;

// Sends fenced writes (FencedWrite) of the shared feed's jobs and reads their outcome. A write the
// server refused means someone took the job's lock after us (we were paused past our lease): the
// lock is forgotten, so that the job follows from its next cycle, and refused() says so.
class FencedWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FencedWriter)

public:
    explicit FencedWriter(RedisClient *client, QObject *parent = nullptr);

    // `lock` must outlive the reply (the jobs own their locks and this writer's parent owns them).
    void send(const QString &job, RedisLock &lock, const FencedWrite &write);

Q_SIGNALS:
    // A write of ours carried an older fencing number than Redis holds: someone else has the job.
    void refused(const QString &job, const RedisLock *lock, qint64 ourFence, qint64 currentFence);

private:
    void onOutcome(const QString &job, RedisLock &lock, qint64 fenceUsed, const RedisReply &reply);

    RedisClient *m_client;
};
