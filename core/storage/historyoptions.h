#pragma once

#include "databaselocation.h"

#include <QStringList>

// How the history is kept: where, for how long, and how writes are paced.
struct HistoryOptions
{
    DatabaseLocation location = DatabaseLocation::defaultLocation();
    QString password;                    // MySQL only: from the keychain or PREMIUM_SPREAD_DB_PASSWORD
    int retentionDays = 30;              // raw 1 s rows; the one-minute rollups are kept for ever
    int flushIntervalMs = 1000;          // one transaction per interval, never one per row
    int retryIntervalMs = 5000;          // while the database is unavailable
    int pruneIntervalMs = 3'600'000;
    qint64 maxPendingRows = 86'400;      // kept in memory while the database is away (a day)
    qint64 rawRangeLimitMs = 36LL * 3600 * 1000;  // longer views are drawn from the rollups
    qint64 maxPendingMinutes = 100'000;  // rollups kept while the database is away (~7 h of 250 coins)
    // Coins whose every sample is kept (raw 1 s rows), besides those with an open position; every
    // other followed coin gets its one-minute rollups only.
    QStringList watchlist{QStringLiteral("BTC"), QStringLiteral("ETH")};
};
