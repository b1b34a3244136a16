#include "mariadbserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// `premium-spread position ...` end to end: the real binary, a real SQLite file (and a real
// MariaDB database), output read as a script would read it.
namespace {

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class PositionCommandTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        database = dir.filePath(QStringLiteral("positions.sqlite"));
    }

    Outcome run(QStringList args, const QString &db = QString(), const QProcessEnvironment &extra = {}) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Settings and data of this test only: the default fee rates, no user's files.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("HOME"), dir.path());
        for (const QString &key : extra.keys())
            env.insert(key, extra.value(key));
        process.setProcessEnvironment(env);
        args.prepend(QStringLiteral("position"));
        if (!db.isNull())
            args << QStringLiteral("--database") << db;
        process.start(QStringLiteral(PS_APP_BINARY), args);
        EXPECT_TRUE(process.waitForFinished(20'000)) << qPrintable(args.join(u' '));
        EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
        return Outcome{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    Outcome inDb(const QStringList &args) const { return run(args, database); }

    static QStringList openArgs()
    {
        return {QStringLiteral("open"), QStringLiteral("--symbol"), QStringLiteral("BTC"), QStringLiteral("--quantity"), QStringLiteral("0.01"),
                QStringLiteral("--korea-price"), QStringLiteral("129560000"), QStringLiteral("--foreign-price"), QStringLiteral("89277.0"),
                QStringLiteral("--fx"), QStringLiteral("1432.6")};
    }

    static QStringList closeArgs(const QString &id)
    {
        return {QStringLiteral("close"), id, QStringLiteral("--korea-price"), QStringLiteral("130000000"),
                QStringLiteral("--foreign-price"), QStringLiteral("89500.0"), QStringLiteral("--fx"), QStringLiteral("1432.6")};
    }

    // `args` with the value of `option` replaced (or the option removed when `value` is null).
    static QStringList with(QStringList args, const QString &option, const QString &value)
    {
        const qsizetype at = args.indexOf(option);
        if (at >= 0)
            args.remove(at, 2);
        if (!value.isNull())
            args << option << value;
        return args;
    }

    static QJsonObject object(const Outcome &result)
    {
        const QJsonDocument doc = QJsonDocument::fromJson(result.out);
        EXPECT_TRUE(doc.isObject()) << result.out.constData() << result.err.constData();
        EXPECT_EQ(result.out.count('\n'), 1) << "one line";
        return doc.object();
    }

    QJsonArray list(const QStringList &filter = {}) const
    {
        const Outcome result = inDb(QStringList{QStringLiteral("list"), QStringLiteral("--json")} + filter);
        EXPECT_EQ(result.exitCode, 0) << result.err.constData();
        const QJsonDocument doc = QJsonDocument::fromJson(result.out);
        EXPECT_TRUE(doc.isArray()) << result.out.constData();
        return doc.array();
    }

    QTemporaryDir dir;
    QString database;
};

} // namespace

TEST_F(PositionCommandTest, OpenPrintsTheStoredPosition)
{
    const Outcome result = inDb(with(with(openArgs(), QStringLiteral("--note"), QStringLiteral("first hedge, \"careful\"")),
                                 QStringLiteral("--opened-at"), QStringLiteral("2026-11-25T18:33:40+09:00")));
    ASSERT_EQ(result.exitCode, 0) << result.err.constData();
    const QJsonObject position = object(result);
    EXPECT_EQ(position.value(u"id").toInteger(), 1);
    EXPECT_EQ(position.value(u"symbol").toString(), QStringLiteral("BTC"));
    EXPECT_EQ(position.value(u"status").toString(), QStringLiteral("open"));
    EXPECT_EQ(position.value(u"quantity").toString(), QStringLiteral("0.01"));
    EXPECT_EQ(position.value(u"korea_venue").toString(), QStringLiteral("bithumb")); // the defaults
    EXPECT_EQ(position.value(u"foreign_venue").toString(), QStringLiteral("binance"));
    EXPECT_EQ(position.value(u"korea_entry_price").toString(), QStringLiteral("129560000"));
    EXPECT_EQ(position.value(u"foreign_entry_price").toString(), QStringLiteral("89277"));
    EXPECT_EQ(position.value(u"entry_fx").toString(), QStringLiteral("1432.6"));
    EXPECT_EQ(position.value(u"korea_fee_rate").toString(), QStringLiteral("0.0004"));   // default
    EXPECT_EQ(position.value(u"foreign_fee_rate").toString(), QStringLiteral("0.0005"));  // default
    EXPECT_EQ(position.value(u"opened_at").toString(), QStringLiteral("2026-11-25T09:33:40.000Z"));
    EXPECT_TRUE(position.value(u"closed_at").isNull());
    EXPECT_EQ(position.value(u"entry_premium").toString(), QStringLiteral("1.28"));
    EXPECT_TRUE(position.value(u"realised_pnl_krw").isNull());
    EXPECT_EQ(position.value(u"note").toString(), QStringLiteral("first hedge, \"careful\""));
    EXPECT_TRUE(result.err.isEmpty()) << result.err.constData();

    // A new process reads exactly what the first one stored.
    const QJsonArray all = list();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.at(0).toObject(), position);
}

