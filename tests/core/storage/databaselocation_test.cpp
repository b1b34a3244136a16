#include "storage/databaselocation.h"

#include <QDir>

#include <gtest/gtest.h>

TEST(DatabaseLocation, PlainPathIsAnSqliteFile)
{
    const auto location = DatabaseLocation::parse(QStringLiteral("/tmp/some/history.sqlite"));
    ASSERT_TRUE(location.has_value());
    EXPECT_EQ(location->backend, DatabaseLocation::Backend::Sqlite);
    EXPECT_EQ(location->path, QStringLiteral("/tmp/some/history.sqlite"));
}

TEST(DatabaseLocation, RelativePathIsMadeAbsolute)
{
    const auto location = DatabaseLocation::parse(QStringLiteral("history.sqlite"));
    ASSERT_TRUE(location.has_value());
    EXPECT_EQ(location->path, QDir::current().absoluteFilePath(QStringLiteral("history.sqlite")));
}

TEST(DatabaseLocation, MySqlUrl)
{
    const auto location = DatabaseLocation::parse(QStringLiteral("mysql://trader@db.example:3307/premium"));
    ASSERT_TRUE(location.has_value());
    EXPECT_TRUE(location->isMySql());
    EXPECT_EQ(location->user, QStringLiteral("trader"));
    EXPECT_EQ(location->host, QStringLiteral("db.example"));
    EXPECT_EQ(location->port, 3307);
    EXPECT_EQ(location->name, QStringLiteral("premium"));
    EXPECT_EQ(location->display(), QStringLiteral("mysql://trader@db.example:3307/premium"));
}

TEST(DatabaseLocation, MariaDbSchemeAndDefaultPort)
{
    const auto location = DatabaseLocation::parse(QStringLiteral("mariadb://trader@127.0.0.1/premium"));
    ASSERT_TRUE(location.has_value());
    EXPECT_TRUE(location->isMySql());
    EXPECT_EQ(location->port, DatabaseLocation::DefaultMySqlPort);
}

TEST(DatabaseLocation, PasswordInUrlIsRefused)
{
    QString error;
    EXPECT_FALSE(DatabaseLocation::parse(QStringLiteral("mysql://trader:secret@host/premium"), &error).has_value());
    EXPECT_TRUE(error.contains(QLatin1StringView(DatabaseLocation::PasswordEnvironmentVariable)));
    EXPECT_FALSE(error.contains(u"secret"));
}

TEST(DatabaseLocation, IncompleteOrForeignUrlsAreRefused)
{
    for (const QString &text : {QStringLiteral("mysql://host/premium"), QStringLiteral("mysql://trader@host"),
                                QStringLiteral("mysql://trader@host/"), QStringLiteral("postgres://trader@host/premium"),
                                QStringLiteral("   ")}) {
        QString error;
        EXPECT_FALSE(DatabaseLocation::parse(text, &error).has_value()) << qPrintable(text);
        EXPECT_FALSE(error.isEmpty()) << qPrintable(text);
    }
}

TEST(DatabaseLocation, DefaultIsInTheDataDirectory)
{
    const DatabaseLocation location = DatabaseLocation::defaultLocation();
    EXPECT_EQ(location.backend, DatabaseLocation::Backend::Sqlite);
    EXPECT_TRUE(location.path.endsWith(u"/history.sqlite"));
}
