#include "quoterow.h"

#include "exchanges/jsonreply.h"

namespace {

// Venues cap funding far below this (a few percent per interval); a larger magnitude is
// corruption that would swamp every position's PnL.
const Decimal kMaxFundingRate = Decimal::fromInteger(1);
// The change over 24 h as a ratio keeps these places: a basis point of a basis point.
constexpr int kChangePlaces = 8;

QString shown(const QJsonValue &raw)
{
    if (raw.isString())
        return u'"' + raw.toString() + u'"';
    if (raw.isDouble())
        return QString::number(raw.toDouble());
    if (raw.isUndefined())
        return QStringLiteral("missing");
    return QStringLiteral("not a number");
}

} // namespace

QuoteRow::QuoteRow(const QJsonObject &row, const Instrument &instrument, qint64 receivedAtMs)
    : m_row(row)
    , m_instrument(instrument)
{
    m_quote.venue = instrument.venue;
    m_quote.coin = instrument.coin;
    m_quote.instrument = instrument.symbol;
    m_quote.receivedAtMs = receivedAtMs;
}

void QuoteRow::readLast(QStringView key)
{
    m_quote.last = price(key);
}

void QuoteRow::readBook(QStringView bidKey, QStringView bidSizeKey, QStringView askKey, QStringView askSizeKey)
{
    const auto bid = price(bidKey);
    const auto bidSize = amount(bidSizeKey);
    const auto ask = price(askKey);
    const auto askSize = amount(askSizeKey);
    if (bid && bidSize && ask && askSize)
        m_quote.book = BookTop{*bid, *bidSize, *ask, *askSize};
}

void QuoteRow::readVolume(QStringView key, VolumeUnit unit)
{
    const QJsonValue raw = m_row.value(key);
    const auto volume = number(key, raw);
    if (!volume)
        return;
    if (volume->isNegative()) {
        reject(DataIssue::Kind::Absurd, key, raw);
        return;
    }
    m_quote.volume24h = (unit == VolumeUnit::Coins ? *volume : m_instrument.coins(*volume)).normalized();
}

void QuoteRow::readChange(QStringView key, ChangeUnit unit)
{
    const QJsonValue raw = m_row.value(key);
    auto change = number(key, raw);
    if (change && unit == ChangeUnit::Percent)
        change = change->dividedBy(Decimal::fromInteger(100), kChangePlaces);
    if (!change)
        return;
    // No price falls by more than all of it.
    if (*change < Decimal::fromInteger(-1)) {
        reject(DataIssue::Kind::Absurd, key, raw);
        return;
    }
    m_quote.change24hRatio = change->normalized();
}

void QuoteRow::readChangeSinceOpen(QStringView openKey)
{
    const auto open = price(openKey);
    if (!open || !m_quote.last)
        return;
    m_quote.change24hRatio = (*m_quote.last - *open).dividedBy(*open, kChangePlaces);
}

void QuoteRow::readFunding(QStringView markKey, QStringView rateKey, QStringView nextTimeKey)
{
    const auto mark = price(markKey);
    const auto fundingRate = rate(rateKey);
    const auto next = timeMs(nextTimeKey);
    if (mark && fundingRate && next)
        m_quote.funding = FundingTerms{*mark, *fundingRate, *next};
}

void QuoteRow::readMark(QStringView key)
{
    m_quote.markPrice = price(key);
}

void QuoteRow::readFundingRate(QStringView rateKey, QStringView nextTimeKey)
{
    const auto fundingRate = rate(rateKey);
    const auto next = timeMs(nextTimeKey);
    if (fundingRate && next) {
        m_quote.fundingRate = fundingRate;
        m_quote.nextFundingTimeMs = *next;
    }
}

bool QuoteRow::hasValues() const
{
    return m_quote.last || m_quote.book || m_quote.volume24h || m_quote.change24hRatio || m_quote.funding
        || m_quote.markPrice || m_quote.fundingRate;
}

std::optional<Decimal> QuoteRow::price(QStringView key)
{
    const QJsonValue raw = m_row.value(key);
    if (raw.isUndefined()) {
        reject(DataIssue::Kind::Malformed, key, raw);
        return std::nullopt;
    }
    const std::optional<Decimal> quoted = JsonReply::decimal(raw);
    if (JsonReply::checkPrice(raw, quoted)) {
        reject(DataIssue::Kind::Absurd, key, raw);
        return std::nullopt;
    }
    // A price far below the multiplier's places rounds to nothing per coin: no price either.
    const std::optional<Decimal> perCoin = m_instrument.perCoin(*quoted);
    if (!perCoin || !perCoin->isPositive()) {
        reject(DataIssue::Kind::Absurd, key, raw, QStringLiteral("nothing per coin"));
        return std::nullopt;
    }
    return perCoin->normalized();
}

std::optional<Decimal> QuoteRow::amount(QStringView key)
{
    const QJsonValue raw = m_row.value(key);
    const auto venueUnits = number(key, raw);
    if (!venueUnits)
        return std::nullopt;
    if (venueUnits->isNegative()) {
        reject(DataIssue::Kind::Absurd, key, raw);
        return std::nullopt;
    }
    return m_instrument.coins(*venueUnits).normalized();
}

std::optional<Decimal> QuoteRow::rate(QStringView key)
{
    const QJsonValue raw = m_row.value(key);
    const auto value = number(key, raw);
    if (value && value->abs() >= kMaxFundingRate) {
        reject(DataIssue::Kind::Absurd, key, raw);
        return std::nullopt;
    }
    return value ? std::optional(value->normalized()) : std::nullopt;
}

std::optional<qint64> QuoteRow::timeMs(QStringView key)
{
    const QJsonValue raw = m_row.value(key);
    qint64 value = 0;
    bool ok = false;
    if (raw.isDouble()) {
        value = raw.toInteger();
        ok = true;
    } else if (raw.isString()) {
        value = raw.toString().toLongLong(&ok);
    }
    // Zero is how venues say "no funding" (a dated future, a market being settled).
    if (!ok || value <= 0) {
        reject(raw.isUndefined() ? DataIssue::Kind::Malformed : DataIssue::Kind::Absurd, key, raw);
        return std::nullopt;
    }
    return value;
}

std::optional<Decimal> QuoteRow::number(QStringView key, const QJsonValue &raw)
{
    if (raw.isUndefined()) {
        reject(DataIssue::Kind::Malformed, key, raw);
        return std::nullopt;
    }
    const std::optional<Decimal> value = JsonReply::decimal(raw);
    if (!value)
        reject(DataIssue::Kind::Absurd, key, raw);
    return value;
}

void QuoteRow::reject(DataIssue::Kind kind, QStringView key, const QJsonValue &raw, const QString &why)
{
    DataIssue issue;
    issue.kind = kind;
    issue.venue = m_instrument.venue;
    issue.coin = m_instrument.coin;
    issue.instrument = m_instrument.symbol;
    issue.detail = key.toString() + QStringLiteral(" ") + shown(raw);
    if (!why.isEmpty())
        issue.detail += QStringLiteral(": ") + why;
    m_issues.append(issue);
}
