#include "positions/positionbook.h"
#include "positions/positionrepository.h"
#include "positions/positionstore.h"

#include "storage/migrations.h"
#include "storage/migrator.h"

#include "../storage/storagetestcase.h"
#include "positiontestdata.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <gtest/gtest.h>

// Positions in a real SQLite file and a real MariaDB database: stored exactly, and the same after
// a restart (a new connection, a new book).
namespace {

class PositionRepositoryTest : public StorageTestCase
{
protected:
    // Decimals that a double would not keep: many digits, trailing zeros, tiny fee rates.
    static Position awkwardPosition()
    {
        Position position = samplePosition(0);
        position.symbol = QStringLiteral("ETH");
        position.quantity = dec("12.345");
        position.entry = LegPrices{dec("5123456.789"), dec("3512.34567891"), dec("1432.61")};
        position.koreaFeeRate = dec("0.000123456789");
        position.foreignFeeRate = dec("0.0002");
        position.openedAtMs = 1'795'600'420'456;
        position.note = QStringLiteral("헤지 #1, \"quoted\"\nsecond line");
        return position;
    }
};

class PositionStoreTest : public StorageTestCase
{
protected:
    std::unique_ptr<PositionStore> startStore(PositionBook *book)
    {
        auto store = std::make_unique<PositionStore>(location(), password(), book);
        QSignalSpy loaded(store.get(), &PositionStore::loaded);
        store->start();
        EXPECT_TRUE(loaded.wait(10'000));
        return store;
    }

    // Waits for the request and returns the position id it reports.
    qint64 finish(PositionStore *store, quint64 requestId)
    {
        QSignalSpy done(store, &PositionStore::requestDone);
        QSignalSpy failed(store, &PositionStore::requestFailed);
        EXPECT_TRUE(QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 10'000));
        EXPECT_TRUE(failed.isEmpty()) << (failed.isEmpty() ? std::string() : failed.at(0).at(1).value<StorageError>().describe().toStdString());
        if (done.isEmpty())
            return 0;
        EXPECT_EQ(done.at(0).at(0).toULongLong(), requestId);
        return done.at(0).at(1).toLongLong();
    }
};

} // namespace

TEST_P(PositionRepositoryTest, RoundTripIsExact)
{
    auto db = openDatabase();
    PositionRepository repository(*db);
    Position first = awkwardPosition();
    Position second = samplePosition(0);
    ASSERT_FALSE(repository.insert(&first).has_value());
    ASSERT_FALSE(repository.insert(&second).has_value());
    EXPECT_GT(first.id, 0);
    EXPECT_GT(second.id, first.id);

    QList<Position> loaded;
    ASSERT_FALSE(repository.loadAll(&loaded).has_value());
    ASSERT_EQ(loaded.size(), 2);
    EXPECT_EQ(loaded[0], first);
    EXPECT_EQ(loaded[1], second);
    // Exact text, not just equal values: 3512.34567891 stays that, 0.000123456789 too.
    EXPECT_EQ(loaded[0].entry.foreign.toString(), QStringLiteral("3512.34567891"));
    EXPECT_EQ(loaded[0].koreaFeeRate.toString(), QStringLiteral("0.000123456789"));
    EXPECT_EQ(loaded[0].note, first.note);
    EXPECT_EQ(loaded[0].koreanVenue, QStringLiteral("bithumb"));
    EXPECT_EQ(loaded[0].foreignVenue, QStringLiteral("binance"));
    EXPECT_TRUE(loaded[0].isOpen());

    // Closing records the exit once; a second close of the same position is refused.
    Position closed = first;
    closed.exit = LegPrices{dec("5200000.5"), dec("3499.99999999"), dec("1440.05")};
    closed.closedAtMs = first.openedAtMs + 86'400'000;
    ASSERT_FALSE(repository.close(closed).has_value());
    EXPECT_TRUE(repository.close(closed).has_value());
    std::optional<Position> reread;
    ASSERT_FALSE(repository.load(first.id, &reread).has_value());
    ASSERT_TRUE(reread.has_value());
    EXPECT_EQ(*reread, closed);
    EXPECT_EQ(reread->exit->foreign.toString(), QStringLiteral("3499.99999999"));

    ASSERT_FALSE(repository.setNote(second.id, QStringLiteral("edited")).has_value());
    ASSERT_FALSE(repository.remove(first.id).has_value());
    EXPECT_TRUE(repository.remove(first.id).has_value());  // already gone
    ASSERT_FALSE(repository.loadAll(&loaded).has_value());
    ASSERT_EQ(loaded.size(), 1);
    EXPECT_EQ(loaded[0].note, QStringLiteral("edited"));
    ASSERT_FALSE(repository.load(first.id, &reread).has_value());
    EXPECT_FALSE(reread.has_value());
}

TEST_P(PositionRepositoryTest, EveryCoinAndVenuePairIsKept)
{
    auto db = openDatabase();
    PositionRepository repository(*db);
    Position upbitOkx = samplePosition(0);
    upbitOkx.symbol = QStringLiteral("SHIB");
    upbitOkx.koreanVenue = QStringLiteral("upbit");
    upbitOkx.foreignVenue = QStringLiteral("okx");
    upbitOkx.quantity = dec("1000000");
    upbitOkx.entry = LegPrices { dec("0.01731"), dec("0.000012083"), dec("1432.6") };
    Position coinoneBybit = awkwardPosition();
    coinoneBybit.symbol = QStringLiteral("1000SATS");
    coinoneBybit.koreanVenue = QStringLiteral("coinone");
    coinoneBybit.foreignVenue = QStringLiteral("bybit");
    ASSERT_FALSE(repository.insert(&upbitOkx).has_value());
    ASSERT_FALSE(repository.insert(&coinoneBybit).has_value());
    Position closed = upbitOkx;
    closed.exit = LegPrices { dec("0.01729"), dec("0.000012101"), dec("1433.0") };
    closed.closedAtMs = upbitOkx.openedAtMs + 60'000;
    ASSERT_FALSE(repository.close(closed).has_value());

    // Read back through a new connection, as after a restart.
    db.reset();
    auto reopened = openDatabase();
    QList<Position> loaded;
    ASSERT_FALSE(PositionRepository(*reopened).loadAll(&loaded).has_value());
    ASSERT_EQ(loaded.size(), 2);
    EXPECT_EQ(loaded[0], closed);
    EXPECT_EQ(loaded[0].pair(), (VenuePair { QStringLiteral("upbit"), QStringLiteral("okx") }));
    EXPECT_EQ(loaded[1], coinoneBybit);
    EXPECT_EQ(loaded[1].pair(), (VenuePair { QStringLiteral("coinone"), QStringLiteral("bybit") }));
}

// Migration 8 from the schema before it: every row stays with its id and its venues (the ones
// rows from before venues existed got: bithumb and binance), ids are not reused, and a row without
// venues is refused from then on.
TEST_P(PositionRepositoryTest, MigrationEightKeepsEveryPosition)
{
    const int before = 7;
    qint64 deletedId = 0;
    {
        const auto db = openDatabase(false);
        ASSERT_FALSE(Migrator(*db, Migrations::all()).migrateTo(before).has_value());
        QSqlQuery query(db->connection());
        const QString columns
            = QStringLiteral("symbol, quantity, entry_korea_price, entry_foreign_price, entry_fx_rate, "
                             "korea_fee_rate, foreign_fee_rate, opened_at, note");
        ASSERT_TRUE(
            query.exec(QStringLiteral("INSERT INTO position (%1) VALUES ('BTC', '0.010', '129560000', '89277.0', "
                                      "'1432.6', '0.0004', '0.0005', 1764000000000, 'from the seed')")
                           .arg(columns)));
        ASSERT_TRUE(query.exec(
            QStringLiteral("INSERT INTO position (%1, korea_venue, foreign_venue, exit_korea_price, "
                           "exit_foreign_price, exit_fx_rate, closed_at) VALUES ('ETH', '1.5', '5123456.789', "
                           "'3512.34567891', '1432.61', '0.0004', '0.0002', 1764000000001, NULL, 'upbit', "
                           "'okx', '5200000.5', '3499.99999999', '1440.05', 1764000100000)")
                .arg(columns)));
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO position (%1) VALUES ('XRP', '10', '3000', '2.1', '1432.6', "
                                              "'0.0004', '0.0005', 1764000000002, 'deleted')")
                                   .arg(columns)));
        deletedId = query.lastInsertId().toLongLong();
        ASSERT_TRUE(query.exec(QStringLiteral("DELETE FROM position WHERE symbol = 'XRP'")));
    }
    const auto db = openDatabase();
    PositionRepository repository(*db);
    QList<Position> loaded;
    ASSERT_FALSE(repository.loadAll(&loaded).has_value());
    ASSERT_EQ(loaded.size(), 2);
    EXPECT_EQ(loaded[0].id, 1);
    EXPECT_EQ(loaded[0].symbol, QStringLiteral("BTC"));
    EXPECT_EQ(loaded[0].pair(), VenuePair {});
    EXPECT_EQ(loaded[0].quantity.toString(), QStringLiteral("0.010"));
    EXPECT_EQ(loaded[0].note, QStringLiteral("from the seed"));
    EXPECT_TRUE(loaded[0].isOpen());
    EXPECT_EQ(loaded[1].id, 2);
    EXPECT_EQ(loaded[1].pair(), (VenuePair { QStringLiteral("upbit"), QStringLiteral("okx") }));
    EXPECT_EQ(loaded[1].entry.foreign.toString(), QStringLiteral("3512.34567891"));
    ASSERT_FALSE(loaded[1].isOpen());
    EXPECT_EQ(loaded[1].exit->foreign.toString(), QStringLiteral("3499.99999999"));
    EXPECT_EQ(loaded[1].closedAtMs, 1764000100000);
    EXPECT_TRUE(loaded[1].note.isEmpty());

