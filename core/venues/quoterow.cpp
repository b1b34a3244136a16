#include "quoterow.h"

#include "exchanges/jsonreply.h"

#include <algorithm>

namespace {

// Venues cap funding far below this (a few percent per interval); a larger magnitude is
// corruption that would swamp every position's PnL.
const Decimal kMaxFundingRate = Decimal::fromInteger(1);
// The change over 24 h as a ratio keeps these places: a basis point of a basis point.
constexpr int kChangePlaces = 8;

} // namespace

QuoteRow::QuoteRow(const FlatJson &json, qsizetype row, const Instrument &instrument, qint64 receivedAtMs)
    : m_json(json)
    , m_row(row)
    , m_instrument(instrument)
{
    m_quote.venue = instrument.venue;
    m_quote.coin = instrument.coin;
    m_quote.instrument = instrument.symbol;
    m_quote.receivedAtMs = receivedAtMs;
}

void QuoteRow::readLast(QLatin1StringView key)
{
    m_quote.last = price(key);
}

void QuoteRow::readBook(QLatin1StringView bidKey, QLatin1StringView bidSizeKey, QLatin1StringView askKey,
                        QLatin1StringView askSizeKey)
{
    const auto bid = price(bidKey);
    const auto bidSize = amount(bidSizeKey);
    const auto ask = price(askKey);
    const auto askSize = amount(askSizeKey);
    if (bid && bidSize && ask && askSize)
        m_quote.book = BookTop { *bid, *bidSize, *ask, *askSize };
}

void QuoteRow::readVolume(QLatin1StringView key, VolumeUnit unit)
{
    const auto volume = number(key);
    if (!volume)
        return;
    if (volume->isNegative()) {
        reject(DataIssue::Kind::Absurd, key);
        return;
    }
    m_quote.volume24h = (unit == VolumeUnit::Coins ? *volume : m_instrument.coins(*volume)).normalized();
}

void QuoteRow::readChange(QLatin1StringView key, ChangeUnit unit)
{
    auto change = number(key);
    if (change && unit == ChangeUnit::Percent)
        change = change->dividedBy(Decimal::fromInteger(100), kChangePlaces);
    if (!change)
        return;
    // No price falls by more than all of it.
    if (*change < Decimal::fromInteger(-1)) {
        reject(DataIssue::Kind::Absurd, key);
        return;
    }
    m_quote.change24hRatio = change->normalized();
}

void QuoteRow::readChangeSinceOpen(QLatin1StringView openKey)
{
    const auto open = price(openKey);
    if (!open || !m_quote.last)
        return;
    m_quote.change24hRatio = (*m_quote.last - *open).dividedBy(*open, kChangePlaces);
}

void QuoteRow::readFunding(QLatin1StringView markKey, QLatin1StringView rateKey, QLatin1StringView nextTimeKey)
{
    const auto mark = price(markKey);
    const auto fundingRate = rate(rateKey);
    const auto next = timeMs(nextTimeKey);
    if (mark && fundingRate && next)
        m_quote.funding = FundingTerms { *mark, *fundingRate, *next };
}

void QuoteRow::readMark(QLatin1StringView key)
{
    if (const auto mark = price(key))
        m_quote.funding = FundingTerms { *mark, Decimal(), 0 };
}

void QuoteRow::readFundingRate(QLatin1StringView rateKey, QLatin1StringView nextTimeKey)
{
    const auto fundingRate = rate(rateKey);
    const auto next = timeMs(nextTimeKey);
    if (fundingRate && next)
        m_quote.funding = FundingTerms { Decimal(), *fundingRate, *next };
}

bool QuoteRow::hasValues() const
{
    return m_quote.last || m_quote.book || m_quote.volume24h || m_quote.change24hRatio || m_quote.funding;
}

std::optional<Decimal> QuoteRow::price(QLatin1StringView key)
{
    const std::optional<Decimal> quoted = number(key);
    if (!quoted)
        return std::nullopt;
    if (!JsonReply::isUsablePrice(*quoted)) {
        reject(DataIssue::Kind::Absurd, key);
        return std::nullopt;
    }
    // A price far below the multiplier's places rounds to nothing per coin: no price either.
    const std::optional<Decimal> perCoin = m_instrument.perCoin(*quoted);
    if (!perCoin || !perCoin->isPositive()) {
        reject(DataIssue::Kind::Absurd, key, QStringLiteral("nothing per coin"));
        return std::nullopt;
    }
    return perCoin->normalized();
}

std::optional<Decimal> QuoteRow::amount(QLatin1StringView key)
{
    const auto venueUnits = number(key);
    if (!venueUnits)
        return std::nullopt;
    if (venueUnits->isNegative()) {
        reject(DataIssue::Kind::Absurd, key);
        return std::nullopt;
    }
    return m_instrument.coins(*venueUnits).normalized();
}

std::optional<Decimal> QuoteRow::rate(QLatin1StringView key)
{
    const auto value = number(key);
    if (value && value->abs() >= kMaxFundingRate) {
        reject(DataIssue::Kind::Absurd, key);
        return std::nullopt;
    }
    return value ? std::optional(value->normalized()) : std::nullopt;
}

std::optional<qint64> QuoteRow::timeMs(QLatin1StringView key)
{
    const qsizetype token = field(key);
    if (token == FlatJson::None)
        return std::nullopt;
    const std::optional<qint64> value = m_json.integer(token);
    // Zero is how venues say "no funding" (a dated future, a market being settled).
    if (!value || *value <= 0) {
        reject(DataIssue::Kind::Absurd, key);
        return std::nullopt;
    }
    return value;
}

std::optional<Decimal> QuoteRow::number(QLatin1StringView key)
{
    const qsizetype token = field(key);
    if (token == FlatJson::None)
        return std::nullopt;
    const std::optional<Decimal> value = m_json.decimal(token);
    if (!value)
        reject(DataIssue::Kind::Absurd, key);
    return value;
}

qsizetype QuoteRow::field(QLatin1StringView key)
{
    const qsizetype token = m_json.member(m_row, key);
    if (token == FlatJson::None)
        reject(DataIssue::Kind::Malformed, key);
    return token;
}

void QuoteRow::reject(DataIssue::Kind kind, QLatin1StringView key, const QString &why)
{
    const qsizetype token = m_json.member(m_row, key);
    QString shown;
    if (token == FlatJson::None)
        shown = QStringLiteral("missing");
    else if (m_json.is(token, FlatJson::Type::String))
        shown = u'"' + m_json.string(token).left(40) + u'"';
    else
        shown = QString::fromUtf8(m_json.raw(token).first(std::min<qsizetype>(40, m_json.raw(token).size())));
    DataIssue issue;
    issue.kind = kind;
    issue.venue = m_instrument.venue;
    issue.coin = m_instrument.coin;
    issue.instrument = m_instrument.symbol;
    issue.detail = key + u' ' + shown;
    if (!why.isEmpty())
        issue.detail += QStringLiteral(": ") + why;
    m_issues.append(issue);
}
