#include "positionsortproxy.h"
#include "positiontablemodel.h"
#include "positiontext.h"
#include "positionwidgetstestdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <set>

using namespace PositionWidgetsTest;
using Model = PositionTableModel;

namespace {

class PositionTableModelTest : public ::testing::Test
{
protected:
    PositionTableModelTest()
    {
        book.setClock([this] { return now; });
    }

    QString text(int row, int column) const { return model.index(row, column).data().toString(); }
    QString exact(int row, int column) const { return model.index(row, column).data(Model::ExactValueRole).toString(); }

    qint64 now = 5'000'000;
    PositionBook book;
    Model model{&book};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

// Every cell a batch of dataChanged signals covered, as (row, column).
std::set<std::pair<int, int>> cellsOf(const QSignalSpy &spy)
{
    std::set<std::pair<int, int>> cells;
    for (const QList<QVariant> &arguments : spy) {
        const QModelIndex from = arguments.at(0).toModelIndex();
        const QModelIndex to = arguments.at(1).toModelIndex();
        for (int row = from.row(); row <= to.row(); ++row) {
            for (int column = from.column(); column <= to.column(); ++column)
                cells.insert({row, column});
        }
    }
    return cells;
}

} // namespace

TEST_F(PositionTableModelTest, ShowsEveryColumnAndATotalsRow)
{
    book.setPositions({openPosition(1), closedPosition(2)});
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.columnCount(), Model::ColumnCount);
    EXPECT_EQ(model.totalsRow(), 2);

    EXPECT_EQ(text(1, Model::SymbolColumn), QStringLiteral("BTC"));
    EXPECT_EQ(text(1, Model::PairColumn), PositionText::pairText(VenuePair {}));
    EXPECT_EQ(exact(1, Model::PairColumn), QStringLiteral("bithumb:binance"));
    EXPECT_EQ(model.headerData(Model::SymbolColumn, Qt::Horizontal).toString(), QStringLiteral("Coin"));
    EXPECT_EQ(model.headerData(Model::PairColumn, Qt::Horizontal).toString(), QStringLiteral("Venues"));
    // A venue the directory does not list (any more) is named by its id.
    EXPECT_EQ(PositionText::pairText(VenuePair { QStringLiteral("gone"), QStringLiteral("away") }),
              QStringLiteral("gone / away"));

    // The closed one is valued at its exit: the first hand-computed case.
    EXPECT_EQ(text(1, Model::StatusColumn), QStringLiteral("Closed"));
    EXPECT_EQ(text(1, Model::QuantityColumn), QStringLiteral("0.01"));
    EXPECT_EQ(text(1, Model::EntryPremiumColumn), QStringLiteral("+1.28 %"));
    EXPECT_EQ(text(1, Model::ExitPremiumColumn), QStringLiteral("+1.37 %"));
    EXPECT_EQ(text(1, Model::KoreaLegColumn), QStringLiteral("+3,362"));
    EXPECT_EQ(exact(1, Model::KoreaLegColumn), QStringLiteral("3361.76"));
    EXPECT_EQ(text(1, Model::ForeignLegUsdtColumn), QStringLiteral("-3.12"));
    EXPECT_EQ(exact(1, Model::ForeignLegUsdtColumn), QStringLiteral("-3.123885"));
    EXPECT_EQ(text(1, Model::ForeignLegKrwColumn), QStringLiteral("-4,475"));
    EXPECT_EQ(text(1, Model::FeesColumn), QStringLiteral("2,319"));
    EXPECT_EQ(exact(1, Model::NetColumn), QStringLiteral("-1113.5177"));
    EXPECT_EQ(exact(1, Model::PremiumPartColumn), QStringLiteral("1205.302"));
    EXPECT_EQ(exact(1, Model::FxPartColumn), QStringLiteral("0"));
    EXPECT_EQ(exact(1, Model::FeesPartColumn), QStringLiteral("-2318.8197"));
    EXPECT_EQ(text(1, Model::AgeColumn), QStringLiteral("50 min"));  // held from 1,000 s to 4,000 s

    // The open one has no live prices yet: its PnL is unknown, not zero.
    EXPECT_EQ(text(0, Model::StatusColumn), QStringLiteral("Open"));
    EXPECT_TRUE(text(0, Model::NetColumn).isEmpty());
    EXPECT_EQ(text(0, Model::AgeColumn), QStringLiteral("1 h 6 min"));
    EXPECT_FALSE(model.index(0, Model::NetColumn).data(Model::ExactValueRole).isValid());

    // Totals: unknown while a row is unknown, quantities of one coin add up.
    EXPECT_EQ(text(2, Model::SymbolColumn), QStringLiteral("Total"));
    EXPECT_TRUE(model.index(2, 0).data(Model::IsTotalsRole).toBool());
    EXPECT_EQ(exact(2, Model::QuantityColumn), QStringLiteral("0.02"));
    EXPECT_TRUE(text(2, Model::NetColumn).isEmpty());

    book.setDepth(depth("130000000", "130010000", "89499.9", "89500.0"));
    EXPECT_EQ(exact(0, Model::NetColumn), QStringLiteral("-1113.5177"));
    EXPECT_EQ(exact(2, Model::NetColumn), QStringLiteral("-2227.0354"));
    EXPECT_EQ(exact(2, Model::FeesColumn), QStringLiteral("4637.6394"));
    EXPECT_EQ(text(2, Model::NetColumn), QStringLiteral("-2,227"));
    EXPECT_TRUE(text(2, Model::EntryPremiumColumn).isEmpty());  // premiums do not add up
}

