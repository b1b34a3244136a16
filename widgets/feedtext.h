#pragma once

#include "venues/dataissue.h"

#include "market/fetcherror.h"
#include "premium/feedstatus.h"
#include "premium/premiumbasis.h"

#include <QCoreApplication>
#include <QString>

// Core reports enums and error kinds; this is the one place that turns them into words a trader
// reads, so that every view says the same thing and translators find it all in one context.
class FeedText final
{
    Q_DECLARE_TR_FUNCTIONS(FeedText)

public:
    FeedText() = delete;

    // "connection refused", "HTTP 502", "API error: Invalid symbol."
    static QString errorText(const FetchError &error);
    // "Live", "Stale for 12 s", "Error: timed out", "Waiting…"
    static QString stateText(const FeedStatus &status);
    // A longer line for tooltips: the state, the age of the last value and the venue's own words.
    static QString stateDetail(const FeedStatus &status);
    // "12 s", "3 min", "1 h 5 min"
    static QString durationText(qint64 ms);
    // Time still to wait (a ban, a Retry-After), rounded up.
    static QString remainingText(qint64 ms);
    // "just now", "3 min ago"
    static QString ageText(qint64 ms);
    // "Bithumb", "Dunamu"; an unknown id is shown as it is.
    static QString venueName(const QString &venueId);
    // "crossed book: SHIB on Bybit".
    static QString dataIssueText(const DataIssue &issue);
    // "Korean spot", "Foreign perpetual", "USD/KRW"
    static QString roleName(FeedRole role);
    // "vs Korean price", "vs global price"
    static QString basisText(PremiumBasis basis);
};
