#include "redisserver.h"

#include "coordination/redisclient.h"
#include "secrets/secretstore.h"

#include "../common/fakevenues.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

// The window takes the shared feed's Redis password from the keychain: the real binary, started
// as a window (offscreen) inside with-keyring.sh's private keyring, against a redis-server that
// requires a password which exists nowhere but in that keyring.
namespace {

const QString RedisPassword = QStringLiteral("gui-only-in-the-keychain");

class GuiKeychainTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(redis.start());
        ASSERT_TRUE(http.listen());
        serveAllVenues(http);
    }

    void TearDown() override
    {
        if (app.state() != QProcess::NotRunning) {
            app.terminate();
            if (!app.waitForFinished(10'000))
                app.kill();
        }
    }

    // Writes `value` under `id` in the keychain, or deletes the entry when `value` is empty.
    void setInKeychain(const QString &id, const QString &value)
    {
        QSettings metadata(dir.filePath(QStringLiteral("state.ini")), QSettings::IniFormat);
        SecretStore store(SecretStore::DefaultService, &metadata);
        QSignalSpy probed(&store, &SecretStore::backendChanged);
        store.probe();
        ASSERT_TRUE(probed.wait(20'000));
        ASSERT_EQ(store.backend(), SecretStore::Backend::Keychain);
        QSignalSpy written(&store, &SecretStore::writeFinished);
        QSignalSpy removed(&store, &SecretStore::removeFinished);
        if (value.isEmpty())
            store.remove(id);
        else
            store.write(id, value);
        QSignalSpy &done = value.isEmpty() ? removed : written;
        ASSERT_TRUE(done.wait(20'000));
        ASSERT_EQ(done.at(0).at(1).value<SecretStore::Error>(), SecretStore::Error::None);
    }

    void startWindow()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.remove(QStringLiteral("PREMIUM_SPREAD_REDIS_PASSWORD"));
        app.setProcessEnvironment(environment);
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const QString base = http.baseUrl().toString();
        app.start(QStringLiteral(PS_APP_BINARY),
                  {QStringLiteral("--redis"), QStringLiteral("redis://127.0.0.1:%1").arg(redis.port()),
                   QStringLiteral("--bithumb-url"), base, QStringLiteral("--binance-url"), base,
                   QStringLiteral("--upbit-url"), base, QStringLiteral("--fx-url"), base,
                   QStringLiteral("--fx-fallback-url"), base,
                   QStringLiteral("--database"), dir.filePath(QStringLiteral("history.sqlite"))});
        ASSERT_TRUE(app.waitForStarted(10'000));
    }

    // Who holds the ticker lock, asked with the password.
    // The window leads every venue of its pair while it is alone; the Korean one stands for them.
    QByteArray tickerLockHolder() { return get("lock:ticker:bithumb"); }

    QByteArray get(const QByteArray &key)
    {
        RedisAddress address = redis.address();
        address.password = RedisPassword;
        RedisClient client;
        QSignalSpy connected(&client, &RedisClient::connected);
        client.connectToServer(address);
        if (!connected.wait(3000))
            return {};
        QObject context;
        std::optional<RedisReply> reply;
        client.send({"GET", key}, &context, [&reply](const RedisReply &r) { reply = r; });
        if (!QTest::qWaitFor([&] { return reply.has_value(); }, 3000))
            return {};
        return reply->text;
    }

    RedisServer redis{{QStringLiteral("--requirepass"), RedisPassword}};
    FixtureServer http;
    QTemporaryDir dir;
    QProcess app;
};

} // namespace

TEST_F(GuiKeychainTest, TheWindowJoinsAPasswordProtectedRedisWithTheKeychainsPassword)
{
    setInKeychain(QStringLiteral("redis-password"), RedisPassword);
    startWindow();
    // The instance id starts with the host name and carries the window's pid.
    const QByteArray pid = '-' + QByteArray::number(app.processId()) + '-';
    EXPECT_TRUE(QTest::qWaitFor([&] { return tickerLockHolder().contains(pid); }, 20'000))
        << "the window never took the lock: it did not authenticate with the keychain's password";
    EXPECT_TRUE(QTest::qWaitFor([&] { return http.requestCount(QStringLiteral("/v1/ticker")) > 0; }, 5000));
}

TEST_F(GuiKeychainTest, AnOpenPositionInTheWindowSwitchesTheSharedHistoryOn)
{
    setInKeychain(QStringLiteral("redis-password"), RedisPassword);
    QProcess open;
    open.start(QStringLiteral(PS_APP_BINARY),
               {QStringLiteral("position"), QStringLiteral("open"), QStringLiteral("--database"),
                dir.filePath(QStringLiteral("history.sqlite")), QStringLiteral("--symbol"), QStringLiteral("BTC"),
                QStringLiteral("--quantity"), QStringLiteral("0.01"), QStringLiteral("--korea-price"), QStringLiteral("129560000"),
                QStringLiteral("--foreign-price"), QStringLiteral("89277.0"), QStringLiteral("--fx"), QStringLiteral("1432.6")});
    ASSERT_TRUE(open.waitForFinished(20'000));
    ASSERT_EQ(open.exitCode(), 0) << open.readAllStandardError().constData();

    startWindow();
    // The window loads the open position from the database; the shared feed learns of it.
    EXPECT_TRUE(QTest::qWaitFor([&] { return get("position:open:exists") == "true"; }, 20'000));
    EXPECT_EQ(get("position:open:count"), "1");
}

TEST_F(GuiKeychainTest, WithoutThePasswordTheWindowPollsAloneAndLeavesRedisAlone)
{
    setInKeychain(QStringLiteral("redis-password"), QString());
    startWindow();
    // It still shows prices (alone), but never gets into the password-protected Redis.
    ASSERT_TRUE(QTest::qWaitFor([&] { return http.requestCount(QStringLiteral("/v1/ticker")) >= 3; }, 20'000));
    EXPECT_TRUE(tickerLockHolder().isEmpty());
    EXPECT_EQ(app.state(), QProcess::Running);
}

namespace {

// The status of a GET of the window's local API, 0 when nothing answers.
int apiStatus(quint16 port, const QByteArray &token)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/premiums").arg(port)));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(5000))
        return 0;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

} // namespace

TEST_F(GuiKeychainTest, TheWindowServesTheApiOffLoopbackOnlyToTheKeychainsToken)
{
    const QByteArray token = "only-in-the-keychain-0123456789abcdef";
    setInKeychain(QStringLiteral("api-token"), QString::fromLatin1(token));
    quint16 port = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    // The window's own settings (the private home of with-keyring.sh), put back afterwards.
    QSettings settings(QStringLiteral("PremiumSpread"), QStringLiteral("premium-spread"));
    settings.setValue(QStringLiteral("api/port"), port);
    settings.setValue(QStringLiteral("api/address"), QStringLiteral("0.0.0.0"));
    settings.sync();
    const auto restore = qScopeGuard([&settings] {
        settings.remove(QStringLiteral("api"));
        settings.sync();
    });

    startWindow();
    EXPECT_TRUE(QTest::qWaitFor([&] { return apiStatus(port, token) == 200; }, 20'000))
        << "the window did not serve the API with the keychain's token";
    EXPECT_EQ(apiStatus(port, QByteArray()), 401);
    EXPECT_EQ(apiStatus(port, "only-in-the-keychain-0123456789abcdeX"), 401);
}
