#include "exchanges/httppoller.h"
#include "exchanges/ratelimitprobe.h"
#include "exchanges/venuecatalog.h"
#include "exchanges/venuegates.h"
#include "observability/jsonlog.h"
#include "observability/logevent.h"
#include "observability/logmasker.h"

#include "../../common/singlesymbolendpoints.h"
#include "fixtureserver.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

Q_LOGGING_CATEGORY(lcSecretsTest, "ps.test.secrets")

// Every shape a secret can take, written through every path that reaches the log, then the log
// files are searched for it (seed section 5.3). Some secrets are registered (as the keychain and
// the environment readers do), some are not, so that each masking net is proven on its own.
namespace {

const QString kV6Key = QStringLiteral("V6key0123456789abcdefAB"); // in a URL path, not registered
const QString kEximKey = QStringLiteral("EximAuthKey777"); // in a query, not registered
const QString kEchoed = QStringLiteral("Echoed-Key-42-xyz"); // registered; echoed by a venue
const QString kPassword = QStringLiteral("db-Passw0rd!"); // not registered
const QString kBearer = QStringLiteral("eyJhbGciOi.payload.sig"); // not registered
const QString kRedis = QStringLiteral("redisPa55word"); // registered

QByteArray allLogs(const QString &dir)
{
    QByteArray all;
    QDirIterator files(dir, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace

TEST(SecretsInLogs, NoSecretReachesAnyLogFile)
{
    QTemporaryDir dir;
    // Small files so that rotation is part of the path too.
    ASSERT_TRUE(JsonLog::install(dir.filePath(QStringLiteral("logs/premium-spread.log")), 2048, 5));
    LogMasker::registerSecret(kEchoed);
    LogMasker::registerSecret(kRedis);

    FixtureServer server;
    ASSERT_TRUE(server.listen());
    const QString v6Path = QStringLiteral("/v6/") + kV6Key + QStringLiteral("/pair/USD/KRW");
    server.setRoute(v6Path,
                    FixtureResponse::fromFile(QStringLiteral("fx/exchangerate-api-v6-error-invalid-key.json"), 403));
    server.setRoute(QStringLiteral("/site/program/financial/exchangeJSON"),
                    FixtureResponse::fromFile(QStringLiteral("fx/koreaexim-error-auth.json")));
    server.setRoute(QStringLiteral("/v1/ticker"),
                    FixtureResponse { .body = "{\"error\":{\"name\":\"invalid_key\",\"message\":\"key "
                                          + kEchoed.toUtf8() + " is not valid\"}}" });
    server.setRoute(QStringLiteral("/fapi/v1/exchangeInfo"),
                    FixtureResponse::fromFile(QStringLiteral("errors/cloudflare-502.html"), 502));

    // The pollers' warnings: a key in the path, one in the query, one echoed in the venue's message.
    QNetworkAccessManager network;
    VenueGates gates;
    HttpPoller fx(&network,
                  { *VenueCatalog::usdKrw(QStringLiteral("exchangerate-api"), server.baseUrl(), kV6Key),
                    *VenueCatalog::usdKrw(QStringLiteral("koreaexim"), server.baseUrl(), kEximKey) });
    HttpPoller ticker(
        &network, { bithumbBtcTicker(server.baseUrl()) });
    fx.setGates(&gates);
    ticker.setGates(&gates);
    QSignalSpy fxFailed(&fx, &HttpPoller::fetchFailed);
    QSignalSpy tickerFailed(&ticker, &HttpPoller::fetchFailed);
    fx.start();
    ticker.start();
    ASSERT_TRUE(fxFailed.wait(3000));
    ASSERT_TRUE(tickerFailed.count() > 0 || tickerFailed.wait(3000));
    fx.stop();
    ticker.stop();

    // A side request whose URL carries a key in the query.
    QUrl limitsUrl = binanceLimitsUrl(server.baseUrl());
    limitsUrl.setQuery(QStringLiteral("api_key=") + kPassword);
    RateLimitProbe probe(&network, gates.gate(QStringLiteral("binance")), limitsUrl);
    QSignalSpy probed(&probe, &RateLimitProbe::finished);
    probe.start();
    ASSERT_TRUE(probed.wait(3000));

    // Plain messages at every level, default and named categories, in every shape.
    qDebug().noquote() << QStringLiteral("connecting with password=%1").arg(kPassword);
    qInfo().noquote() << QStringLiteral("{\"api_key\":\"%1\",\"secret_key\":\"%2\"}").arg(kEximKey, kPassword);
    qWarning().noquote() << QStringLiteral("request headers: Authorization: Bearer %1").arg(kBearer);
    qCritical().noquote()
        << QStringLiteral("GET https://v6.exchangerate-api.com/v6/%1/pair/USD/KRW failed").arg(kV6Key);
    qCInfo(lcSecretsTest).noquote() << QStringLiteral("redis AUTH with %1").arg(kRedis);
    qCWarning(lcSecretsTest).noquote() << QStringLiteral("escaped {\\\"password\\\":\\\"%1\\\"}").arg(kPassword);
    qCDebug(lcSecretsTest).noquote() << QStringLiteral("query ?x=1&authkey=%1&data=AP01").arg(kEximKey);
    // Structured events: sensitive names, sensitive values under harmless names, nesting.
    LogEvent::warning(lcSecretsTest(), "login",
                      { { QStringLiteral("password"), kPassword }, { QStringLiteral("authorization"), kBearer } });
    LogEvent::info(lcSecretsTest(), "request",
                   { { QStringLiteral("url"), QStringLiteral("https://h.test/v6/%1/pair").arg(kV6Key) },
                     { QStringLiteral("note"), QStringLiteral("echo %1").arg(kEchoed) },
                     { QStringLiteral("headers"), QJsonObject { { QStringLiteral("X-MBX-APIKEY"), kEximKey } } } });
    // Enough filler to rotate the files a few times.
    for (int i = 0; i < 60; ++i)
        qCInfo(lcSecretsTest).noquote() << QStringLiteral("filler %1 api_key=%2").arg(i).arg(kEximKey);
    JsonLog::uninstall();
    LogMasker::forgetSecret(kEchoed);
    LogMasker::forgetSecret(kRedis);

    const QByteArray logs = allLogs(dir.path());
    // The paths did write: the venues' own words are there.
    EXPECT_TRUE(logs.contains("invalid-key")) << "the FX poller's warning is missing";
    EXPECT_TRUE(logs.contains("invalid_key")) << "the ticker poller's warning is missing";
    EXPECT_TRUE(logs.contains("limits_unavailable"));
    EXPECT_TRUE(logs.contains("\"event\":\"login\""));
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("logs/premium-spread.log.1")))) << "no rotation happened";
    for (const QString &secret : { kV6Key, kEximKey, kEchoed, kPassword, kBearer, kRedis })
        EXPECT_FALSE(logs.contains(secret.toUtf8())) << "secret in the logs: " << qPrintable(secret);
}
