#include "observability/jsonlog.h"
#include "observability/logevent.h"
#include "observability/rotatinglogfile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <gtest/gtest.h>

Q_LOGGING_CATEGORY(lcTest, "ps.test")

namespace {

QList<QJsonObject> readLines(const QString &path)
{
    QFile file(path);
    QList<QJsonObject> lines;
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        EXPECT_TRUE(doc.isObject()) << "not one JSON object per line: " << line.constData();
        lines.append(doc.object());
    }
    return lines;
}

} // namespace

TEST(JsonLog, OneObjectPerLineWithLevelCategoryAndTime)
{
    const QMessageLogContext context("file.cpp", 12, "func", "ps.feed");
    const QByteArray line
        = JsonLog::format(QtWarningMsg, context, QStringLiteral("bithumb timeout\nsecond line"), 1'795'600'000'000);
    ASSERT_TRUE(line.endsWith('\n'));
    EXPECT_EQ(line.count('\n'), 1) << "a newline in the message split the line";
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    EXPECT_EQ(object.value(u"level").toString(), QStringLiteral("warning"));
    EXPECT_EQ(object.value(u"category").toString(), QStringLiteral("ps.feed"));
    EXPECT_EQ(object.value(u"time").toString(), QStringLiteral("2026-11-25T09:46:40.000Z"));
    EXPECT_EQ(object.value(u"msg").toString(), QStringLiteral("bithumb timeout\nsecond line"));
}

TEST(JsonLog, EventFieldsBecomeMembersAndSensitiveOnesAreMasked)
{
    const QMessageLogContext context(nullptr, 0, nullptr, "ps.gate");
    const QJsonObject fields { { QStringLiteral("event"), QStringLiteral("venue_banned") },
                               { QStringLiteral("venue"), QStringLiteral("binance") },
                               { QStringLiteral("api_key"), QStringLiteral("abcdef123456") },
                               { QStringLiteral("url"), QStringLiteral("https://x.test/?password=hunter22") },
                               { QStringLiteral("nested"),
                                 QJsonObject {
                                     { QStringLiteral("Authorization"), QStringLiteral("Bearer zzz999zzz") } } },
                               { QStringLiteral("level"), QStringLiteral("forged") } };
    const QString message
        = QString(LogEvent::Prefix) + QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
    const QByteArray line = JsonLog::format(QtInfoMsg, context, message, 0);
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    EXPECT_EQ(object.value(u"event").toString(), QStringLiteral("venue_banned"));
    EXPECT_EQ(object.value(u"venue").toString(), QStringLiteral("binance"));
    EXPECT_EQ(object.value(u"level").toString(), QStringLiteral("info"));
    for (const char *secret : { "abcdef123456", "hunter22", "zzz999zzz" })
        EXPECT_FALSE(line.contains(secret)) << line.constData();
}

TEST(JsonLog, InstalledItWritesTheFileAndRotatesBySize)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("logs/premium-spread.log"));
    ASSERT_TRUE(JsonLog::install(path, 4096, 3));
    for (int i = 0; i < 200; ++i)
        qCInfo(lcTest) << "line" << i << QString(40, u'x');
    LogEvent::warning(lcTest(), "last_one", { { QStringLiteral("n"), 200 } });
    JsonLog::uninstall();

    RotatingLogFile names(path, 4096, 3);
    const QList<QJsonObject> newest = readLines(names.rotatedPath(0));
    ASSERT_FALSE(newest.isEmpty());
    EXPECT_EQ(newest.last().value(u"event").toString(), QStringLiteral("last_one"));
    EXPECT_TRUE(QFile::exists(names.rotatedPath(1)));
    EXPECT_TRUE(QFile::exists(names.rotatedPath(2)));
    EXPECT_FALSE(QFile::exists(names.rotatedPath(3))) << "more files than the limit";
    for (int i = 0; i < 3; ++i)
        EXPECT_LE(QFileInfo(names.rotatedPath(i)).size(), 4096);
    // Only the user may read the logs.
    EXPECT_EQ(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
}

TEST(RotatingLogFile, DefaultsAreTenMegabytesTimesFive)
{
    EXPECT_EQ(RotatingLogFile::DefaultMaxBytes, 10 * 1024 * 1024);
    EXPECT_EQ(RotatingLogFile::DefaultFiles, 5);
    RotatingLogFile file(QStringLiteral("/tmp/x.log"));
    EXPECT_EQ(file.rotatedPath(4), QStringLiteral("/tmp/x.log.4"));
}
