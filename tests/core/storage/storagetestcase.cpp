#include "storagetestcase.h"

#include "mariadbserver.h"

#include <QSqlQuery>

std::vector<DatabaseLocation::Backend> StorageTestCase::backends()
{
    return {DatabaseLocation::Backend::Sqlite, DatabaseLocation::Backend::MySql};
}

std::string StorageTestCase::backendName(const ::testing::TestParamInfo<DatabaseLocation::Backend> &info)
{
    return info.param == DatabaseLocation::Backend::Sqlite ? "Sqlite" : "MariaDb";
}

PremiumSample StorageTestCase::sample(qint64 timeMs, const char *preciseRate, bool stale)
{
    PremiumSample s;
    s.symbol = QStringLiteral("BTC");
    s.basis = PremiumBasis::Seed;
    s.preciseRate = *Decimal::fromString(QString::fromLatin1(preciseRate));
    s.rate = s.preciseRate.roundedHalfUp(2);
    s.korea = {QStringLiteral("bithumb"), QStringLiteral("BTC"), *Decimal::fromString(u"129555000"), timeMs - 40, 0};
    s.foreign = {QStringLiteral("binance"), QStringLiteral("BTCUSDT"), *Decimal::fromString(u"89277.1"), timeMs - 30, timeMs - 35};
    s.fx = {QStringLiteral("dunamu"), QStringLiteral("USDKRW"), *Decimal::fromString(u"1432.6"), timeMs - 60'000, 0};
    s.stale = stale;
    s.observedAtMs = timeMs;
    return s;
}

void StorageTestCase::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    if (isMySql()) {
        MariaDbServer *server = MariaDbServer::shared();
        if (!server->isRunning()) {
            ASSERT_TRUE(server->start()) << qPrintable(server->errorString());
        }
    }
    m_location = freshLocation();
    ASSERT_FALSE(m_location.path.isEmpty() && m_location.name.isEmpty());
}

DatabaseLocation StorageTestCase::freshLocation()
{
    if (!isMySql())
        return DatabaseLocation::sqlite(m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(++m_fileCount)));
    MariaDbServer *server = MariaDbServer::shared();
    const QString url = server->createDatabase();
    EXPECT_FALSE(url.isEmpty()) << qPrintable(server->errorString());
    return DatabaseLocation::parse(url).value_or(DatabaseLocation());
}

QString StorageTestCase::password() const
{
    return isMySql() ? QString::fromLatin1(MariaDbServer::Password) : QString();
}

std::unique_ptr<Database> StorageTestCase::openDatabase(bool migrate) const
{
    auto db = std::make_unique<Database>(m_location, password());
    const auto error = migrate ? db->openAndMigrate() : db->open();
    EXPECT_FALSE(error.has_value()) << qPrintable(error->describe());
    return db;
}

QVariant StorageTestCase::scalar(const QString &sql) const
{
    const auto db = openDatabase(false);
    QSqlQuery query(db->connection());
    if (!query.exec(sql) || !query.next()) {
        ADD_FAILURE() << "query failed: " << qPrintable(sql);
        return QVariant();
    }
    return query.value(0);
}
