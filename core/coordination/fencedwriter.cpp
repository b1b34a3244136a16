#include "fencedwriter.h"

#include "fencedwrite.h"
#include "redisclient.h"
#include "redislock.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFenced, "ps.coordination", QtInfoMsg)

FencedWriter::FencedWriter(RedisClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void FencedWriter::send(const QString &job, RedisLock &lock, const FencedWrite &write)
{
    const qint64 fence = lock.fence();
    m_client->send(write.command(lock), this,
                   [this, job, &lock, fence](const RedisReply &reply) { onOutcome(job, lock, fence, reply); });
}

void FencedWriter::onOutcome(const QString &job, RedisLock &lock, qint64 fenceUsed, const RedisReply &reply)
{
    const FencedWrite::Outcome outcome = FencedWrite::outcome(reply);
    if (outcome.accepted || !outcome.error.isEmpty()) {
        if (!outcome.error.isEmpty())
            qCDebug(lcFenced).noquote() << job << "write failed:" << outcome.error;
        return;
    }
    qCWarning(lcFenced).noquote()
        << QStringLiteral("refused our stale %1 write: fencing number %2 is older than %3; another instance took over")
               .arg(job)
               .arg(fenceUsed)
               .arg(outcome.currentFence);
    if (lock.fence() == fenceUsed)
        lock.forget();
    Q_EMIT refused(job, &lock, fenceUsed, outcome.currentFence);
}
