#include "historysetup.h"

#include "settings/appsettings.h"

namespace HistorySetup {

HistoryOptions options(const std::optional<DatabaseLocation> &database, const AppSettings &settings, const QString &password)
{
    HistoryOptions options;
    options.location = database.value_or(DatabaseLocation::defaultLocation());
    options.password = options.location.isMySql() ? password : QString();
    options.retentionDays = settings.historyRetentionDays();
    options.watchlist = settings.historyWatchlist();
    return options;
}

QString passwordFromEnvironment(const std::optional<DatabaseLocation> &database)
{
    if (!database || !database->isMySql())
        return QString();
    return qEnvironmentVariable(DatabaseLocation::PasswordEnvironmentVariable);
}

} // namespace HistorySetup
