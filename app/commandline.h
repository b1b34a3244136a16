#pragma once

#include "coordination/redisaddress.h"
#include "premium/feedconfig.h"
#include "storage/databaselocation.h"

#include <QStringList>

#include <optional>

// What the user asked for on the command line. Parsing never exits the process itself: the
// caller decides, so that the rules can be tested.
struct CommandLine
{
    enum class Action { RunGui, RunHeadless, ShowHelp, ShowVersion, Fail };

    Action action = Action::RunGui;
    FeedConfig feed;
    bool feedOptionsGiven = false;  // GUI: options override the saved settings for this run
    // GUI: what was given wins over the saved choice (even when it names the default).
    bool basisGiven = false;
    bool symbolsGiven = false;
    bool koreanVenueGiven = false;
    bool foreignVenueGiven = false;
    bool transportGiven = false;
    std::optional<int> exitAfter;
    bool linePerPush = false; // --lines push
    // --database: where the history is kept (SQLite file or mysql:// URL); unset: the default file.
    std::optional<DatabaseLocation> database;
    // --redis: share the feed with other instances (no password here: see RedisAddress).
    std::optional<RedisAddress> redis;
    // --api-port: serve the local read-only API on 127.0.0.1 at this port (docs/api.md).
    std::optional<quint16> apiPort;
    QString helpText;
    QString error;  // names the offending option; exit code 2

    static CommandLine parse(const QStringList &arguments);
    static constexpr int UsageExitCode = 2;
};