TEST_F(PositionCommandTest, ExplicitFeesAndLowerCaseSymbol)
{
    QStringList args = with(openArgs(), QStringLiteral("--symbol"), QStringLiteral("eth"));
    args = with(args, QStringLiteral("--korea-price"), QStringLiteral("5123456"));
    args = with(args, QStringLiteral("--foreign-price"), QStringLiteral("3512.34"));
    args << QStringLiteral("--korea-fee") << QStringLiteral("0.00025") << QStringLiteral("--foreign-fee") << QStringLiteral("0");
    const QJsonObject position = object(inDb(args));
    EXPECT_EQ(position.value(u"symbol").toString(), QStringLiteral("ETH"));
    EXPECT_EQ(position.value(u"korea_fee_rate").toString(), QStringLiteral("0.00025"));
    EXPECT_EQ(position.value(u"foreign_fee_rate").toString(), QStringLiteral("0"));
}

TEST_F(PositionCommandTest, AnyCoinOnAnyVenuePair)
{
    QStringList args = with(openArgs(), QStringLiteral("--symbol"), QStringLiteral("shib"));
    args = with(args, QStringLiteral("--quantity"), QStringLiteral("1000000"));
    args = with(args, QStringLiteral("--korea-price"), QStringLiteral("0.0179"));
    args = with(args, QStringLiteral("--foreign-price"), QStringLiteral("0.0000125"));
    args = with(args, QStringLiteral("--fx"), QStringLiteral("1400"));
    args << QStringLiteral("--korea-venue") << QStringLiteral("upbit") << QStringLiteral("--foreign-venue")
         << QStringLiteral("okx");
    const QJsonObject position = object(inDb(args));
    EXPECT_EQ(position.value(u"symbol").toString(), QStringLiteral("SHIB"));
    EXPECT_EQ(position.value(u"korea_venue").toString(), QStringLiteral("upbit"));
    EXPECT_EQ(position.value(u"foreign_venue").toString(), QStringLiteral("okx"));
    EXPECT_EQ(position.value(u"quantity").toString(), QStringLiteral("1000000"));
    EXPECT_EQ(position.value(u"foreign_entry_price").toString(), QStringLiteral("0.0000125"));

    const QJsonArray all = list();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.at(0).toObject(), position);
    const Outcome text = inDb({ QStringLiteral("list") });
    EXPECT_TRUE(text.out.startsWith("1\tSHIB\topen\t1000000\t")) << text.out.constData();
    EXPECT_TRUE(text.out.endsWith("\tupbit\tokx\n")) << text.out.constData();
}

