#include "positionvalidator.h"

#include "instrumentrules.h"
#include "premium/premiumjson.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace {

using Kind = FieldIssue::Kind;

// The Korean price may be at most twice, and at least half, the foreign price at the FX: the
// premium has never left that band, so a value outside it is a mistyped number.
const Decimal kMinPriceRatio = Decimal::fromParts(5, 1);
const Decimal kMaxPriceRatio = Decimal::fromInteger(2);
// Bounds the quantity of a coin without rules on its perpetual venue: beyond it is a typo.
const Decimal kAnyQuantity = Decimal::fromInteger(1'000'000'000);

class Checker
{
public:
    FieldIssues issues;

    void add(PositionField field, Kind kind, const QString &limit = QString())
    {
        issues.append(FieldIssue{field, kind, limit});
    }

    // A decimal in [min, max] (min is exclusive when zero and `zeroAllowed` is false).
    std::optional<Decimal> amount(PositionField field, const QString &text, const Decimal &max,
                                  const std::optional<Decimal> &min = std::nullopt, bool zeroAllowed = false)
    {
        if (text.trimmed().isEmpty()) {
            add(field, Kind::Missing);
            return std::nullopt;
        }
        const std::optional<Decimal> value = Decimal::fromString(text);
        if (!value) {
            add(field, Kind::NotANumber);
            return std::nullopt;
        }
        if (value->isNegative() && zeroAllowed) {
            add(field, Kind::Negative);
            return std::nullopt;
        }
        if (!value->isPositive() && !zeroAllowed) {
            add(field, Kind::NotPositive);
            return std::nullopt;
        }
        if (min && *value < *min) {
            add(field, Kind::BelowMinimum, min->toString());
            return std::nullopt;
        }
        if (*value > max) {
            add(field, Kind::AboveMaximum, max.toString());
            return std::nullopt;
        }
        return value->normalized();
    }

    std::optional<QString> coin(const QString &text)
    {
        static const QRegularExpression code(QStringLiteral("^[A-Z0-9]+$"));
        const QString coin = text.trimmed().toUpper();
        if (coin.isEmpty()) {
            add(PositionField::Symbol, Kind::Missing);
            return std::nullopt;
        }
        if (coin.size() > PositionValidator::MaxCoinLength || !code.match(coin).hasMatch()) {
            add(PositionField::Symbol, Kind::NotACoin, QString::number(PositionValidator::MaxCoinLength));
            return std::nullopt;
        }
        return coin;
    }

    std::optional<QString> venue(PositionField field, const QString &text, const QStringList &known)
    {
        const QString id = text.trimmed().toLower();
        if (id.isEmpty()) {
            add(field, Kind::Missing);
            return std::nullopt;
        }
        if (!known.contains(id)) {
            add(field, Kind::UnknownVenue, known.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        return id;
    }

    std::optional<Decimal> feeRate(PositionField field, const std::optional<QString> &text, const Decimal &fallback)
    {
        // A default from the settings meets the same bounds as a typed rate.
        return amount(field, text.value_or(fallback.toString()), PositionValidator::maxFeeRate(), std::nullopt, true);
    }

    // An ISO 8601 time not in the future and not before `earliestMs`; now if not given.
    std::optional<qint64> time(PositionField field, const std::optional<QString> &text, qint64 nowMs, qint64 earliestMs,
                               Kind tooEarly)
    {
        if (!text)
            return nowMs;
        if (text->trimmed().isEmpty()) {
            add(field, Kind::Missing);
            return std::nullopt;
        }
        const QDateTime parsed = QDateTime::fromString(text->trimmed(), Qt::ISODateWithMs);
        if (!parsed.isValid()) {
            add(field, Kind::BadTime);
            return std::nullopt;
        }
        const qint64 ms = parsed.toMSecsSinceEpoch();
        if (ms > nowMs) {
            add(field, Kind::InFuture);
            return std::nullopt;
        }
        if (ms < earliestMs) {
            add(field, tooEarly, PremiumJson::isoUtc(earliestMs));
            return std::nullopt;
        }
        return ms;
    }

    std::optional<LegPrices> prices(const QString &korea, const QString &foreign, const QString &fx)
    {
        const auto k = amount(PositionField::KoreaPrice, korea, PositionValidator::maxKoreaPrice());
        const auto f = amount(PositionField::ForeignPrice, foreign, PositionValidator::maxForeignPrice());
        const auto x = amount(PositionField::Fx, fx, PositionValidator::maxFx(), PositionValidator::minFx());
        if (!k || !f || !x)
            return std::nullopt;
        const Decimal converted = *f * *x;
        const Decimal ratio = *k->dividedBy(converted, 8);
        if (ratio < kMinPriceRatio || ratio > kMaxPriceRatio) {
            const QString premium = ((ratio - Decimal::fromInteger(1)) * Decimal::fromInteger(100)).toFixed(2);
            add(PositionField::KoreaPrice, Kind::Implausible, premium);
            add(PositionField::ForeignPrice, Kind::Implausible, premium);
            return std::nullopt;
        }
        return LegPrices{*k, *f, *x};
    }
};

} // namespace

namespace PositionValidator {

Decimal maxKoreaPrice()
{
    return Decimal::fromInteger(10'000'000'000LL);
}

Decimal maxForeignPrice()
{
    return Decimal::fromInteger(10'000'000);
}

Decimal minFx()
{
    return Decimal::fromInteger(500);
}

Decimal maxFx()
{
    return Decimal::fromInteger(5'000);
}

Decimal maxFeeRate()
{
    return Decimal::fromParts(1, 2);
}

qint64 earliestTimeMs()
{
    return QDateTime(QDate(2010, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

std::variant<Decimal, FieldIssue> feeRate(PositionField field, const QString &text)
{
    Checker check;
    const auto rate = check.feeRate(field, text, Decimal());
    if (!rate)
        return check.issues.constFirst();
    return *rate;
}

std::variant<Position, FieldIssues> validateOpen(const PositionInput &input, const FeeRates &fees,
                                                 const PositionVenues &venues, qint64 nowMs)
{
    Checker check;
    Position position;

    const auto coin = check.coin(input.symbol);
    const auto koreanVenue = check.venue(PositionField::KoreaVenue, input.pair.korea, venues.korea);
    const auto foreignVenue = check.venue(PositionField::ForeignVenue, input.pair.foreign, venues.foreign);
    const std::optional<InstrumentRules> rules
        = coin && foreignVenue ? InstrumentRules::find(*foreignVenue, *coin) : std::nullopt;
    const auto quantity = check.amount(PositionField::Quantity, input.quantity,
                                       rules ? rules->maxQuantity : kAnyQuantity);
    if (quantity && rules) {
        const std::optional<Decimal> steps = quantity->dividedBy(rules->quantityStep);
        if (!steps || steps->normalized().scale() != 0)
            check.add(PositionField::Quantity, Kind::OffStep, rules->quantityStep.toString());
    }
    const auto entry = check.prices(input.koreaPrice, input.foreignPrice, input.fx);
    const auto koreaFee = check.feeRate(PositionField::KoreaFee, input.koreaFee, fees.korea);
    const auto foreignFee = check.feeRate(PositionField::ForeignFee, input.foreignFee, fees.foreign);
    const auto openedAt = check.time(PositionField::OpenedAt, input.openedAt, nowMs, earliestTimeMs(), Kind::TooEarly);
    if (input.note.size() > MaxNoteLength)
        check.add(PositionField::Note, Kind::TooLong, QString::number(MaxNoteLength));

    if (!check.issues.isEmpty())
        return check.issues;
    position.symbol = *coin;
    position.koreanVenue = *koreanVenue;
    position.foreignVenue = *foreignVenue;
    position.quantity = *quantity;
    position.entry = *entry;
    position.koreaFeeRate = *koreaFee;
    position.foreignFeeRate = *foreignFee;
    position.openedAtMs = *openedAt;
    position.note = input.note;
    return position;
}

std::variant<Position, FieldIssues> validateClose(const Position &position, const CloseInput &input, qint64 nowMs)
{
    Checker check;
    if (!position.isOpen())
        check.add(PositionField::Id, Kind::AlreadyClosed);
    const auto exit = check.prices(input.koreaPrice, input.foreignPrice, input.fx);
    const auto closedAt = check.time(PositionField::ClosedAt, input.closedAt, nowMs, position.openedAtMs, Kind::BeforeOpen);
    if (!check.issues.isEmpty())
        return check.issues;
    Position closed = position;
    closed.exit = *exit;
    closed.closedAtMs = *closedAt;
    return closed;
}

} // namespace PositionValidator
