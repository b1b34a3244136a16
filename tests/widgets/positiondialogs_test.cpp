#include "positionclosedialog.h"
#include "positionentrydialog.h"
#include "positionwidgetstestdata.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace PositionWidgetsTest;

namespace {

// 2026-11-25T10:33:40Z
constexpr qint64 kNow = 1'795'632'820'000;

template<typename T>
T *child(const QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

QLineEdit *edit(const QWidget &dialog, const char *field)
{
    return child<QLineEdit>(dialog, field);
}

QLabel *error(const QWidget &dialog, const char *field)
{
    return child<QLabel>(dialog, (std::string("error_") + field).c_str());
}

QPushButton *ok(const QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

// Types into a field as a user would: select all, then the keys.
void type(QLineEdit *field, const QString &text)
{
    field->selectAll();
    if (text.isEmpty())
        QTest::keyClick(field, Qt::Key_Backspace);
    else
        QTest::keyClicks(field, text);
}

class PositionEntryDialogTest : public ::testing::Test
{
protected:
    PositionEntryDialogTest()
    {
        dialog.setClock([] { return kNow; });
        dialog.setVenues(venues());
        dialog.setLivePrices(fixtureDepth().entryPrices());
    }

    PositionEntryDialog dialog{QStringLiteral("btc"), FeeRates{dec("0.0004"), dec("0.0005")}};
};

} // namespace

TEST_F(PositionEntryDialogTest, PrefilledFromTheLiveEntryPricesAndTheDefaultFees)
{
    EXPECT_EQ(edit(dialog, "symbol")->text(), QStringLiteral("BTC"));
    EXPECT_EQ(child<QComboBox>(dialog, "korea-venue")->currentData().toString(), QStringLiteral("bithumb"));
    EXPECT_EQ(child<QComboBox>(dialog, "foreign-venue")->currentData().toString(), QStringLiteral("binance"));
    EXPECT_EQ(edit(dialog, "korea-price")->text(), QStringLiteral("129560000"));  // Korean ask
    EXPECT_EQ(edit(dialog, "foreign-price")->text(), QStringLiteral("89277"));    // perp bid
    EXPECT_EQ(edit(dialog, "fx")->text(), QStringLiteral("1432.6"));
    EXPECT_EQ(edit(dialog, "korea-fee")->text(), QStringLiteral("0.0004"));
    EXPECT_EQ(edit(dialog, "foreign-fee")->text(), QStringLiteral("0.0005"));
    EXPECT_EQ(child<QDateTimeEdit>(dialog, "opened-at")->dateTime().toMSecsSinceEpoch(), kNow);

    // Only the quantity is missing: it says so, and nothing can be saved yet.
    EXPECT_FALSE(ok(dialog)->isEnabled());
    EXPECT_FALSE(error(dialog, "quantity")->isHidden());
    EXPECT_EQ(error(dialog, "quantity")->text(), QStringLiteral("Required."));
    EXPECT_TRUE(error(dialog, "korea-price")->isHidden());

    type(edit(dialog, "quantity"), QStringLiteral("0.01"));
    EXPECT_TRUE(ok(dialog)->isEnabled());
    EXPECT_TRUE(error(dialog, "quantity")->isHidden());
    type(edit(dialog, "note"), QStringLiteral("first"));
    const auto position = dialog.position();
    ASSERT_TRUE(position.has_value());
    EXPECT_EQ(position->quantity.toString(), QStringLiteral("0.01"));
    EXPECT_EQ(position->entry.korea.toString(), QStringLiteral("129560000"));
    EXPECT_EQ(position->openedAtMs, kNow);
    EXPECT_EQ(position->note, QStringLiteral("first"));

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    ok(dialog)->click();
    EXPECT_EQ(accepted.size(), 1);
}

TEST_F(PositionEntryDialogTest, EveryFieldShowsItsReasonAndBlocksSaving)
{
    type(edit(dialog, "quantity"), QStringLiteral("0.01"));
    ASSERT_TRUE(ok(dialog)->isEnabled());
    struct Case
    {
        const char *field;
        const char *text;
        const char *reason;
    };
    const Case cases[] = {
        {"quantity", "0.0015", "Must be a multiple of 0.001 (the perpetual's quantity step)."},
        {"quantity", "0", "Must be greater than zero."},
        {"quantity", "abc", "Not a number."},
        {"quantity", "5000", "Must be at most 1000."},
        {"korea-price", "", "Required."},
        {"korea-price", "-1", "Must be greater than zero."},
        {"korea-price", "99999999999", "Must be at most 10000000000."},
        {"foreign-price", "8927.7", "These prices give a premium of 912.99 %: check the prices and the FX."},
        {"fx", "14326", "Must be at most 5000."},
        {"fx", "100", "Must be at least 500."},
        {"korea-fee", "", "Required."},
        {"korea-fee", "0.5", "Must be at most 0.01."},
        {"foreign-fee", "-0.0005", "Must not be negative."},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(std::string(c.field) + " = " + c.text);
        QLineEdit *field = edit(dialog, c.field);
        const QString before = field->text();
        type(field, QString::fromLatin1(c.text));
        EXPECT_FALSE(ok(dialog)->isEnabled());
        EXPECT_FALSE(dialog.position().has_value());
        EXPECT_FALSE(error(dialog, c.field)->isHidden());
        EXPECT_EQ(error(dialog, c.field)->text(), QString::fromUtf8(c.reason));
        type(field, before);
        EXPECT_TRUE(ok(dialog)->isEnabled());
        EXPECT_TRUE(error(dialog, c.field)->isHidden());
    }

    type(edit(dialog, "symbol"), QString());
    EXPECT_EQ(error(dialog, "symbol")->text(), QStringLiteral("Required."));
    EXPECT_FALSE(ok(dialog)->isEnabled());
    edit(dialog, "symbol")->setText(QStringLiteral("BTC-USDT")); // pasted past the field's filter
    EXPECT_EQ(error(dialog, "symbol")->text(),
              QStringLiteral("Not a coin code: up to 16 letters and digits, e.g. BTC."));
    EXPECT_FALSE(ok(dialog)->isEnabled());
    type(edit(dialog, "symbol"), QStringLiteral("BTC"));
    EXPECT_TRUE(ok(dialog)->isEnabled());

    child<QDateTimeEdit>(dialog, "opened-at")->setDateTime(QDateTime::fromMSecsSinceEpoch(kNow + 3'600'000));
    EXPECT_EQ(error(dialog, "opened-at")->text(), QStringLiteral("Must not be in the future."));
    EXPECT_FALSE(ok(dialog)->isEnabled());
    child<QDateTimeEdit>(dialog, "opened-at")->setDateTime(QDateTime::fromMSecsSinceEpoch(kNow - 3'600'000));
    EXPECT_TRUE(ok(dialog)->isEnabled());

    edit(dialog, "note")->setText(QString(1001, u'n'));
    EXPECT_EQ(error(dialog, "note")->text(), QStringLiteral("At most 1000 characters."));
    EXPECT_FALSE(ok(dialog)->isEnabled());

    // Several at once: each beside its own field.
    type(edit(dialog, "quantity"), QString());
    type(edit(dialog, "fx"), QStringLiteral("x"));
    EXPECT_FALSE(error(dialog, "quantity")->isHidden());
    EXPECT_FALSE(error(dialog, "fx")->isHidden());
    EXPECT_FALSE(error(dialog, "note")->isHidden());
    EXPECT_EQ(dialog.issues().size(), 3);

    // OK is not a way around it.
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QMetaObject::invokeMethod(dialog.findChild<QDialogButtonBox *>(), "accepted");
    EXPECT_TRUE(accepted.isEmpty());
}

TEST_F(PositionEntryDialogTest, AnyCoinOnAnyPair)
{
    type(edit(dialog, "quantity"), QStringLiteral("1000000"));
    dialog.setCoins({ QStringLiteral("BTC"), QStringLiteral("SHIB"), QStringLiteral("SOL") });
    // Typed in lower case with a stray character: the field keeps the coin code, upper-cased.
    type(edit(dialog, "symbol"), QStringLiteral("sh-"));
    EXPECT_EQ(edit(dialog, "symbol")->text(), QStringLiteral("SH"));
    QCompleter *completer = edit(dialog, "symbol")->completer();
    ASSERT_NE(completer, nullptr);
    EXPECT_EQ(completer->completionCount(), 1);
    EXPECT_EQ(completer->currentCompletion(), QStringLiteral("SHIB"));
    type(edit(dialog, "symbol"), QStringLiteral("shib"));
    EXPECT_EQ(edit(dialog, "symbol")->text(), QStringLiteral("SHIB"));

    // Each side offers its own venues; the pair set from outside is selected.
    auto *korea = child<QComboBox>(dialog, "korea-venue");
    auto *foreign = child<QComboBox>(dialog, "foreign-venue");
    ASSERT_EQ(korea->count(), 3);
    ASSERT_EQ(foreign->count(), 3);
    EXPECT_EQ(foreign->itemData(2).toString(), QStringLiteral("bybit"));
    dialog.setPair(VenuePair { QStringLiteral("upbit"), QStringLiteral("okx") });
    EXPECT_EQ(korea->currentData().toString(), QStringLiteral("upbit"));
    EXPECT_EQ(foreign->currentData().toString(), QStringLiteral("okx"));
    type(edit(dialog, "korea-price"), QStringLiteral("0.0179"));
    type(edit(dialog, "foreign-price"), QStringLiteral("0.0000125"));
    type(edit(dialog, "fx"), QStringLiteral("1400"));
    ASSERT_TRUE(ok(dialog)->isEnabled()) << dialog.issues().value(0).describe().toStdString();
    auto position = dialog.position();
    ASSERT_TRUE(position.has_value());
    EXPECT_EQ(position->symbol, QStringLiteral("SHIB"));
    EXPECT_EQ(position->pair(), (VenuePair { QStringLiteral("upbit"), QStringLiteral("okx") }));

    // The user picks another perpetual venue.
    foreign->setCurrentIndex(foreign->findData(QStringLiteral("bybit")));
    position = dialog.position();
    ASSERT_TRUE(position.has_value());
    EXPECT_EQ(position->foreignVenue, QStringLiteral("bybit"));

    // A pair with a venue not offered leaves that side unchosen, and the form says so.
    dialog.setPair(VenuePair { QStringLiteral("upbit"), QStringLiteral("kraken") });
    EXPECT_EQ(foreign->currentIndex(), -1);
    EXPECT_EQ(error(dialog, "foreign-venue")->text(), QStringLiteral("Required."));
    EXPECT_FALSE(ok(dialog)->isEnabled());
}

TEST_F(PositionEntryDialogTest, PricesFollowTheCoinAndPair)
{
    const VenuePair upbitOkx { QStringLiteral("upbit"), QStringLiteral("okx") };
    dialog.setPriceLookup([&](const QString &coin, const VenuePair &pair) -> std::optional<LegPrices> {
        if (coin == u"SHIB" && pair == upbitOkx)
            return LegPrices { dec("0.0179"), dec("0.0000125"), dec("1400") };
        if (coin == u"BTC" && pair == VenuePair {})
            return fixtureDepth().entryPrices();
        return std::nullopt;
    });
    EXPECT_EQ(edit(dialog, "korea-price")->text(), QStringLiteral("129560000"));

    // SHIB on Bithumb/Binance: no prices known, and BTC's would be wrong.
    type(edit(dialog, "symbol"), QStringLiteral("shib"));
    for (const char *price : { "korea-price", "foreign-price", "fx" }) {
        EXPECT_TRUE(edit(dialog, price)->text().isEmpty()) << price;
        EXPECT_EQ(error(dialog, price)->text(), QStringLiteral("Required.")) << price;
    }
    dialog.setPair(upbitOkx);
    EXPECT_EQ(edit(dialog, "korea-price")->text(), QStringLiteral("0.0179"));
    EXPECT_EQ(edit(dialog, "foreign-price")->text(), QStringLiteral("0.0000125"));
    EXPECT_EQ(edit(dialog, "fx")->text(), QStringLiteral("1400"));
    auto *foreign = child<QComboBox>(dialog, "foreign-venue");
    foreign->setCurrentIndex(foreign->findData(QStringLiteral("bybit")));
    EXPECT_TRUE(edit(dialog, "korea-price")->text().isEmpty());
}

TEST(PositionEntryDialog, WithoutLivePricesTheFieldsWaitForTheUser)
{
    PositionEntryDialog dialog(QStringLiteral("BTC"), FeeRates::standard());
    dialog.setLivePrices(std::nullopt);
    EXPECT_TRUE(edit(dialog, "korea-price")->text().isEmpty());
    EXPECT_FALSE(error(dialog, "korea-price")->isHidden());
    EXPECT_FALSE(ok(dialog)->isEnabled());
}

TEST(PositionCloseDialog, PrefilledFromTheLiveExitPricesWithAPreview)
{
    PositionCloseDialog dialog(openPosition(7, kNow - 3'600'000), Decimal());
    dialog.setClock([] { return kNow; });
    dialog.setLivePrices(depth("130000000", "130010000", "89499.9", "89500.0").exitPrices());
    EXPECT_EQ(edit(dialog, "korea-price")->text(), QStringLiteral("130000000"));  // Korean bid
    EXPECT_EQ(edit(dialog, "foreign-price")->text(), QStringLiteral("89500"));    // perp ask
    EXPECT_EQ(edit(dialog, "fx")->text(), QStringLiteral("1432.6"));
    EXPECT_TRUE(ok(dialog)->isEnabled());
    // The first hand-computed case: −1,113.5177 KRW.
    EXPECT_TRUE(child<QLabel>(dialog, "preview")->text().contains(QStringLiteral("-1,114 KRW")))
        << child<QLabel>(dialog, "preview")->text().toStdString();

    const auto closed = dialog.closedPosition();
    ASSERT_TRUE(closed.has_value());
    EXPECT_EQ(closed->id, 7);
    EXPECT_EQ(closed->exit->korea.toString(), QStringLiteral("130000000"));
    EXPECT_EQ(closed->closedAtMs, kNow);

    type(edit(dialog, "foreign-price"), QStringLiteral("0"));
    EXPECT_EQ(error(dialog, "foreign-price")->text(), QStringLiteral("Must be greater than zero."));
    EXPECT_FALSE(ok(dialog)->isEnabled());
    EXPECT_TRUE(child<QLabel>(dialog, "preview")->text().isEmpty());
    type(edit(dialog, "foreign-price"), QStringLiteral("89500"));

    child<QDateTimeEdit>(dialog, "closed-at")->setDateTime(QDateTime::fromMSecsSinceEpoch(kNow - 7'200'000));
    EXPECT_TRUE(error(dialog, "closed-at")->text().startsWith(QStringLiteral("Must not be before the opening time")));
    EXPECT_FALSE(ok(dialog)->isEnabled());
    child<QDateTimeEdit>(dialog, "closed-at")->setDateTime(QDateTime::fromMSecsSinceEpoch(kNow + 60'000));
    EXPECT_EQ(error(dialog, "closed-at")->text(), QStringLiteral("Must not be in the future."));
    EXPECT_FALSE(dialog.closedPosition().has_value());
}
