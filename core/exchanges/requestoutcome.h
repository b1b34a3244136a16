#pragma once

#include "market/fetcherror.h"

#include <QMetaType>
#include <QString>

#include <optional>

// One request a poller sent and how it ended, for metrics and health: the venue (or FX source)
// asked, how long the answer took, and the error when it failed. Requests a gate held back are
// not requests and have no outcome.
struct RequestOutcome
{
    QString venue;
    qint64 latencyMs = 0;
    std::optional<FetchError> error;
};

Q_DECLARE_METATYPE(RequestOutcome)
