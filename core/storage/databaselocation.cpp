#include "databaselocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace {

std::optional<DatabaseLocation> refuse(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

std::optional<DatabaseLocation> DatabaseLocation::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return refuse(error, QStringLiteral("the database location is empty"));
    const qsizetype schemeEnd = trimmed.indexOf(u"://");
    if (schemeEnd < 0)
        return sqlite(trimmed);

    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (scheme != u"mysql" && scheme != u"mariadb")
        return refuse(error, QStringLiteral("unsupported database URL scheme '%1' (use a file path or mysql://user@host:port/name)")
                                 .arg(trimmed.left(schemeEnd)));
    if (!url.isValid())
        return refuse(error, QStringLiteral("malformed database URL"));
    if (!url.password().isEmpty())
        return refuse(error, QStringLiteral("a password in the database URL is not accepted; set %1 or store it in the keychain")
                                 .arg(QLatin1StringView(PasswordEnvironmentVariable)));
    const QString name = url.path().mid(1);
    if (url.userName().isEmpty() || url.host().isEmpty() || name.isEmpty() || name.contains(u'/'))
        return refuse(error, QStringLiteral("a MySQL location needs a user, a host and a database name: mysql://user@host:port/name"));
    return mySql(url.userName(), url.host(), url.port(DefaultMySqlPort), name);
}

DatabaseLocation DatabaseLocation::sqlite(const QString &path)
{
    DatabaseLocation location;
    location.backend = Backend::Sqlite;
    location.path = QFileInfo(path).absoluteFilePath();
    return location;
}

DatabaseLocation DatabaseLocation::mySql(const QString &user, const QString &host, int port, const QString &name)
{
    DatabaseLocation location;
    location.backend = Backend::MySql;
    location.user = user;
    location.host = host;
    location.port = port;
    location.name = name;
    return location;
}

DatabaseLocation DatabaseLocation::defaultLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return sqlite(QDir(dir).filePath(QStringLiteral("history.sqlite")));
}

QString DatabaseLocation::display() const
{
    if (backend == Backend::Sqlite)
        return QDir::toNativeSeparators(path);
    return QStringLiteral("mysql://%1@%2:%3/%4").arg(user, host, QString::number(port), name);
}
