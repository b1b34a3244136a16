#pragma once

#include <QString>

#include <optional>

// Where the history and the positions live: an SQLite file (the default) or a MariaDB/MySQL
// database. Parsed from the one string a user gives (`--database`); the password never travels
// in it: the caller fills it in from the keychain (GUI) or PasswordEnvironmentVariable (headless).
struct DatabaseLocation
{
    enum class Backend { Sqlite, MySql };

    static constexpr char PasswordEnvironmentVariable[] = "PREMIUM_SPREAD_DB_PASSWORD";
    static constexpr int DefaultMySqlPort = 3306;

    Backend backend = Backend::Sqlite;
    QString path;  // SQLite: the file
    QString user;  // MySql
    QString host;
    int port = DefaultMySqlPort;
    QString name;

    // "PATH" for SQLite, or "mysql://user@host[:port]/name" ("mariadb://" is the same). A URL that
    // carries a password is refused: passwords on a command line leak into `ps` and shell history.
    static std::optional<DatabaseLocation> parse(const QString &text, QString *error = nullptr);
    static DatabaseLocation sqlite(const QString &path);
    static DatabaseLocation mySql(const QString &user, const QString &host, int port, const QString &name);
    // history.sqlite in the user's data directory (QStandardPaths::AppDataLocation).
    static DatabaseLocation defaultLocation();

    bool isMySql() const { return backend == Backend::MySql; }
    // For messages and logs: the path or the URL, never a password.
    QString display() const;

    bool operator==(const DatabaseLocation &other) const = default;
};