TEST_F(PositionCommandTest, EveryInvalidOpenInputExitsTwoNamingTheFieldAndSavesNothing)
{
    struct Case
    {
        const char *option;
        const char *value;  // nullptr: option left out
        const char *expected;
    };
    const Case cases[] = {
        { "--symbol", nullptr, "--symbol: is required" },
        { "--symbol", "BTC/USDT", "--symbol: is not a coin code" },
        { "--korea-venue", "kraken", "--korea-venue: is not a known venue (bithumb, upbit, coinone)" },
        { "--korea-venue", "binance", "--korea-venue: is not a known venue" },
        { "--korea-venue", "", "--korea-venue: is required" },
        { "--foreign-venue", "upbit", "--foreign-venue: is not a known venue (binance, okx, bybit)" },
        { "--quantity", nullptr, "--quantity: is required" },
        { "--quantity", "lots", "--quantity: is not a number" },
        { "--quantity", "0", "--quantity: must be greater than zero" },
        { "--quantity", "-0.01", "--quantity: must be greater than zero" },
        { "--quantity", "0.0015", "--quantity: must be a multiple of the step 0.001" },
        { "--quantity", "1000.001", "--quantity: must be at most 1000" },
        { "--korea-price", nullptr, "--korea-price: is required" },
        { "--korea-price", "12O000000", "--korea-price: is not a number" },
        { "--korea-price", "0", "--korea-price: must be greater than zero" },
        { "--korea-price", "-129560000", "--korea-price: must be greater than zero" },
        { "--korea-price", "99999999999", "--korea-price: must be at most 10000000000" },
        { "--korea-price", "1295600", "--korea-price: gives a premium of" },
        { "--foreign-price", nullptr, "--foreign-price: is required" },
        { "--foreign-price", "NaN", "--foreign-price: is not a number" },
        { "--foreign-price", "-89277", "--foreign-price: must be greater than zero" },
        { "--foreign-price", "1e308", "--foreign-price: is not a number" },
        { "--foreign-price", "20000000", "--foreign-price: must be at most 10000000" },
        { "--foreign-price", "8927.7", "--foreign-price: gives a premium of" },
        { "--fx", nullptr, "--fx: is required" },
        { "--fx", "usd", "--fx: is not a number" },
        { "--fx", "0", "--fx: must be greater than zero" },
        { "--fx", "14.326", "--fx: must be at least 500" },
        { "--fx", "14326", "--fx: must be at most 5000" },
        { "--korea-fee", "", "--korea-fee: is required" },
        { "--korea-fee", "x", "--korea-fee: is not a number" },
        { "--korea-fee", "-0.0004", "--korea-fee: must not be negative" },
        { "--korea-fee", "0.04", "--korea-fee: must be at most 0.01" },
        { "--foreign-fee", "", "--foreign-fee: is required" },
        { "--foreign-fee", "5bp", "--foreign-fee: is not a number" },
        { "--foreign-fee", "-0.0005", "--foreign-fee: must not be negative" },
        { "--foreign-fee", "0.5", "--foreign-fee: must be at most 0.01" },
        { "--opened-at", "", "--opened-at: is required" },
        { "--opened-at", "yesterday", "--opened-at: is not an ISO 8601 date and time" },
        { "--opened-at", "2999-01-01T00:00:00Z", "--opened-at: is in the future" },
        { "--opened-at", "2009-01-03T18:15:05Z", "--opened-at: must not be before 2010-01-01T00:00:00.000Z" },
    };
    for (const Case &c : cases) {
        const QString option = QString::fromLatin1(c.option);
        const QString value = c.value ? QString::fromUtf8(c.value) : QString();
        const Outcome result = inDb(with(openArgs(), option, value));
        SCOPED_TRACE(std::string(c.option) + " " + (c.value ? c.value : "(left out)"));
        EXPECT_EQ(result.exitCode, 2);
        EXPECT_TRUE(result.out.isEmpty()) << result.out.constData();
        EXPECT_TRUE(result.err.contains(c.expected)) << result.err.constData();
    }
    const Outcome longNote = inDb(openArgs() << QStringLiteral("--note") << QString(1001, u'n'));
    EXPECT_EQ(longNote.exitCode, 2);
    EXPECT_TRUE(longNote.err.contains("--note: must be at most 1000 characters")) << longNote.err.constData();

    EXPECT_EQ(list().size(), 0) << "an invalid open stored something";
}

