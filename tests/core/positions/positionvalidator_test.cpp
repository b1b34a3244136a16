#include "positions/positionvalidator.h"

#include "positiontestdata.h"

#include <QDateTime>

#include <gtest/gtest.h>

namespace {

const qint64 kNow = QDateTime::fromString(QStringLiteral("2026-11-25T10:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();
const FeeRates kFees{dec("0.0004"), dec("0.0005")};
const PositionVenues kVenues { { QStringLiteral("bithumb"), QStringLiteral("upbit"), QStringLiteral("coinone") },
                               { QStringLiteral("binance"), QStringLiteral("okx"), QStringLiteral("bybit") } };

PositionInput validInput()
{
    PositionInput input;
    input.symbol = QStringLiteral("BTC");
    input.quantity = QStringLiteral("0.01");
    input.koreaPrice = QStringLiteral("129560000");
    input.foreignPrice = QStringLiteral("89277.0");
    input.fx = QStringLiteral("1432.6");
    input.openedAt = QStringLiteral("2026-11-25T09:30:00Z");
    input.note = QStringLiteral("first hedge");
    return input;
}

FieldIssues issuesOf(const std::variant<Position, FieldIssues> &result)
{
    EXPECT_TRUE(std::holds_alternative<FieldIssues>(result)) << "accepted";
    return std::holds_alternative<FieldIssues>(result) ? std::get<FieldIssues>(result) : FieldIssues{};
}

// The single issue an input with one bad field gets.
FieldIssue onlyIssue(const PositionInput &input)
{
    const FieldIssues issues = issuesOf(PositionValidator::validateOpen(input, kFees, kVenues, kNow));
    EXPECT_EQ(issues.size(), 1);
    return issues.value(0);
}

void expectIssue(const PositionInput &input, PositionField field, FieldIssue::Kind kind, const QString &limit = QString())
{
    const FieldIssue issue = onlyIssue(input);
    EXPECT_EQ(issue.field, field) << issue.describe().toStdString();
    EXPECT_EQ(issue.kind, kind) << issue.describe().toStdString();
    if (!limit.isNull()) {
        EXPECT_EQ(issue.limit, limit);
    }
}

CloseInput validClose()
{
    return CloseInput{QStringLiteral("130000000"), QStringLiteral("89500.0"), QStringLiteral("1432.6"), QStringLiteral("2026-11-25T09:45:00Z")};
}

} // namespace

TEST(PositionValidator, AcceptsAValidPositionExactly)
{
    const auto result = PositionValidator::validateOpen(validInput(), kFees, kVenues, kNow);
    ASSERT_TRUE(std::holds_alternative<Position>(result));
    const Position position = std::get<Position>(result);
    EXPECT_EQ(position.id, 0);
    EXPECT_EQ(position.symbol, QStringLiteral("BTC"));
    EXPECT_EQ(position.quantity.toString(), QStringLiteral("0.01"));
    EXPECT_EQ(position.entry.korea.toString(), QStringLiteral("129560000"));
    EXPECT_EQ(position.entry.foreign.toString(), QStringLiteral("89277"));
    EXPECT_EQ(position.entry.fx.toString(), QStringLiteral("1432.6"));
    EXPECT_EQ(position.koreaFeeRate.toString(), QStringLiteral("0.0004"));  // the defaults
    EXPECT_EQ(position.foreignFeeRate.toString(), QStringLiteral("0.0005"));
    EXPECT_EQ(position.openedAtMs, kNow - 30 * 60'000);
    EXPECT_EQ(position.note, QStringLiteral("first hedge"));
    EXPECT_TRUE(position.isOpen());
}

TEST(PositionValidator, DefaultsAndNormalisation)
{
    PositionInput input = validInput();
    input.symbol = QStringLiteral(" btc ");
    input.koreaFee = QStringLiteral("0.00025");
    input.foreignFee = QStringLiteral("0");  // a maker rebate programme, say: zero is allowed
    input.quantity = QStringLiteral("1.500");
    input.koreaPrice = QStringLiteral("129,560,000");
    input.openedAt = QStringLiteral("2026-11-25T18:59:59+09:00");
    const Position position = std::get<Position>(PositionValidator::validateOpen(input, kFees, kVenues, kNow));
    EXPECT_EQ(position.symbol, QStringLiteral("BTC"));
    EXPECT_EQ(position.quantity.toString(), QStringLiteral("1.5"));
    EXPECT_EQ(position.entry.korea.toString(), QStringLiteral("129560000"));
    EXPECT_EQ(position.koreaFeeRate.toString(), QStringLiteral("0.00025"));
    EXPECT_TRUE(position.foreignFeeRate.isZero());
    EXPECT_EQ(position.openedAtMs, kNow - 1000);

    input.openedAt.reset();
    EXPECT_EQ(std::get<Position>(PositionValidator::validateOpen(input, kFees, kVenues, kNow)).openedAtMs, kNow);
    input.openedAt = QString();  // given, but empty
    expectIssue(input, PositionField::OpenedAt, FieldIssue::Kind::Missing);
    input.openedAt.reset();
    input.koreaFee = QStringLiteral(" ");
    expectIssue(input, PositionField::KoreaFee, FieldIssue::Kind::Missing);
}

TEST(PositionValidator, AnyCoinCode)
{
    PositionInput input = validInput();
    input.quantity = QStringLiteral("1234.5678"); // no step known for these coins: any quantity
    for (const char *coin : { "DOGE", "1000SATS", "shib", " Pepe " }) {
        input.symbol = QString::fromLatin1(coin);
        const auto result = PositionValidator::validateOpen(input, kFees, kVenues, kNow);
        ASSERT_TRUE(std::holds_alternative<Position>(result)) << coin;
        EXPECT_EQ(std::get<Position>(result).symbol, input.symbol.trimmed().toUpper());
    }
    input.symbol.clear();
    expectIssue(input, PositionField::Symbol, FieldIssue::Kind::Missing);
    input.symbol = QStringLiteral("  ");
    expectIssue(input, PositionField::Symbol, FieldIssue::Kind::Missing);
    for (const char *notACoin : { "BTC/USDT", "KRW-BTC", "BTC USDT", "비트코인", "ABCDEFGHIJKLMNOPQ" }) {
        SCOPED_TRACE(notACoin);
        input.symbol = QString::fromUtf8(notACoin);
        expectIssue(input, PositionField::Symbol, FieldIssue::Kind::NotACoin, QStringLiteral("16"));
    }
}

TEST(PositionValidator, VenuesComeFromTheListsGiven)
{
    PositionInput input = validInput();
    input.pair = VenuePair { QStringLiteral("Upbit "), QStringLiteral("bybit") };
    const auto result = PositionValidator::validateOpen(input, kFees, kVenues, kNow);
    ASSERT_TRUE(std::holds_alternative<Position>(result));
    EXPECT_EQ(std::get<Position>(result).pair(), (VenuePair { QStringLiteral("upbit"), QStringLiteral("bybit") }));
    EXPECT_EQ(std::get<Position>(PositionValidator::validateOpen(validInput(), kFees, kVenues, kNow)).pair(),
              VenuePair {});

    input.pair = VenuePair { QStringLiteral("binance"), QStringLiteral("okx") }; // a perp venue on the Korean side
    expectIssue(input, PositionField::KoreaVenue, FieldIssue::Kind::UnknownVenue,
                QStringLiteral("bithumb, upbit, coinone"));
    input.pair = VenuePair { QStringLiteral("bithumb"), QStringLiteral("kraken") };
    expectIssue(input, PositionField::ForeignVenue, FieldIssue::Kind::UnknownVenue,
                QStringLiteral("binance, okx, bybit"));
    input.pair = VenuePair { QString(), QStringLiteral("okx") };
    expectIssue(input, PositionField::KoreaVenue, FieldIssue::Kind::Missing);

    // No venue is known until the directory lists some.
    const auto none = PositionValidator::validateOpen(validInput(), kFees, PositionVenues {}, kNow);
    ASSERT_TRUE(std::holds_alternative<FieldIssues>(none));
    EXPECT_EQ(std::get<FieldIssues>(none).size(), 2);
}

TEST(PositionValidator, Quantity)
{
    PositionInput input = validInput();
    const auto check = [&](const char *text, FieldIssue::Kind kind, const QString &limit = QString()) {
        input.quantity = QString::fromLatin1(text);
        SCOPED_TRACE(text);
        expectIssue(input, PositionField::Quantity, kind, limit);
    };
    check("", FieldIssue::Kind::Missing);
    check("abc", FieldIssue::Kind::NotANumber);
    check("0.01.1", FieldIssue::Kind::NotANumber);
    check("NaN", FieldIssue::Kind::NotANumber);
    check("0", FieldIssue::Kind::NotPositive);
    check("-0.01", FieldIssue::Kind::NotPositive);
    check("0.0015", FieldIssue::Kind::OffStep, QStringLiteral("0.001"));  // BTCUSDT's step
    check("0.0001", FieldIssue::Kind::OffStep, QStringLiteral("0.001"));
    check("1000.001", FieldIssue::Kind::AboveMaximum, QStringLiteral("1000"));
    // The step is the Binance contract's: on another perpetual venue it does not refuse anything.
    input.pair.foreign = QStringLiteral("okx");
    input.quantity = QStringLiteral("0.0001");
    EXPECT_TRUE(std::holds_alternative<Position>(PositionValidator::validateOpen(input, kFees, kVenues, kNow)));
    input.pair.foreign = QStringLiteral("binance");

    input.symbol = QStringLiteral("SOL");  // whole contracts only
    input.koreaPrice = QStringLiteral("300000");
    input.foreignPrice = QStringLiteral("205");
    check("1.5", FieldIssue::Kind::OffStep, QStringLiteral("1"));
    input.quantity = QStringLiteral("3");
    EXPECT_TRUE(std::holds_alternative<Position>(PositionValidator::validateOpen(input, kFees, kVenues, kNow)));
}

TEST(PositionValidator, PricesAndFx)
{
    struct Case
    {
        void (*set)(PositionInput &input, const QString &text);
        PositionField field;
        const char *text;
        FieldIssue::Kind kind;
    };
    const auto korea = [](PositionInput &i, const QString &t) { i.koreaPrice = t; };
    const auto foreign = [](PositionInput &i, const QString &t) { i.foreignPrice = t; };
    const auto fx = [](PositionInput &i, const QString &t) { i.fx = t; };
    const auto koreaFee = [](PositionInput &i, const QString &t) { i.koreaFee = t; };
    const auto foreignFee = [](PositionInput &i, const QString &t) { i.foreignFee = t; };
    const Case cases[] = {
        {korea, PositionField::KoreaPrice, "", FieldIssue::Kind::Missing},
        {korea, PositionField::KoreaPrice, "12a", FieldIssue::Kind::NotANumber},
        {korea, PositionField::KoreaPrice, "0", FieldIssue::Kind::NotPositive},
        {korea, PositionField::KoreaPrice, "-129560000", FieldIssue::Kind::NotPositive},
        {korea, PositionField::KoreaPrice, "10000000001", FieldIssue::Kind::AboveMaximum},
        {foreign, PositionField::ForeignPrice, "", FieldIssue::Kind::Missing},
        {foreign, PositionField::ForeignPrice, "inf", FieldIssue::Kind::NotANumber},
        {foreign, PositionField::ForeignPrice, "-1", FieldIssue::Kind::NotPositive},
        {foreign, PositionField::ForeignPrice, "1e308", FieldIssue::Kind::NotANumber},
        {foreign, PositionField::ForeignPrice, "10000001", FieldIssue::Kind::AboveMaximum},
        {fx, PositionField::Fx, "", FieldIssue::Kind::Missing},
        {fx, PositionField::Fx, "usd", FieldIssue::Kind::NotANumber},
        {fx, PositionField::Fx, "0", FieldIssue::Kind::NotPositive},
        {fx, PositionField::Fx, "14.326", FieldIssue::Kind::BelowMinimum},
        {fx, PositionField::Fx, "14326", FieldIssue::Kind::AboveMaximum},
        {koreaFee, PositionField::KoreaFee, "x", FieldIssue::Kind::NotANumber},
        {koreaFee, PositionField::KoreaFee, "-0.0004", FieldIssue::Kind::Negative},
        {koreaFee, PositionField::KoreaFee, "0.04", FieldIssue::Kind::AboveMaximum},
        {foreignFee, PositionField::ForeignFee, "x", FieldIssue::Kind::NotANumber},
        {foreignFee, PositionField::ForeignFee, "-0.0005", FieldIssue::Kind::Negative},
        {foreignFee, PositionField::ForeignFee, "0.05", FieldIssue::Kind::AboveMaximum},
    };
    for (const Case &c : cases) {
        PositionInput input = validInput();
        c.set(input, QString::fromLatin1(c.text));
        SCOPED_TRACE(positionFieldId(c.field).toStdString() + " = '" + c.text + "'");
        expectIssue(input, c.field, c.kind);
    }
}

TEST(PositionValidator, PricesThatImplyNoRealPremium)
{
    PositionInput input = validInput();
    input.foreignPrice = QStringLiteral("8927.70");  // a digit short: the Korean price is 10× the converted one
    const FieldIssues issues = issuesOf(PositionValidator::validateOpen(input, kFees, kVenues, kNow));
    ASSERT_EQ(issues.size(), 2);
    EXPECT_EQ(issues[0].field, PositionField::KoreaPrice);
    EXPECT_EQ(issues[1].field, PositionField::ForeignPrice);
    EXPECT_EQ(issues[0].kind, FieldIssue::Kind::Implausible);
    EXPECT_EQ(issues[0].limit, QStringLiteral("912.99"));  // 129,560,000 / (8,927.7 × 1432.6) − 1

    input.foreignPrice = QStringLiteral("892770");
    EXPECT_EQ(issuesOf(PositionValidator::validateOpen(input, kFees, kVenues, kNow)).size(), 2);
}

TEST(PositionValidator, OpenedAt)
{
    PositionInput input = validInput();
    input.openedAt = QStringLiteral("yesterday");
    expectIssue(input, PositionField::OpenedAt, FieldIssue::Kind::BadTime);
    input.openedAt = QStringLiteral("2026-11-25T10:00:01Z");
    expectIssue(input, PositionField::OpenedAt, FieldIssue::Kind::InFuture);
    input.openedAt = QStringLiteral("2009-12-31T23:59:59Z");
    expectIssue(input, PositionField::OpenedAt, FieldIssue::Kind::TooEarly, QStringLiteral("2010-01-01T00:00:00.000Z"));
    input.openedAt = QStringLiteral("2026-11-25T10:00:00Z");  // exactly now is fine
    EXPECT_TRUE(std::holds_alternative<Position>(PositionValidator::validateOpen(input, kFees, kVenues, kNow)));
}

TEST(PositionValidator, DefaultFeesMeetTheSameBounds)
{
    const auto result
        = PositionValidator::validateOpen(validInput(), FeeRates { dec("0.5"), dec("-0.1") }, kVenues, kNow);
    const FieldIssues issues = issuesOf(result);
    ASSERT_EQ(issues.size(), 2);
    EXPECT_EQ(issues[0].field, PositionField::KoreaFee);
    EXPECT_EQ(issues[0].kind, FieldIssue::Kind::AboveMaximum);
    EXPECT_EQ(issues[1].field, PositionField::ForeignFee);
    EXPECT_EQ(issues[1].kind, FieldIssue::Kind::Negative);
}

TEST(PositionValidator, NoteLength)
{
    PositionInput input = validInput();
    input.note = QString(PositionValidator::MaxNoteLength + 1, u'x');
    expectIssue(input, PositionField::Note, FieldIssue::Kind::TooLong, QStringLiteral("1000"));
}

TEST(PositionValidator, ReportsEveryBadFieldAtOnce)
{
    PositionInput input;
    input.symbol = QStringLiteral("???");
    input.quantity = QStringLiteral("-1");
    input.koreaPrice = QStringLiteral("x");
    input.foreignPrice = QStringLiteral("0");
    input.fx = QStringLiteral("1");
    input.koreaFee = QStringLiteral("1");
    input.foreignFee = QStringLiteral("-1");
    input.openedAt = QStringLiteral("2999-01-01T00:00:00Z");
    input.note = QString(2000, u'n');
    const FieldIssues issues = issuesOf(PositionValidator::validateOpen(input, kFees, kVenues, kNow));
    QStringList fields;
    for (const FieldIssue &issue : issues)
        fields.append(positionFieldId(issue.field));
    EXPECT_EQ(fields, (QStringList{QStringLiteral("symbol"), QStringLiteral("quantity"), QStringLiteral("korea-price"),
                                   QStringLiteral("foreign-price"), QStringLiteral("fx"), QStringLiteral("korea-fee"),
                                   QStringLiteral("foreign-fee"), QStringLiteral("opened-at"), QStringLiteral("note")}));
    EXPECT_EQ(issues[1].describe(), QStringLiteral("--quantity: must be greater than zero"));
}

TEST(PositionValidator, Close)
{
    Position open = samplePosition();
    open.openedAtMs = kNow - 30 * 60'000;
    const auto result = PositionValidator::validateClose(open, validClose(), kNow);
    ASSERT_TRUE(std::holds_alternative<Position>(result));
    const Position closed = std::get<Position>(result);
    ASSERT_TRUE(closed.exit.has_value());
    EXPECT_EQ(closed.exit->korea.toString(), QStringLiteral("130000000"));
    EXPECT_EQ(closed.exit->foreign.toString(), QStringLiteral("89500"));
    EXPECT_EQ(closed.exit->fx.toString(), QStringLiteral("1432.6"));
    EXPECT_EQ(closed.closedAtMs, kNow - 15 * 60'000);
    EXPECT_EQ(closed.id, open.id);

    CloseInput input = validClose();
    input.closedAt.reset();
    EXPECT_EQ(std::get<Position>(PositionValidator::validateClose(open, input, kNow)).closedAtMs, kNow);

    input.closedAt = QStringLiteral("2026-11-25T09:00:00Z");  // before the opening
    FieldIssues issues = issuesOf(PositionValidator::validateClose(open, input, kNow));
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0].kind, FieldIssue::Kind::BeforeOpen);
    EXPECT_EQ(issues[0].limit, QStringLiteral("2026-11-25T09:30:00.000Z"));
    input.closedAt = QStringLiteral("2026-11-25T11:00:00Z");
    EXPECT_EQ(issuesOf(PositionValidator::validateClose(open, input, kNow)).value(0).kind, FieldIssue::Kind::InFuture);
    input.closedAt = QStringLiteral("soon");
    EXPECT_EQ(issuesOf(PositionValidator::validateClose(open, input, kNow)).value(0).kind, FieldIssue::Kind::BadTime);

    input = CloseInput{QStringLiteral(""), QStringLiteral("-1"), QStringLiteral("99999"), std::nullopt};
    issues = issuesOf(PositionValidator::validateClose(open, input, kNow));
    ASSERT_EQ(issues.size(), 3);
    EXPECT_EQ(issues[0].field, PositionField::KoreaPrice);
    EXPECT_EQ(issues[1].field, PositionField::ForeignPrice);
    EXPECT_EQ(issues[2].field, PositionField::Fx);

    issues = issuesOf(PositionValidator::validateClose(closed, validClose(), kNow));
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0].field, PositionField::Id);
    EXPECT_EQ(issues[0].kind, FieldIssue::Kind::AlreadyClosed);
}
