#include "positionclosedialog.h"
#include "positionentrydialog.h"
#include "positionpanel.h"
#include "positiontext.h"
#include "positionwidgetstestdata.h"

#include "positions/positionstore.h"
#include "settings/appsettings.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace PositionWidgetsTest;

// The panel with a real store on a real SQLite file: what the user does, down to the database.
namespace {

class PositionPanelTest : public ::testing::Test
{
protected:
    PositionPanelTest()
        : settings(dir.filePath(QStringLiteral("settings.ini")))
        , store(DatabaseLocation::sqlite(dir.filePath(QStringLiteral("positions.sqlite"))), QString(), &book)
        , panel(&book, &settings)
    {
        panel.setStore(&store);
        panel.setVenues(venues());
        QSignalSpy loaded(&store, &PositionStore::loaded);
        store.start();
        EXPECT_TRUE(loaded.wait(10'000));
        book.setDepth(fixtureDepth());
    }

    // Opens a position through the form, as typed, and waits until the table shows it.
    qint64 openThroughForm(const char *quantity)
    {
        PositionEntryDialog *dialog = panel.newPosition();
        EXPECT_NE(dialog, nullptr);
        dialog->findChild<QLineEdit *>(QStringLiteral("quantity"))->setText(QString::fromLatin1(quantity));
        const int before = static_cast<int>(book.positions().size());
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        EXPECT_TRUE(QTest::qWaitFor([&] { return book.positions().size() == before + 1; }, 10'000));
        return book.positions().isEmpty() ? 0 : book.positions().constLast().id;
    }

    QTemporaryDir dir;
    AppSettings settings;
    PositionBook book;
    PositionStore store;
    PositionPanel panel;
};

} // namespace

TEST_F(PositionPanelTest, ShowsWhatOpeningAndClosingCostNow)
{
    const QString text = panel.findChild<QLabel *>(QStringLiteral("livePremiums"))->text();
    EXPECT_TRUE(text.contains(QStringLiteral("+1.28 %"))) << text.toStdString();  // entry: Korean ask vs perp bid
    EXPECT_TRUE(text.contains(QStringLiteral("+1.27 %"))) << text.toStdString();  // exit: Korean bid vs perp ask
}

TEST_F(PositionPanelTest, OpenCloseAndDeleteReachTheDatabase)
{
    EXPECT_TRUE(panel.newAction()->isEnabled());
    EXPECT_EQ(panel.newAction()->shortcut(), QKeySequence(QKeySequence::New));
    const qint64 id = openThroughForm("0.01");
    ASSERT_GT(id, 0);
    const Position stored = *book.position(id);
    EXPECT_EQ(stored.entry.korea.toString(), QStringLiteral("129560000"));  // prefilled with the live ask
    EXPECT_EQ(stored.entry.foreign.toString(), QStringLiteral("89277"));
    EXPECT_EQ(stored.koreaFeeRate, FeeRates::standard().korea);             // the settings' default
    EXPECT_EQ(panel.model()->rowCount(), 2);

    // Close: select it, prices prefilled from the live exit prices.
    panel.selectPosition(id);
    EXPECT_TRUE(panel.closeAction()->isEnabled());
    PositionCloseDialog *close = panel.closeSelected();
    ASSERT_NE(close, nullptr);
    EXPECT_EQ(close->findChild<QLineEdit *>(QStringLiteral("korea-price"))->text(), QStringLiteral("129550000"));
    EXPECT_EQ(close->findChild<QLineEdit *>(QStringLiteral("foreign-price"))->text(), QStringLiteral("89277.1"));
    close->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !book.position(id)->isOpen(); }, 10'000));
    EXPECT_FALSE(panel.closeAction()->isEnabled());
    EXPECT_EQ(book.position(id)->exit->korea.toString(), QStringLiteral("129550000"));

    // Delete asks first; Cancel keeps it.
    QMessageBox *ask = panel.deleteSelected();
    ASSERT_NE(ask, nullptr);
    EXPECT_TRUE(ask->text().contains(QString::number(id)));
    ask->button(QMessageBox::Cancel)->click();
    // The worker runs requests in order: a note written after the answer finds the position
    // there only if Cancel sent no delete.
    QSignalSpy done(&store, &PositionStore::requestDone);
    store.setNote(id, QStringLiteral("kept"));
    ASSERT_TRUE(done.wait(10'000));
    EXPECT_EQ(book.position(id)->note, QStringLiteral("kept"));
    ask = panel.deleteSelected();
    ask->button(QMessageBox::Yes)->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !book.position(id).has_value(); }, 10'000));
    EXPECT_EQ(panel.model()->rowCount(), 1);

    // What the database holds is what a restart shows.
    PositionBook restarted;
    PositionStore again(store.location(), QString(), &restarted);
    QSignalSpy loaded(&again, &PositionStore::loaded);
    again.start();
    ASSERT_TRUE(loaded.wait(10'000));
    EXPECT_TRUE(restarted.positions().isEmpty());
}

TEST_F(PositionPanelTest, TheFormTakesTheSelectedCoinAndPair)
{
    const VenuePair upbitOkx { QStringLiteral("upbit"), QStringLiteral("okx") };
    CoinPremium shib;
    shib.coin = QStringLiteral("SHIB");
    shib.pair = upbitOkx;
    shib.koreaBid = dec("0.0178");
    shib.koreaAsk = dec("0.0179");
    shib.foreignBid = dec("0.0000125");
    shib.foreignAsk = dec("0.0000126");
    shib.fx = dec("1400");
    book.updateMarket({ shib });
    panel.setCoins({ QStringLiteral("BTC"), QStringLiteral("SHIB") });
    panel.setSymbol(QStringLiteral("shib"));
    panel.setPair(upbitOkx);
    const QString header = panel.findChild<QLabel *>(QStringLiteral("livePremiums"))->text();
    EXPECT_TRUE(header.startsWith(QStringLiteral("SHIB now: opening costs"))) << header.toStdString();

    PositionEntryDialog *dialog = panel.newPosition();
    ASSERT_NE(dialog, nullptr);
    const auto field = [&](const char *name) {
        return dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
    };
    EXPECT_EQ(field("symbol")->text(), QStringLiteral("SHIB"));
    EXPECT_EQ(field("symbol")->completer()->model()->rowCount(), 2);
    EXPECT_EQ(dialog->findChild<QComboBox *>(QStringLiteral("korea-venue"))->currentData().toString(),
              QStringLiteral("upbit"));
    EXPECT_EQ(dialog->findChild<QComboBox *>(QStringLiteral("foreign-venue"))->currentData().toString(),
              QStringLiteral("okx"));
    EXPECT_EQ(field("korea-price")->text(), QStringLiteral("0.0179")); // Korean ask
    EXPECT_EQ(field("foreign-price")->text(), QStringLiteral("0.0000125")); // perp bid
    EXPECT_EQ(field("fx")->text(), QStringLiteral("1400"));
    field("quantity")->setText(QStringLiteral("1000000"));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return book.positions().size() == 1; }, 10'000));
    const Position stored = book.positions().constFirst();
    EXPECT_EQ(stored.symbol, QStringLiteral("SHIB"));
    EXPECT_EQ(stored.pair(), upbitOkx);

    // The table names the coin and the pair; the position is valued at SHIB's own premium.
    const int row = panel.model()->rowOf(stored.id);
    EXPECT_EQ(panel.model()->index(row, PositionTableModel::SymbolColumn).data().toString(), QStringLiteral("SHIB"));
    EXPECT_EQ(panel.model()->index(row, PositionTableModel::PairColumn).data().toString(),
              PositionText::pairText(upbitOkx));
    EXPECT_FALSE(panel.model()->index(row, PositionTableModel::NetColumn).data().toString().isEmpty());

    panel.selectPosition(stored.id);
    PositionCloseDialog *close = panel.closeSelected();
    ASSERT_NE(close, nullptr);
    EXPECT_EQ(close->findChild<QLineEdit *>(QStringLiteral("korea-price"))->text(),
              QStringLiteral("0.0178")); // Korean bid
    EXPECT_EQ(close->findChild<QLineEdit *>(QStringLiteral("foreign-price"))->text(),
              QStringLiteral("0.0000126")); // perp ask
    close->reject();
}

TEST_F(PositionPanelTest, EditingTheNoteStoresIt)
{
    const qint64 id = openThroughForm("0.02");
    const QModelIndex note = panel.model()->index(panel.model()->rowOf(id), PositionTableModel::NoteColumn);
    EXPECT_TRUE(panel.model()->setData(note, QStringLiteral("rolled from #1")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return book.position(id)->note == QStringLiteral("rolled from #1"); }, 10'000));
    EXPECT_EQ(note.data().toString(), QStringLiteral("rolled from #1"));
}

TEST_F(PositionPanelTest, FilterAndExport)
{
    const qint64 first = openThroughForm("0.01");
    openThroughForm("0.03");
    Position closed = *book.position(first);
    closed.exit = LegPrices{dec("130000000"), dec("89500.0"), dec("1432.6")};
    closed.closedAtMs = closed.openedAtMs;
    QSignalSpy done(&store, &PositionStore::requestDone);
    store.close(closed);
    ASSERT_TRUE(done.wait(10'000));

    auto *filter = panel.findChild<QComboBox *>(QStringLiteral("filter"));
    filter->setCurrentIndex(filter->findData(static_cast<int>(PositionTableModel::Filter::Open)));
    EXPECT_EQ(panel.model()->rowCount(), 2);
    const QString path = dir.filePath(QStringLiteral("open.csv"));
    QString error;
    ASSERT_TRUE(panel.exportCsv(path, &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    ASSERT_EQ(lines.size(), 2);  // header and the open one
    EXPECT_TRUE(lines[0].startsWith("id,symbol,status,quantity"));
    EXPECT_TRUE(lines[1].contains(",open,0.03,")) << lines[1].constData();

    filter->setCurrentIndex(filter->findData(static_cast<int>(PositionTableModel::Filter::Closed)));
    EXPECT_EQ(panel.model()->positionIds(), (QList<qint64>{first}));
    EXPECT_FALSE(panel.exportCsv(dir.filePath(QStringLiteral("no/such/dir/x.csv")), &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(PositionPanel, AStoreThatCannotWriteSaysSo)
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    PositionBook book;
    PositionStore store(DatabaseLocation::sqlite(dir.filePath(QStringLiteral("file/positions.sqlite"))), QString(), &book,
                        nullptr, 60'000);
    PositionPanel panel(&book, &settings);
    panel.setStore(&store);
    QSignalSpy failed(&store, &PositionStore::loadFailed);
    store.start();
    ASSERT_TRUE(failed.wait(10'000));
    auto *status = panel.findChild<QLabel *>(QStringLiteral("storageStatus"));
    EXPECT_FALSE(status->isHidden());
    EXPECT_TRUE(status->text().contains(QStringLiteral("cannot be opened"))) << status->text().toStdString();
    EXPECT_FALSE(status->toolTip().isEmpty());
}

TEST(PositionPanel, WithoutAStoreNothingCanBeChanged)
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    PositionBook book;
    book.setPositions({openPosition(1)});
    PositionPanel panel(&book, &settings);
    panel.selectPosition(1);
    EXPECT_FALSE(panel.newAction()->isEnabled());
    EXPECT_FALSE(panel.closeAction()->isEnabled());
    EXPECT_EQ(panel.newPosition(), nullptr);
    EXPECT_EQ(panel.closeSelected(), nullptr);
    EXPECT_EQ(panel.deleteSelected(), nullptr);
}
