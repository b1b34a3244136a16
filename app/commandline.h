#pragma once

#include "premium/feedconfig.h"

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
    std::optional<int> exitAfter;
    QString helpText;
    QString error;  // names the offending option; exit code 2

    static CommandLine parse(const QStringList &arguments);
    static constexpr int UsageExitCode = 2;
};