TEST_F(PositionCommandTest, AllBadFieldsAreNamedAtOnce)
{
    const Outcome result = inDb({QStringLiteral("open"), QStringLiteral("--symbol"), QStringLiteral("???"), QStringLiteral("--quantity"), QStringLiteral("-1"),
                             QStringLiteral("--korea-price"), QStringLiteral("x"), QStringLiteral("--foreign-price"), QStringLiteral("0"),
                             QStringLiteral("--fx"), QStringLiteral("1"), QStringLiteral("--korea-fee"), QStringLiteral("1"),
                             QStringLiteral("--foreign-fee"), QStringLiteral("-1"), QStringLiteral("--opened-at"), QStringLiteral("2999-01-01T00:00:00Z"),
                             QStringLiteral("--note"), QString(2000, u'n')});
    EXPECT_EQ(result.exitCode, 2);
    const QList<QByteArray> lines = result.err.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 9) << result.err.constData();
    const char *fields[] = {"--symbol:", "--quantity:", "--korea-price:", "--foreign-price:", "--fx:",
                            "--korea-fee:", "--foreign-fee:", "--opened-at:", "--note:"};
    for (int i = 0; i < 9; ++i)
        EXPECT_TRUE(lines[i].contains(fields[i])) << lines[i].constData();
    EXPECT_EQ(list().size(), 0);
}

