#pragma once

#include <QList>
#include <QString>

// What `/health` reports: healthy when no job is failing.
struct ApiHealth
{
    struct FailingJob
    {
        QString job; // e.g. "korea", "ticker.fetch"
        QString reason; // the job's own last error, for a person reading the reply
    };

    QList<FailingJob> failing;

    bool healthy() const { return failing.isEmpty(); }
};
