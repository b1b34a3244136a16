#pragma once

#include "premiumminute.h"

#include <QHash>

#include <vector>

// The one-minute rollups of every followed series, accumulated in memory as samples arrive, so
// that a minute of 250 coins costs 250 row writes once a minute instead of a read of the raw rows.
//
// A series' minute closes when a sample of a later minute arrives for it, or when the caller says
// time has moved on (takeClosed): a coin that stopped being quoted still gets its minute written.
// A sample older than its series' current minute is late and left out, so a closed minute is
// never written again with part of its samples.
class MinuteRollup final
{
public:
    // False (and nothing kept) for a late sample.
    bool add(const PremiumSample &sample);
    // Closes every minute that started before the minute of `timeMs` and hands over all closed ones.
    std::vector<PremiumMinute> takeClosed(qint64 timeMs);
    // Hands over every minute, the open ones too, as they are so far (at shutdown).
    std::vector<PremiumMinute> takeAll();
    // The minute still accumulating for `key`, if any: part of what a reader should see.
    const PremiumMinute *openMinute(const HistoryKey &key) const;
    // Whether `key` has had a sample (or a resumed minute) since this rollup was made.
    bool knows(const HistoryKey &key) const;
    // Carries on with a minute already stored, written at the exit of an earlier run that ended
    // inside it: the rest of the minute is added to it rather than written over it.
    void resume(const PremiumMinute &minute);

private:
    struct Series
    {
        PremiumMinute minute;
        bool open = false;
    };

    QHash<HistoryKey, Series> m_series;
    std::vector<PremiumMinute> m_closed;
};