TEST_F(PositionCommandTest, UsageErrorsExitTwo)
{
    const auto expectUsage = [&](const QStringList &args, const char *expected) {
        const Outcome result = inDb(args);
        SCOPED_TRACE(qPrintable(args.join(u' ')));
        EXPECT_EQ(result.exitCode, 2);
        EXPECT_TRUE(result.out.isEmpty());
        EXPECT_TRUE(result.err.contains(expected)) << result.err.constData();
    };
    expectUsage(openArgs() << QStringLiteral("--no-such-option"), "no-such-option");
    expectUsage(openArgs() << QStringLiteral("extra"), "Unexpected argument 'extra'");
    expectUsage({QStringLiteral("list"), QStringLiteral("--open"), QStringLiteral("--closed")}, "exclude each other");
    expectUsage({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--since")}, "since");
    expectUsage({QStringLiteral("frobnicate")}, "Unknown subcommand 'frobnicate'");
    expectUsage({}, "open, close or list");
    expectUsage(closeArgs(QStringLiteral("1")) << QStringLiteral("2"), "Unexpected argument '2'");

    const Outcome password = run(openArgs(), QStringLiteral("mysql://user:secret@127.0.0.1:3306/ps"));
    EXPECT_EQ(password.exitCode, 2);
    EXPECT_TRUE(password.err.contains("--database")) << password.err.constData();
    EXPECT_FALSE(password.err.contains("secret")) << "a password must never be echoed";

    const Outcome help = run({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char *text : { "position open", "position close ID", "position list", "--database",
                              "--korea-venue bithumb|upbit|coinone", "--foreign-venue binance|okx|bybit" })
        EXPECT_TRUE(help.out.contains(text)) << text;
    EXPECT_EQ(run({QStringLiteral("open"), QStringLiteral("--help")}).exitCode, 0);
    EXPECT_FALSE(QFile::exists(database)) << "usage errors touch no database";
}

TEST_F(PositionCommandTest, CloseRecordsTheExitAndRealisedPnl)
{
    const QJsonObject opened = object(inDb(openArgs()));
    const Outcome result = inDb(closeArgs(QString::number(opened.value(u"id").toInteger())));
    ASSERT_EQ(result.exitCode, 0) << result.err.constData();
    const QJsonObject closed = object(result);
    EXPECT_EQ(closed.value(u"status").toString(), QStringLiteral("closed"));
    EXPECT_EQ(closed.value(u"korea_exit_price").toString(), QStringLiteral("130000000"));
    EXPECT_EQ(closed.value(u"foreign_exit_price").toString(), QStringLiteral("89500"));
    EXPECT_EQ(closed.value(u"exit_fx").toString(), QStringLiteral("1432.6"));
    EXPECT_EQ(closed.value(u"exit_premium").toString(), QStringLiteral("1.37"));
    // The first hand-computed case of pnlcalculator_test.cpp.
    EXPECT_EQ(closed.value(u"realised_pnl_krw").toString(), QStringLiteral("-1113.5177"));
    EXPECT_EQ(closed.value(u"korea_leg_krw").toString(), QStringLiteral("3361.76"));
    EXPECT_EQ(closed.value(u"foreign_leg_usdt").toString(), QStringLiteral("-3.123885"));
    EXPECT_EQ(closed.value(u"fees_krw").toString(), QStringLiteral("2318.8197"));
    EXPECT_EQ(closed.value(u"premium_part_krw").toString(), QStringLiteral("1205.302"));
    EXPECT_FALSE(closed.value(u"closed_at").isNull());

    const QJsonArray all = list();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.at(0).toObject(), closed);
}

TEST_F(PositionCommandTest, EveryInvalidCloseInputExitsTwoAndChangesNothing)
{
    const QJsonObject opened = object(inDb(with(openArgs(), QStringLiteral("--opened-at"), QStringLiteral("2026-01-02T03:04:05Z"))));
    const QString id = QString::number(opened.value(u"id").toInteger());
    struct Case
    {
        QStringList args;
        const char *expected;
    };
    const Case cases[] = {
        {closeArgs(id).mid(0, 1) + closeArgs(id).mid(2), "ID: is required"},
        {closeArgs(QStringLiteral("one")), "ID: is not a number"},
        {closeArgs(QStringLiteral("0")), "ID: must be greater than zero"},
        {closeArgs(QStringLiteral("-3")), "Unknown option '3'"},
        {closeArgs(QStringLiteral("999")), "ID: does not name a stored position"},
        {with(closeArgs(id), QStringLiteral("--korea-price"), QString()), "--korea-price: is required"},
        {with(closeArgs(id), QStringLiteral("--korea-price"), QStringLiteral("abc")), "--korea-price: is not a number"},
        {with(closeArgs(id), QStringLiteral("--foreign-price"), QStringLiteral("0")), "--foreign-price: must be greater than zero"},
        {with(closeArgs(id), QStringLiteral("--foreign-price"), QStringLiteral("895")), "--foreign-price: gives a premium of"},
        {with(closeArgs(id), QStringLiteral("--fx"), QStringLiteral("99999")), "--fx: must be at most 5000"},
        {with(closeArgs(id), QStringLiteral("--fx"), QString()), "--fx: is required"},
        {closeArgs(id) << QStringLiteral("--closed-at") << QStringLiteral("2026-01-01T00:00:00Z"),
         "--closed-at: must not be before the opening time 2026-01-02T03:04:05.000Z"},
        {closeArgs(id) << QStringLiteral("--closed-at") << QStringLiteral("2999-01-01T00:00:00Z"), "--closed-at: is in the future"},
        {closeArgs(id) << QStringLiteral("--closed-at") << QStringLiteral("later"), "--closed-at: is not an ISO 8601 date and time"},
        {closeArgs(id) << QStringLiteral("--closed-at") << QString(), "--closed-at: is required"},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(qPrintable(c.args.join(u' ')));
        const Outcome result = inDb(c.args);
        EXPECT_EQ(result.exitCode, 2);
        EXPECT_TRUE(result.out.isEmpty());
        EXPECT_TRUE(result.err.contains(c.expected)) << result.err.constData();
    }
    // An unknown id and bad prices: both named.
    const Outcome both = inDb(with(closeArgs(QStringLiteral("999")), QStringLiteral("--fx"), QStringLiteral("1")));
    EXPECT_TRUE(both.err.contains("ID: does not name") && both.err.contains("--fx:")) << both.err.constData();

    EXPECT_EQ(list({QStringLiteral("--open")}).size(), 1) << "an invalid close changed the position";

    ASSERT_EQ(inDb(closeArgs(id)).exitCode, 0);
    const Outcome again = inDb(closeArgs(id));
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains("ID: names a position that is already closed")) << again.err.constData();
}

TEST_F(PositionCommandTest, ListFiltersAndPlainText)
{
    object(inDb(openArgs()));
    object(inDb(openArgs()));
    ASSERT_EQ(inDb(closeArgs(QStringLiteral("2"))).exitCode, 0);

    EXPECT_EQ(list().size(), 2);
    const QJsonArray open = list({QStringLiteral("--open")});
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.at(0).toObject().value(u"id").toInteger(), 1);
    const QJsonArray closed = list({QStringLiteral("--closed")});
    ASSERT_EQ(closed.size(), 1);
    EXPECT_EQ(closed.at(0).toObject().value(u"id").toInteger(), 2);
    EXPECT_EQ(closed.at(0).toObject().value(u"realised_pnl_krw").toString(), QStringLiteral("-1113.5177"));

    const Outcome text = inDb({QStringLiteral("list")});
    EXPECT_EQ(text.exitCode, 0);
    const QList<QByteArray> lines = text.out.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines[0].startsWith("1\tBTC\topen\t0.01\t1.28\t")) << lines[0].constData();
    // Today's columns first, the venues after them.
    EXPECT_TRUE(lines[1].endsWith("\t-1113.5177\tbithumb\tbinance")) << lines[1].constData();
}

