#pragma once

#include "feedrole.h"
#include "market/fetcherror.h"
#include "market/quote.h"

#include <optional>

// What the user should know about one input right now.
struct FeedStatus
{
    enum class State {
        Waiting,  // no answer yet
        Live,     // last attempt succeeded and the value is fresh
        Stale,    // the value is older than the policy allows
        Failing,  // the last attempt failed; `lastQuote` is the last good value, if any
    };

    FeedRole role = FeedRole::KoreanSpot;
    State state = State::Waiting;
    std::optional<Quote> lastQuote;
    std::optional<FetchError> error;
    qint64 ageMs = 0;
};

Q_DECLARE_METATYPE(FeedStatus)
