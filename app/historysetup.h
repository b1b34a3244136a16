#pragma once

#include "storage/historyoptions.h"

#include <optional>

class AppSettings;

// The history options of one run: --database or the default file, retention from the settings.
namespace HistorySetup {

// `password` is only used for MySQL: the window takes it from the keychain, a headless run from
// PREMIUM_SPREAD_DB_PASSWORD (passwordFromEnvironment()). Never from the command line or a file.
HistoryOptions options(const std::optional<DatabaseLocation> &database, const AppSettings &settings, const QString &password);
QString passwordFromEnvironment(const std::optional<DatabaseLocation> &database);

} // namespace HistorySetup
