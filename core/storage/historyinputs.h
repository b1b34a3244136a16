#pragma once

#include "decimatedseries.h"
#include "storageerror.h"

#include <QMetaType>

#include <optional>

// The inputs of a stretch of history, decimated for a plot of a given width on the worker
// thread: answered to HistoryStore::requestInputs().
struct HistoryInputs
{
    quint64 requestId = 0;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    DecimatedSeries korea;         // KRW
    DecimatedSeries foreignInKrw;  // foreign price × FX, KRW
    std::optional<StorageError> error;
};

Q_DECLARE_METATYPE(HistoryInputs)
