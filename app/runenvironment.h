#pragma once

#include "market/decimal.h"

#include <QHash>
#include <QString>

#include <optional>

// Where this run keeps its files and where a headless run finds its keys. Headless collectors run
// on servers without a keychain: their FX keys come from the environment (never from the command
// line, which any user can read in the process list), like the database and Redis passwords.
namespace RunEnvironment {

// The data directory (QStandardPaths::AppDataLocation), created if needed.
QString dataDir();
// The plain state file: last good FX, daily request counts, bans. Nothing secret.
QString stateFile();

// The manual USD/KRW rate the user set in the window, kept until cleared there.
std::optional<Decimal> savedManualFx();
void saveManualFx(const std::optional<Decimal> &rate);

// PREMIUM_SPREAD_EXCHANGERATE_API_KEY for "exchangerate-api".
QString keyVariable(const QString &source);
// The keys of the keyed FX sources that are set in the environment; each is registered with
// LogMasker so that it cannot reach a log line.
QHash<QString, QString> keysFromEnvironment();

} // namespace RunEnvironment
