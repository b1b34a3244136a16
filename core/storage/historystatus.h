#pragma once

#include "databaselocation.h"
#include "storageerror.h"

#include <QMetaType>

#include <optional>

// Whether the history is being written, and what is waiting in memory while it is not.
struct HistoryStatus
{
    enum class State {
        Opening,  // not yet tried
        Ready,    // open, everything recorded so far is committed or in the next batch
        Failing,  // unavailable: the live view goes on, rows wait in memory and are retried
        Stopped,
    };

    State state = State::Opening;
    std::optional<StorageError> error;
    DatabaseLocation location;
    qint64 pendingRows = 0;  // recorded, not yet committed
    qint64 droppedRows = 0;  // oldest waiting rows given up because the backlog was full
    qint64 writtenRows = 0;  // committed since start
    qint64 pendingMinutes = 0;  // one-minute rollups closed, not yet committed
    qint64 writtenMinutes = 0;  // rollups committed since start

    bool operator==(const HistoryStatus &other) const = default;
};

Q_DECLARE_METATYPE(HistoryStatus)
