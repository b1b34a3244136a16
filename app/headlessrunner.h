#pragma once

#include "premium/feedrole.h"

#include <QObject>

#include <optional>

class LiveFeed;
struct AlertEvent;
struct PremiumSample;
struct FeedStatus;

// Headless mode: prints every premium sample as one JSON line on stdout (logs go to stderr), and
// a line with a null rate and the reason for every cycle that had none, and quits after
// --exit-after lines of either kind.
class HeadlessRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessRunner)

public:
    HeadlessRunner(LiveFeed *feed, std::optional<int> exitAfter, QObject *parent = nullptr);

public Q_SLOTS:
    // One JSON line on stderr per alert change: {"event":"alert","rule":"BatchJobStale",...}.
    void reportAlert(const AlertEvent &event);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void print(const QByteArray &line);
    void report(const FeedStatus &status);

    std::optional<int> m_remaining;
    QString m_lastReported[FeedRoleCount];
};