TEST_F(PositionCommandTest, ADatabaseThatCannotBeUsedExitsOne)
{
    QFile blocker(dir.filePath(QStringLiteral("file")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Outcome result = run(openArgs(), dir.filePath(QStringLiteral("file/positions.sqlite")));
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains("database")) << result.err.constData();
    EXPECT_TRUE(result.out.isEmpty());
}

TEST_F(PositionCommandTest, OnARealMariaDb)
{
    MariaDbServer *server = MariaDbServer::shared();
    if (!server->isRunning()) {
        ASSERT_TRUE(server->start()) << qPrintable(server->errorString());
    }
    const QString url = server->createDatabase();
    ASSERT_FALSE(url.isEmpty()) << qPrintable(server->errorString());
    QProcessEnvironment env;
    env.insert(QStringLiteral("PREMIUM_SPREAD_DB_PASSWORD"), QString::fromLatin1(MariaDbServer::Password));

    const Outcome opened = run(openArgs(), url, env);
    ASSERT_EQ(opened.exitCode, 0) << opened.err.constData();
    const QJsonObject position = object(opened);
    const Outcome closed = run(closeArgs(QString::number(position.value(u"id").toInteger())), url, env);
    ASSERT_EQ(closed.exitCode, 0) << closed.err.constData();
    EXPECT_EQ(object(closed).value(u"realised_pnl_krw").toString(), QStringLiteral("-1113.5177"));
    const Outcome listed = run({QStringLiteral("list"), QStringLiteral("--json")}, url, env);
    const QJsonArray all = QJsonDocument::fromJson(listed.out).array();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.at(0).toObject(), object(closed));

    const Outcome refused = run({QStringLiteral("list")}, url);  // no password
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains("database")) << refused.err.constData();
}
