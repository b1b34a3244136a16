#pragma once

#include "feedrole.h"

// How old an input may be before a premium computed from it is no longer news.
struct StalenessPolicy
{
    qint64 tickerMaxAgeMs = 5'000;
    qint64 fxMaxAgeMs = 15 * 60'000;

    qint64 maxAgeMs(FeedRole role) const { return role == FeedRole::Fx ? fxMaxAgeMs : tickerMaxAgeMs; }
    bool isStale(FeedRole role, qint64 ageMs) const { return ageMs > maxAgeMs(role); }
};
