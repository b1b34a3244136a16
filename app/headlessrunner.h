#pragma once

#include "premium/feedrole.h"

#include <QObject>
#include <QSet>

#include <optional>

class MarketFeed;
struct AlertEvent;
struct CoinPremium;
struct FeedStatus;

// Headless mode: prints, once a period, one JSON line per followed coin on stdout (logs go to
// stderr), with a null rate and the reason for a coin that has none, and quits after
// --exit-after periods, so that N periods are N lines per coin whatever the transport. With
// `--lines push` a streamed coin prints a line at each push instead; its period line is then left
// out when it was pushed during the period, so that a silent coin still prints its reason. A coin
// asked for that one venue of the pair does not list is named once on stderr; when none of the
// asked coins is listed on both, it ends with exit code 2.
class HeadlessRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessRunner)

public:
    static constexpr int NothingToFollowExitCode = 2;

    enum class Lines {
        Period, // one line per coin per period, the newest values (pushed or polled)
        Push, // besides, a line per coin at each push that moved it
    };

    HeadlessRunner(MarketFeed *feed, std::optional<int> exitAfter, Lines lines = Lines::Period,
                   QObject *parent = nullptr);

public Q_SLOTS:
    // One JSON line on stderr per alert change: {"event":"alert","rule":"BatchJobStale",...}.
    void reportAlert(const AlertEvent &event);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void printPeriod(const QList<CoinPremium> &premiums);
    void printPushed(const QList<CoinPremium> &premiums);
    void onCoinsChanged(const QStringList &followed, const QStringList &unpaired);
    void report(const FeedStatus &status);

    MarketFeed *m_feed;
    std::optional<int> m_remaining;
    QSet<QString> m_namedUnpaired;
    QSet<QString> m_pushed; // coins with a pushed line since the last period
    QString m_lastReported[FeedRoleCount];
    bool m_done = false;
};
