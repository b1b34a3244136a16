#pragma once

#include <QStringList>

// `premium-spread position open|close|list ...`: positions for scripts and tests, a stable
// interface. Output is JSON on stdout (one object for open and close, one array for list);
// invalid input exits 2 naming every bad field on stderr and stores nothing; a database that
// cannot be used exits 1.
namespace PositionCommand {

inline constexpr int InvalidInputExitCode = 2;
inline constexpr int StorageExitCode = 1;

// Whether the arguments ask for this command (the first one after the program is "position").
bool handles(const QStringList &arguments);
int run(const QStringList &arguments);

} // namespace PositionCommand
