#include "migrations.h"

#include <algorithm>

namespace {

// Decimal columns hold the exact decimal text the venue sent (VARCHAR(40)), except premium rates,
// which the app computes to 8 places and stores as an integer count of 10^-8 percent: exact as
// well, and fast to read in bulk. Times are epoch milliseconds, UTC.
QStringList initialSchema(const SqlDialect &d)
{
    // History tables are keyed by time first: rows arrive in time order, so inserts append to the
    // end of the tree and retention deletes from its start. Key columns come first in each
    // table: SQLite 3.40's integrity_check misreads WITHOUT ROWID tables declared otherwise.
    const QString options = d.tableOptions();
    const QString clustered = d.clusteredTableOptions();
    return {
        QStringLiteral("CREATE TABLE ticker ("
                       "observed_at BIGINT NOT NULL, "
                       "venue VARCHAR(32) NOT NULL, "
                       "symbol VARCHAR(16) NOT NULL, "
                       "price VARCHAR(40) NOT NULL, "
                       "venue_time BIGINT, "
                       "PRIMARY KEY (observed_at, venue, symbol))")
            + clustered,

        QStringLiteral("CREATE TABLE premium ("
                       "observed_at BIGINT NOT NULL, "
                       "symbol VARCHAR(16) NOT NULL, "
                       "basis VARCHAR(8) NOT NULL, "
                       "rate BIGINT NOT NULL, "
                       "korea_price VARCHAR(40) NOT NULL, "
                       "foreign_price VARCHAR(40) NOT NULL, "
                       "fx_rate VARCHAR(40) NOT NULL, "
                       "stale SMALLINT NOT NULL, "
                       "PRIMARY KEY (observed_at, symbol, basis))")
            + clustered,

        QStringLiteral("CREATE TABLE premium_minute ("
                       "symbol VARCHAR(16) NOT NULL, "
                       "basis VARCHAR(8) NOT NULL, "
                       "minute_start BIGINT NOT NULL, "
                       "rate_open BIGINT NOT NULL, "
                       "rate_high BIGINT NOT NULL, "
                       "rate_low BIGINT NOT NULL, "
                       "rate_close BIGINT NOT NULL, "
                       "korea_price VARCHAR(40) NOT NULL, "
                       "foreign_price VARCHAR(40) NOT NULL, "
                       "fx_rate VARCHAR(40) NOT NULL, "
                       "samples INTEGER NOT NULL, "
                       "stale_samples INTEGER NOT NULL, "
                       "first_observed_at BIGINT NOT NULL, "
                       "last_observed_at BIGINT NOT NULL, "
                       "PRIMARY KEY (symbol, basis, minute_start))")
            + clustered,

        QStringLiteral("CREATE TABLE position ("
                       "%1, "
                       "symbol VARCHAR(16) NOT NULL, "
                       "quantity VARCHAR(40) NOT NULL, "
                       "entry_korea_price VARCHAR(40) NOT NULL, "
                       "entry_foreign_price VARCHAR(40) NOT NULL, "
                       "entry_fx_rate VARCHAR(40) NOT NULL, "
                       "korea_fee_rate VARCHAR(40) NOT NULL, "
                       "foreign_fee_rate VARCHAR(40) NOT NULL, "
                       "opened_at BIGINT NOT NULL, "
                       "note TEXT, "
                       "exit_korea_price VARCHAR(40), "
                       "exit_foreign_price VARCHAR(40), "
                       "exit_fx_rate VARCHAR(40), "
                       "closed_at BIGINT)")
                .arg(d.autoIdColumn())
            + options,
    };
}

// Samples read from another instance's shared cache are told apart from the ones this instance
// fetched itself.
QStringList premiumSource(const SqlDialect &)
{
    return { QStringLiteral("ALTER TABLE premium ADD COLUMN source VARCHAR(16) NOT NULL DEFAULT 'exchange'") };
}

// The perpetual's funding settlements the app watched: a position's funding is the sum over the
// settlements it was held at (docs/positions.md). One row per venue, symbol and funding time.
QStringList fundingEvents(const SqlDialect &d)
{
    return { QStringLiteral("CREATE TABLE funding_event ("
                            "venue VARCHAR(32) NOT NULL, "
                            "symbol VARCHAR(16) NOT NULL, "
                            "funding_time BIGINT NOT NULL, "
                            "rate VARCHAR(40) NOT NULL, "
                            "mark_price VARCHAR(40) NOT NULL, "
                            "PRIMARY KEY (venue, symbol, funding_time))")
             + d.tableOptions() };
}

// Venues are data: a position names where each leg trades (funding belongs to the foreign one).
QStringList positionKoreaVenue(const SqlDialect &)
{
    return { QStringLiteral("ALTER TABLE position ADD COLUMN korea_venue VARCHAR(32) NOT NULL DEFAULT 'bithumb'") };
}

QStringList positionForeignVenue(const SqlDialect &)
{
    return { QStringLiteral("ALTER TABLE position ADD COLUMN foreign_venue VARCHAR(32) NOT NULL DEFAULT 'binance'") };
}

// `premium.rate` is a count of 10^-8 percent (see initialSchema); someone reading the database with
// sqlite3 or mysql gets it here as the percent it is, in exact decimal text, beside the prices.
QStringList premiumReadableView(const SqlDialect &d)
{
    return { QStringLiteral("CREATE VIEW premium_readable AS SELECT observed_at, symbol, basis, %1 AS rate_percent, "
                            "korea_price, foreign_price, fx_rate, stale, source FROM premium")
                 .arg(d.fixedPointText(QStringLiteral("rate"), 8)) };
}

// The column lists of `premium` and `premium_minute` from migration 7 on, key columns first in key
// order (see initialSchema). Both are read one series at a time (a day of raw rows, a month of
// minutes), so both are stored in series order; raw rows have an index on time for retention.
QString premiumColumns()
{
    return QStringLiteral(
        "coin VARCHAR(32) NOT NULL, korea_venue VARCHAR(32) NOT NULL, foreign_venue VARCHAR(32) NOT NULL, "
        "basis VARCHAR(8) NOT NULL, observed_at BIGINT NOT NULL, rate BIGINT NOT NULL, "
        "entry_rate BIGINT, exit_rate BIGINT, korea_price VARCHAR(40) NOT NULL, "
        "foreign_price VARCHAR(40) NOT NULL, fx_rate VARCHAR(40) NOT NULL, stale SMALLINT NOT NULL, "
        "source VARCHAR(16) NOT NULL DEFAULT 'exchange', "
        "PRIMARY KEY (coin, korea_venue, foreign_venue, basis, observed_at)");
}

QString premiumMinuteColumns()
{
    return QStringLiteral(
        "coin VARCHAR(32) NOT NULL, korea_venue VARCHAR(32) NOT NULL, foreign_venue VARCHAR(32) NOT NULL, "
        "basis VARCHAR(8) NOT NULL, minute_start BIGINT NOT NULL, rate_open BIGINT NOT NULL, "
        "rate_high BIGINT NOT NULL, rate_low BIGINT NOT NULL, rate_close BIGINT NOT NULL, "
        "korea_price VARCHAR(40) NOT NULL, foreign_price VARCHAR(40) NOT NULL, fx_rate VARCHAR(40) NOT NULL, "
        "samples INTEGER NOT NULL, stale_samples INTEGER NOT NULL, first_observed_at BIGINT NOT NULL, "
        "last_observed_at BIGINT NOT NULL, "
        "PRIMARY KEY (coin, korea_venue, foreign_venue, basis, minute_start)");
}

QString premiumReadableSelect(const SqlDialect &d)
{
    return QStringLiteral(
               "SELECT observed_at, coin, korea_venue, foreign_venue, coin AS symbol, basis, %1 AS rate_percent, "
               "CASE WHEN entry_rate IS NULL THEN NULL ELSE %2 END AS entry_rate_percent, "
               "CASE WHEN exit_rate IS NULL THEN NULL ELSE %3 END AS exit_rate_percent, "
               "korea_price, foreign_price, fx_rate, stale, source FROM premium")
        .arg(d.fixedPointText(QStringLiteral("rate"), 8), d.fixedPointText(QStringLiteral("entry_rate"), 8),
             d.fixedPointText(QStringLiteral("exit_rate"), 8));
}

// Every coin on every venue pair: premium rows and rollups name their coin and venues. Rows written
// before this step are what the app recorded then, its one symbol on Bithumb against Binance; the
// symbol column becomes the coin. The readable view is made again over the new columns (and keeps
// `symbol`, so queries written against it still run).
QStringList perCoinAndPair(const SqlDialect &d)
{
    if (d.backend() == DatabaseLocation::Backend::MySql) {
        // One ALTER per table: InnoDB applies each atomically (and rebuilds the table once).
        return {
            QStringLiteral("ALTER TABLE premium CHANGE COLUMN symbol coin VARCHAR(32) NOT NULL, "
                           "ADD COLUMN korea_venue VARCHAR(32) NOT NULL DEFAULT 'bithumb', "
                           "ADD COLUMN foreign_venue VARCHAR(32) NOT NULL DEFAULT 'binance', "
                           "ADD COLUMN entry_rate BIGINT NULL, ADD COLUMN exit_rate BIGINT NULL, "
                           "DROP PRIMARY KEY, ADD PRIMARY KEY (coin, korea_venue, foreign_venue, basis, observed_at), "
                           "ADD INDEX premium_time (observed_at)"),
            QStringLiteral(
                "ALTER TABLE premium ALTER COLUMN korea_venue DROP DEFAULT, ALTER COLUMN foreign_venue DROP DEFAULT"),
            QStringLiteral("ALTER TABLE premium_minute CHANGE COLUMN symbol coin VARCHAR(32) NOT NULL, "
                           "ADD COLUMN korea_venue VARCHAR(32) NOT NULL DEFAULT 'bithumb', "
                           "ADD COLUMN foreign_venue VARCHAR(32) NOT NULL DEFAULT 'binance', "
                           "DROP PRIMARY KEY, ADD PRIMARY KEY (coin, korea_venue, foreign_venue, basis, minute_start)"),
            QStringLiteral("ALTER TABLE premium_minute ALTER COLUMN korea_venue DROP DEFAULT, ALTER COLUMN "
                           "foreign_venue DROP DEFAULT"),
            QStringLiteral("CREATE OR REPLACE VIEW premium_readable AS ") + premiumReadableSelect(d),
        };
    }
    // SQLite cannot change a primary key in place: each table is copied into its new shape inside
    // the step's transaction.
    const QString clustered = d.clusteredTableOptions();
    return {
        QStringLiteral("DROP VIEW premium_readable"),
        QStringLiteral("CREATE TABLE premium_v7 (") + premiumColumns() + u')' + clustered,
        QStringLiteral(
            "INSERT INTO premium_v7 (observed_at, coin, korea_venue, foreign_venue, basis, rate, korea_price, "
            "foreign_price, fx_rate, stale, source) SELECT observed_at, symbol, 'bithumb', 'binance', basis, rate, "
            "korea_price, foreign_price, fx_rate, stale, source FROM premium"),
        QStringLiteral("DROP TABLE premium"),
        QStringLiteral("ALTER TABLE premium_v7 RENAME TO premium"),
        QStringLiteral("CREATE INDEX premium_time ON premium (observed_at)"),
        QStringLiteral("CREATE TABLE premium_minute_v7 (") + premiumMinuteColumns() + u')' + clustered,
        QStringLiteral(
            "INSERT INTO premium_minute_v7 (coin, korea_venue, foreign_venue, basis, minute_start, rate_open, "
            "rate_high, rate_low, rate_close, korea_price, foreign_price, fx_rate, samples, stale_samples, "
            "first_observed_at, last_observed_at) SELECT symbol, 'bithumb', 'binance', basis, minute_start, "
            "rate_open, rate_high, rate_low, rate_close, korea_price, foreign_price, fx_rate, samples, "
            "stale_samples, first_observed_at, last_observed_at FROM premium_minute"),
        QStringLiteral("DROP TABLE premium_minute"),
        QStringLiteral("ALTER TABLE premium_minute_v7 RENAME TO premium_minute"),
        QStringLiteral("CREATE VIEW premium_readable AS ") + premiumReadableSelect(d),
    };
}

// A position names both venues of its pair: without a default, a row written without one is
// refused instead of silently becoming bithumb/binance. Rows written before the venue columns
// existed got those two from migrations 4 and 5 and keep them. SQLite cannot drop a column
// default, so there the table is rebuilt with every row and id, and its id counter, so that ids of
// deleted positions are not handed out again.
QStringList positionVenuesRequired(const SqlDialect &d)
{
    if (d.backend() == DatabaseLocation::Backend::MySql)
        return { QStringLiteral(
            "ALTER TABLE position ALTER COLUMN korea_venue DROP DEFAULT, ALTER COLUMN foreign_venue DROP DEFAULT") };
    const QString columns = QStringLiteral(
        "id, symbol, korea_venue, foreign_venue, quantity, entry_korea_price, entry_foreign_price, entry_fx_rate, "
        "korea_fee_rate, foreign_fee_rate, opened_at, note, exit_korea_price, exit_foreign_price, exit_fx_rate, "
        "closed_at");
    // The table of initialSchema() plus the venues, spelled out again on purpose: a step that has
    // shipped must not change when a later one does.
    return {
        QStringLiteral("CREATE TABLE position_v8 ("
                       "%1, "
                       "symbol VARCHAR(16) NOT NULL, "
                       "korea_venue VARCHAR(32) NOT NULL, "
                       "foreign_venue VARCHAR(32) NOT NULL, "
                       "quantity VARCHAR(40) NOT NULL, "
                       "entry_korea_price VARCHAR(40) NOT NULL, "
                       "entry_foreign_price VARCHAR(40) NOT NULL, "
                       "entry_fx_rate VARCHAR(40) NOT NULL, "
                       "korea_fee_rate VARCHAR(40) NOT NULL, "
                       "foreign_fee_rate VARCHAR(40) NOT NULL, "
                       "opened_at BIGINT NOT NULL, "
                       "note TEXT, "
                       "exit_korea_price VARCHAR(40), "
                       "exit_foreign_price VARCHAR(40), "
                       "exit_fx_rate VARCHAR(40), "
                       "closed_at BIGINT)")
                .arg(d.autoIdColumn())
            + d.tableOptions(),
        QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT 'position_v8', seq FROM sqlite_sequence WHERE "
                       "name = 'position'"),
        QStringLiteral("INSERT INTO position_v8 (%1) SELECT %1 FROM position").arg(columns),
        QStringLiteral("DROP TABLE position"),
        QStringLiteral("ALTER TABLE position_v8 RENAME TO position"),
    };
}

// Steps run in version order wherever a merge put them in the list.
std::vector<Migration> inVersionOrder(std::vector<Migration> steps)
{
    std::sort(steps.begin(), steps.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return steps;
}

} // namespace

namespace Migrations {

const std::vector<Migration> &all()
{
    static const std::vector<Migration> steps = inVersionOrder({
        { 1, "ticker, premium, premium_minute and position tables", &initialSchema },
        { 2, "premium.source", &premiumSource },
        { 3, "funding_event table", &fundingEvents },
        { 4, "position.korea_venue", &positionKoreaVenue },
        { 5, "position.foreign_venue", &positionForeignVenue },
        { 6, "premium_readable view: the rate in percent as decimal text", &premiumReadableView },
        { 7, "premium and premium_minute per coin and venue pair, entry and exit rates", &perCoinAndPair },
        { 8, "position venues without defaults", &positionVenuesRequired },
    });
    return steps;
}

int latestVersion()
{
    return all().empty() ? 0 : all().back().version;
}

} // namespace Migrations