    Position next = samplePosition(0);
    ASSERT_FALSE(repository.insert(&next).has_value());
    EXPECT_GT(next.id, deletedId);
    QSqlQuery query(db->connection());
    EXPECT_FALSE(
        query.exec(QStringLiteral("INSERT INTO position (symbol, quantity, entry_korea_price, entry_foreign_price, "
                                  "entry_fx_rate, korea_fee_rate, foreign_fee_rate, opened_at) VALUES ('BTC', '1', "
                                  "'1', '1', '1', '0', '0', 1)")));
}

TEST_P(PositionRepositoryTest, FundingSettlementsAreKeptOnce)
{
    auto db = openDatabase();
    PositionRepository repository(*db);
    const FundingEvent event{QStringLiteral("binance"), QStringLiteral("BTC"), 1'795'622'400'000, dec("-0.00012345"), dec("89279.43104562")};
    ASSERT_FALSE(repository.recordFunding(event).has_value());
    ASSERT_FALSE(repository.recordFunding(event).has_value());
    ASSERT_FALSE(repository.recordFunding(FundingEvent{QStringLiteral("binance"), QStringLiteral("ETH"), event.fundingTimeMs,
                                                       dec("0.0001"), dec("3000")}).has_value());
    QList<FundingEvent> loaded;
    ASSERT_FALSE(repository.loadFunding(&loaded).has_value());
    ASSERT_EQ(loaded.size(), 2);
    EXPECT_EQ(loaded[0].rate.toString(), QStringLiteral("-0.00012345"));
    EXPECT_EQ(loaded[0].markPrice.toString(), QStringLiteral("89279.43104562"));
    EXPECT_EQ(loaded[0].fundingTimeMs, event.fundingTimeMs);
}

TEST_P(PositionRepositoryTest, AValueThatIsNotADecimalIsReportedNotGuessed)
{
    auto db = openDatabase();
    PositionRepository repository(*db);
    Position position = samplePosition(0);
    ASSERT_FALSE(repository.insert(&position).has_value());
    QSqlQuery query(db->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("UPDATE position SET quantity = 'lots'")));
    QList<Position> loaded;
    const auto error = repository.loadAll(&loaded);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind, StorageError::Kind::Corrupt);
}

