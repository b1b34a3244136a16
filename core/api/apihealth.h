#pragma once

#include <QList>
#include <QString>

// What `/health` reports: healthy when no job is failing.
struct ApiHealth
{
    struct FailingJob
    {
        QString job; // e.g. "ticker:binance", "fx", "premium"
        QString reason; // why, for a person reading the reply
    };

    QList<FailingJob> failing;

    bool healthy() const { return failing.isEmpty(); }
};
