#pragma once

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
    QString symbol;
    PremiumBasis basis = PremiumBasis::Seed;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    Resolution resolution = Resolution::Auto;  // what was used, never Auto in an answer
    SharedPremiumSeries series;
    qint64 storedFirstMs = 0;  // the whole stored history of the symbol, for "all"
    qint64 storedLastMs = 0;
    std::optional<StorageError> error;
};

Q_DECLARE_METATYPE(HistoryRange)