TEST_F(PositionTableModelTest, ATickChangesOnlyTheCellsWhoseValueMoved)
{
    book.setPositions({openPosition(1), closedPosition(2)});
    book.setDepth(fixtureDepth());
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    // Only the Korean bid moves: the Korean leg, its fee, the net and its split move with it.
    book.setDepth(depth("129600000", "129610000", "89277.0", "89277.1"));
    const auto cells = cellsOf(changes);
    ASSERT_FALSE(cells.empty());
    for (const auto &[row, column] : cells) {
        EXPECT_NE(row, 1) << "the closed position was repainted, column " << column;
        EXPECT_NE(column, Model::ForeignLegUsdtColumn);
        EXPECT_NE(column, Model::ForeignLegKrwColumn);
        EXPECT_NE(column, Model::FundingColumn);
        EXPECT_NE(column, Model::EntryPremiumColumn);
        EXPECT_NE(column, Model::NoteColumn);
        EXPECT_NE(column, Model::AgeColumn);
    }
    EXPECT_TRUE(cells.count({0, Model::KoreaLegColumn}));
    EXPECT_TRUE(cells.count({0, Model::NetColumn}));
    EXPECT_TRUE(cells.count({0, Model::ExitPremiumColumn}));
    EXPECT_TRUE(cells.count({2, Model::NetColumn}));  // the total follows

    // The same prices again: nothing to repaint.
    changes.clear();
    book.setDepth(depth("129600000", "129610000", "89277.0", "89277.1"));
    EXPECT_TRUE(changes.isEmpty());

    // Time alone moves the age, once it shows a new value.
    now += 60'000;
    book.setDepth(depth("129600000", "129610000", "89277.0", "89277.1"));
    const auto aged = cellsOf(changes);
    EXPECT_EQ(aged, (std::set<std::pair<int, int>>{{0, Model::AgeColumn}}));
}

TEST_F(PositionTableModelTest, FollowsTheBookAndTheFilter)
{
    book.setPositions({openPosition(1), closedPosition(2)});
    model.setFilter(Model::Filter::Open);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.positionIdAt(0), 1);

    book.upsert(openPosition(3));
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.positionIdAt(1), 3);
    EXPECT_EQ(model.totalsRow(), 2);

    // Closing a position takes it out of the open view and into the closed one.
    book.upsert(closedPosition(1));
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.rowOf(1), -1);
    model.setFilter(Model::Filter::Closed);
    EXPECT_EQ(model.positionIds(), (QList<qint64>{1, 2}));

    book.remove(2);
    EXPECT_EQ(model.positionIds(), (QList<qint64>{1}));
    model.setFilter(Model::Filter::All);
    EXPECT_EQ(model.positionIds(), (QList<qint64>{1, 3}));
    book.setPositions({});
    EXPECT_EQ(model.rowCount(), 1);  // the totals row only
    EXPECT_TRUE(text(0, Model::NetColumn).isEmpty());
}

TEST_F(PositionTableModelTest, OnlyTheNoteIsEditableAndEditingAsksTheStore)
{
    book.setPositions({openPosition(1)});
    EXPECT_TRUE(model.flags(model.index(0, Model::NoteColumn)) & Qt::ItemIsEditable);
    EXPECT_FALSE(model.flags(model.index(0, Model::NetColumn)) & Qt::ItemIsEditable);
    EXPECT_FALSE(model.flags(model.index(1, Model::NoteColumn)) & Qt::ItemIsEditable);  // totals

    QSignalSpy requests(&model, &Model::noteEditRequested);
    EXPECT_TRUE(model.setData(model.index(0, Model::NoteColumn), QStringLiteral("hedged at the top")));
    ASSERT_EQ(requests.size(), 1);
    EXPECT_EQ(requests.at(0).at(0).toLongLong(), 1);
    EXPECT_EQ(requests.at(0).at(1).toString(), QStringLiteral("hedged at the top"));
    EXPECT_FALSE(model.setData(model.index(0, Model::NetColumn), QStringLiteral("1")));
    EXPECT_FALSE(model.setData(model.index(1, Model::NoteColumn), QStringLiteral("x")));

    // The cell shows the note once the book has it (after the database).
    Position noted = openPosition(1);
    noted.note = QStringLiteral("hedged at the top");
    book.upsert(noted);
    EXPECT_EQ(text(0, Model::NoteColumn), QStringLiteral("hedged at the top"));
}

TEST_F(PositionTableModelTest, SortsExactlyWithTheTotalsLast)
{
    // Nets of −1,113.5177 (closed), and open ones at prices that make them larger and smaller.
    book.setPositions({closedPosition(1), openPosition(2), openPosition(3)});
    Position bigger = openPosition(3);
    bigger.quantity = dec("0.1");
    book.upsert(bigger);
    book.setDepth(depth("131000000", "131010000", "89000.0", "89000.1"));

    PositionSortProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto order = [&] {
        QList<qint64> ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids.append(proxy.index(row, 0).data(Model::PositionIdRole).toLongLong());
        return ids;
    };
    proxy.sort(Model::NetColumn, Qt::AscendingOrder);
    EXPECT_EQ(order(), (QList<qint64>{1, 2, 3, 0}));
    proxy.sort(Model::NetColumn, Qt::DescendingOrder);
    EXPECT_EQ(order(), (QList<qint64>{3, 2, 1, 0}));
    proxy.sort(Model::QuantityColumn, Qt::DescendingOrder);
    EXPECT_EQ(order().constFirst(), 3);
    EXPECT_EQ(order().constLast(), 0);
    proxy.sort(Model::SymbolColumn, Qt::AscendingOrder);
    EXPECT_EQ(order().constLast(), 0);
}
