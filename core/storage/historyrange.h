#pragma once

#include "historykey.h"
#include "premium/premiumbasis.h"
#include "premiumseries.h"
#include "storageerror.h"

#include <QMetaType>
#include <QString>

#include <optional>

// A stretch of stored history, answered to HistoryStore::requestRange().
struct HistoryRange
{
    enum class Resolution {
        Auto,     // raw for short recent views, minutes otherwise (HistoryOptions::rawRangeLimitMs)
        Raw,      // every stored sample
        Minutes,  // one-minute rollups: open, high, low, close
    };

    quint64 requestId = 0;
    QString symbol;  // the coin
    VenuePair pair;
    PremiumBasis basis = PremiumBasis::Seed;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    // What was used, never Auto in an answer: Minutes also when Raw was asked for a series that has
    // no raw rows in the range (a coin off the watchlist has rollups only). A Raw answer starts
    // with the series' rollups when its raw rows start later than the range.
    Resolution resolution = Resolution::Auto;
    SharedPremiumSeries series;
    qint64 storedFirstMs = 0;  // the whole stored history of the symbol, for "all"
    qint64 storedLastMs = 0;
    std::optional<StorageError> error;

    HistoryKey key() const { return HistoryKey(symbol, pair, basis); }
};

Q_DECLARE_METATYPE(HistoryRange)