TEST_P(PositionStoreTest, BookSurvivesARestartExactly)
{
    QList<Position> before;
    PositionValuation closedBefore;
    {
        PositionBook book;
        auto store = startStore(&book);
        EXPECT_TRUE(book.positions().isEmpty());

        Position open = samplePosition(0);
        open.note = QStringLiteral("stays open");
        const qint64 openId = finish(store.get(), store->open(open));
        const qint64 closingId = finish(store.get(), store->open(samplePosition(0)));
        const qint64 deletedId = finish(store.get(), store->open(samplePosition(0)));
        ASSERT_EQ(book.positions().size(), 3);
        EXPECT_EQ(book.openCount(), 3);

        Position closing = *book.position(closingId);
        closing.exit = LegPrices{dec("129000000"), dec("88900.5"), dec("1450.25")};
        closing.closedAtMs = 5'000'000;
        finish(store.get(), store->close(closing));
        finish(store.get(), store->setNote(openId, QStringLiteral("edited")));
        finish(store.get(), store->remove(deletedId));

        store->recordFunding(FundingEvent{QStringLiteral("binance"), QStringLiteral("BTC"), 2'000'000, dec("0.0001"), dec("89279.43104562")});
        store->recordFunding(FundingEvent{QStringLiteral("binance"), QStringLiteral("BTC"), 3'000'000, dec("-0.00005"), dec("89000")});
        ASSERT_TRUE(QTest::qWaitFor([&] { return book.fundingEvents().size() == 2; }, 10'000));

        EXPECT_EQ(book.openCount(), 1);
        EXPECT_EQ(book.position(openId)->note, QStringLiteral("edited"));
        EXPECT_FALSE(book.position(deletedId).has_value());
        before = book.positions();
        closedBefore = book.valuation(closingId);
        // The second hand-computed case: the funding and FX move of pnlcalculator_test.
        ASSERT_TRUE(closedBefore.pnl.has_value());
        EXPECT_EQ(closedBefore.pnl->net.toString(), QStringLiteral("-2401.1169"));
    }

    PositionBook book;
    QSignalSpy counts(&book, &PositionBook::openCountChanged);
    auto store = startStore(&book);
    ASSERT_EQ(book.positions().size(), before.size());
    for (const Position &position : before)
        EXPECT_EQ(book.position(position.id), position);
    EXPECT_EQ(counts.size(), 1);
    EXPECT_EQ(book.openCount(), 1);
    const PositionValuation closedAfter = book.valuation(before.at(1).id);
    ASSERT_TRUE(closedAfter.pnl.has_value());
    EXPECT_EQ(closedAfter.pnl->net.toString(), closedBefore.pnl->net.toString());
    EXPECT_EQ(closedAfter.fundingUsdt.toString(), QStringLiteral("0.04477943"));
}

TEST_P(PositionStoreTest, FailuresAreReportedAndChangeNothing)
{
    PositionBook book;
    auto store = startStore(&book);
    QSignalSpy failed(store.get(), &PositionStore::requestFailed);
    const quint64 request = store->remove(12345);
    ASSERT_TRUE(failed.wait(10'000));
    EXPECT_EQ(failed.at(0).at(0).toULongLong(), request);

    Position ghost = samplePosition(777);
    ghost.exit = LegPrices{dec("1"), dec("1"), dec("1")};
    store->close(ghost);
    ASSERT_TRUE(failed.wait(10'000));
    store->setNote(777, QStringLiteral("nobody"));
    ASSERT_TRUE(failed.wait(10'000));
    EXPECT_TRUE(book.positions().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, PositionRepositoryTest, ::testing::ValuesIn(StorageTestCase::backends()),
                         StorageTestCase::backendName);
INSTANTIATE_TEST_SUITE_P(Backends, PositionStoreTest, ::testing::ValuesIn(StorageTestCase::backends()),
                         StorageTestCase::backendName);
