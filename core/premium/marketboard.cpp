#include "marketboard.h"

#include "premiumcalculator.h"

#include "exchanges/jsonreply.h"

#include <algorithm>

namespace {

const Decimal kHalf = Decimal::fromParts(5, 1);
const Decimal kOne = Decimal::fromInteger(1);

DataIssue issueFor(const MarketQuote &quote, const QString &venue, DataIssue::Kind kind, const QString &detail)
{
    DataIssue issue;
    issue.kind = kind;
    issue.venue = venue;
    issue.coin = quote.coin;
    issue.instrument = quote.instrument;
    issue.detail = detail;
    return issue;
}

// A rate of 100 % or more per funding period is no venue's funding (they cap it at a few percent).
bool isUsableFundingRate(const Decimal &rate)
{
    return rate.abs() < kOne;
}

template<typename T>
void keep(std::optional<QuotePart<T>> &part, const T &value, qint64 receivedAtMs, QuoteOrigin origin)
{
    part = QuotePart<T> { value, receivedAtMs, origin };
}

qint64 ageAt(qint64 nowMs, qint64 receivedAtMs)
{
    return std::max<qint64>(0, nowMs - receivedAtMs);
}

} // namespace

MarketBoard::Slot::Slot(const Decimal &outlierShare)
    : lastGuard(outlierShare)
    , bookGuard(outlierShare)
    , markGuard(outlierShare)
{
}

MarketBoard::MarketBoard(Decimal outlierShare, StalenessPolicy policy)
    : m_outlierShare(outlierShare)
    , m_policy(policy)
{
}

MarketBoard::Slot &MarketBoard::slot(QHash<QString, Slot> &coins, const QString &venue, const QString &coin)
{
    auto it = coins.find(coin);
    if (it == coins.end()) {
        it = coins.insert(coin, Slot(m_outlierShare));
        it->quote.venue = venue;
        it->quote.coin = coin;
    }
    return *it;
}

bool MarketBoard::isNew(Slot &slot, Part part, qint64 receivedAtMs)
{
    qint64 &offered = slot.offeredAtMs[static_cast<int>(part)];
    if (receivedAtMs <= offered)
        return false;
    offered = receivedAtMs;
    return true;
}

std::optional<QString> MarketBoard::heldBy(OutlierGuard &guard, const Decimal &price, qint64 receivedAtMs,
                                           const QString &what)
{
    Quote tick;
    tick.price = price;
    tick.receivedAtMs = receivedAtMs;
    if (guard.offer(tick).accepted)
        return std::nullopt;
    // Held: the guard still has the price it measured the move against.
    QString detail = what + QLatin1Char(' ') + price.toString() + QStringLiteral(" held until confirmed");
    if (const std::optional<Quote> &reference = guard.lastAccepted()) {
        const auto move = (price - reference->price).dividedBy(reference->price, 6);
        detail += QStringLiteral(": ") + (move ? (*move * Decimal::fromInteger(100)).toFixed(2) : QString())
            + QStringLiteral(" % from ") + reference->price.toString();
    }
    return detail;
}

QList<DataIssue> MarketBoard::apply(const QuoteBatch &batch)
{
    QList<DataIssue> issues = batch.issues;
    // A batch is one venue's reply: its table of coins is looked up once.
    QHash<QString, Slot> *coins = nullptr;
    const QString *coinsVenue = nullptr;
    for (const MarketQuote &quote : batch.quotes) {
        const QString &venue = quote.venue.isEmpty() ? batch.venue : quote.venue;
        if (quote.coin.isEmpty()) {
            issues.append(issueFor(quote, venue, DataIssue::Kind::Malformed, QStringLiteral("quote without a coin")));
            continue;
        }
        if (!coinsVenue || *coinsVenue != venue) {
            coins = &m_slots[venue];
            coinsVenue = &venue;
        }
        applyQuote(slot(*coins, venue, quote.coin), quote, venue,
                   quote.receivedAtMs > 0 ? quote.receivedAtMs : batch.receivedAtMs, issues);
    }
    return issues;
}

void MarketBoard::applyQuote(Slot &s, const MarketQuote &quote, const QString &venue, qint64 at,
                             QList<DataIssue> &issues)
{
    BoardQuote &board = s.quote;
    // Compared first: the same code every cycle, in a new string every cycle.
    if (!quote.instrument.isEmpty() && board.instrument != quote.instrument)
        board.instrument = quote.instrument;
    // Issues are rare: each is made only when a value fails.
    const auto report = [&](DataIssue::Kind kind, const QString &detail) {
        issues.append(issueFor(quote, venue, kind, detail));
    };
    const auto absurd = [&](const QString &detail) {
        report(DataIssue::Kind::Absurd, detail);
    };
    // Whether the part's guard lets the price through now; an Outlier issue when it holds it.
    const auto guarded = [&](OutlierGuard &guard, const Decimal &price, const QString &what) {
        const std::optional<QString> held = heldBy(guard, price, at, what);
        if (held)
            report(DataIssue::Kind::Outlier, *held);
        return !held;
    };

    if (quote.last && isNew(s, Part::Last, at)) {
        const Decimal &last = *quote.last;
        if (!JsonReply::isUsablePrice(last))
            absurd(QStringLiteral("last ") + last.toString());
        else if (guarded(s.lastGuard, last, QStringLiteral("last")))
            keep(board.last, last, at, quote.origin);
    }

    if (quote.book && isNew(s, Part::Book, at)) {
        const BookTop &book = *quote.book;
        if (!JsonReply::isUsablePrice(book.bid) || !JsonReply::isUsablePrice(book.ask) || book.bidSize.isNegative()
            || book.askSize.isNegative()) {
            absurd(QStringLiteral("book ") + book.bid.toString() + QLatin1Char('/') + book.ask.toString());
        } else if (book.bid >= book.ask) {
            report(DataIssue::Kind::CrossedBook,
                   QStringLiteral("bid ") + book.bid.toString() + QStringLiteral(" >= ask ") + book.ask.toString());
        } else if (guarded(s.bookGuard, (book.bid + book.ask) * kHalf, QStringLiteral("book mid"))) {
            keep(board.book, book, at, quote.origin);
        }
    }

    if (quote.volume24h && isNew(s, Part::Volume, at)) {
        if (quote.volume24h->isNegative())
            absurd(QStringLiteral("24 h volume ") + quote.volume24h->toString());
        else
            keep(board.volume24h, *quote.volume24h, at, quote.origin);
    }

    if (quote.change24hRatio && isNew(s, Part::Change, at)) {
        // A price cannot fall by all of itself or more.
        if (*quote.change24hRatio <= -kOne)
            absurd(QStringLiteral("24 h change ") + quote.change24hRatio->toString());
        else
            keep(board.change24hRatio, *quote.change24hRatio, at, quote.origin);
    }

    // The terms come whole, or (where a venue publishes them apart) in parts: a zero mark price is
    // a reply of the rate alone, a zero next funding time one of the mark alone (MarketQuote).
    std::optional<Decimal> mark;
    std::optional<Decimal> rate;
    qint64 nextFundingTimeMs = 0;
    if (quote.funding) {
        if (!quote.funding->markPrice.isZero())
            mark = quote.funding->markPrice;
        if (quote.funding->nextFundingTimeMs != 0) {
            rate = quote.funding->rate;
            nextFundingTimeMs = quote.funding->nextFundingTimeMs;
        }
    }
    if (mark && isNew(s, Part::Mark, at)) {
        if (!JsonReply::isUsablePrice(*mark)) {
            absurd(QStringLiteral("mark ") + mark->toString());
        } else if (guarded(s.markGuard, *mark, QStringLiteral("mark"))) {
            keep(board.mark, *mark, at, quote.origin);
            if (board.funding)
                board.funding->value.markPrice = *mark;
        }
    }
    if (rate && isNew(s, Part::Funding, at)) {
        if (!isUsableFundingRate(*rate))
            absurd(QStringLiteral("funding rate ") + rate->toString());
        else
            keep(board.funding, FundingTerms { board.mark ? board.mark->value : Decimal(), *rate, nextFundingTimeMs },
                 at, quote.origin);
    }
}

void MarketBoard::apply(const QList<CoinStatus> &statuses)
{
    for (const CoinStatus &status : statuses) {
        QHash<QString, CoinStatus> &coins = m_statuses[status.venue];
        auto it = coins.find(status.coin);
        if (it == coins.end()) {
            coins.insert(status.coin, status);
            continue;
        }
        if (!status.networks.isEmpty())
            it->networks = status.networks;
        if (status.caution) {
            it->caution = status.caution;
            it->cautionReasons = status.cautionReasons;
        }
        it->receivedAtMs = std::max(it->receivedAtMs, status.receivedAtMs);
    }
}

void MarketBoard::forget(const QString &venue, const QStringList &coins)
{
    const auto slots = m_slots.find(venue);
    const auto statuses = m_statuses.find(venue);
    for (const QString &coin : coins) {
        if (slots != m_slots.end())
            slots->remove(coin);
        if (statuses != m_statuses.end())
            statuses->remove(coin);
    }
}

const BoardQuote *MarketBoard::quote(const QString &venue, const QString &coin) const
{
    const auto coins = m_slots.constFind(venue);
    if (coins == m_slots.cend())
        return nullptr;
    const auto it = coins->constFind(coin);
    return it == coins->cend() ? nullptr : &it->quote;
}

const CoinStatus *MarketBoard::status(const QString &venue, const QString &coin) const
{
    const auto coins = m_statuses.constFind(venue);
    if (coins == m_statuses.cend())
        return nullptr;
    const auto it = coins->constFind(coin);
    return it == coins->cend() ? nullptr : &*it;
}

QStringList MarketBoard::coins(const QString &venue) const
{
    const auto coins = m_slots.constFind(venue);
    return coins == m_slots.cend() ? QStringList() : coins->keys();
}

CoinPremium MarketBoard::premium(const QString &coin, const VenuePair &pair, const std::optional<Quote> &fx,
                                 PremiumBasis basis, qint64 nowMs) const
{
    CoinPremium premium;
    premium.coin = coin;
    premium.pair = pair;
    premium.basis = basis;
    premium.observedAtMs = nowMs;
    QStringList reasons;
    // Each input is named once: missing, or stale when older than the policy allows.
    const auto judge = [&](const QString &input, FeedRole role, bool present, qint64 receivedAtMs) {
        if (!present) {
            reasons.append(input + QStringLiteral(" missing"));
            return true;
        }
        if (m_policy.isStale(role, ageAt(nowMs, receivedAtMs))) {
            reasons.append(input + QStringLiteral(" stale"));
            return true;
        }
        return false;
    };

    const BoardQuote *korea = quote(pair.korea, coin);
    const BoardQuote *foreign = quote(pair.foreign, coin);
    if (foreign)
        premium.foreignInstrument = foreign->instrument;

    const bool koreaLast = korea && korea->last;
    if (koreaLast) {
        premium.koreaPrice = korea->last->value;
        premium.koreaOrigin = korea->last->origin;
        premium.koreaReceivedAtMs = korea->last->receivedAtMs;
    }
    const bool foreignLast = foreign && foreign->last;
    if (foreignLast) {
        premium.foreignPrice = foreign->last->value;
        premium.foreignOrigin = foreign->last->origin;
        premium.foreignReceivedAtMs = foreign->last->receivedAtMs;
    }
    const bool fxPresent = fx && fx->price.isPositive();
    if (fxPresent) {
        premium.fx = fx->price;
        premium.fxReceivedAtMs = fx->receivedAtMs;
    }
    const bool koreaBook = korea && korea->book;
    if (koreaBook) {
        premium.koreaBid = korea->book->value.bid;
        premium.koreaAsk = korea->book->value.ask;
        premium.koreaBookReceivedAtMs = korea->book->receivedAtMs;
    }
    const bool foreignBook = foreign && foreign->book;
    if (foreignBook) {
        premium.foreignBid = foreign->book->value.bid;
        premium.foreignAsk = foreign->book->value.ask;
        premium.foreignBookReceivedAtMs = foreign->book->receivedAtMs;
    }

    // Evaluated one by one (no short circuit) so that the reason names every input.
    const bool koreaBad = judge(QStringLiteral("korea"), FeedRole::KoreanSpot, koreaLast, premium.koreaReceivedAtMs);
    const bool foreignBad
        = judge(QStringLiteral("foreign"), FeedRole::ForeignPerp, foreignLast, premium.foreignReceivedAtMs);
    const bool fxBad = judge(QStringLiteral("fx"), FeedRole::Fx, fxPresent, premium.fxReceivedAtMs);
    premium.stale = koreaBad || foreignBad || fxBad;
    const bool koreaBookBad
        = judge(QStringLiteral("korea book"), FeedRole::KoreanSpot, koreaBook, premium.koreaBookReceivedAtMs);
    const bool foreignBookBad
        = judge(QStringLiteral("foreign book"), FeedRole::ForeignPerp, foreignBook, premium.foreignBookReceivedAtMs);
    premium.bookStale = koreaBookBad || foreignBookBad || fxBad;
    premium.reason = reasons.join(QStringLiteral(", "));

    if (fxPresent) {
        if (koreaLast && foreignLast) {
            premium.rate = PremiumCalculator::rate(*premium.koreaPrice, *premium.foreignPrice, *premium.fx, basis, 2);
            premium.preciseRate
                = PremiumCalculator::rate(*premium.koreaPrice, *premium.foreignPrice, *premium.fx, basis, 8);
        }
        if (koreaBook && foreignBook) {
            premium.entryRate = PremiumCalculator::rate(*premium.koreaAsk, *premium.foreignBid, *premium.fx, basis, 2);
            premium.exitRate = PremiumCalculator::rate(*premium.koreaBid, *premium.foreignAsk, *premium.fx, basis, 2);
        }
    }

    if (foreign && foreign->funding) {
        premium.fundingRate = foreign->funding->value.rate;
        premium.nextFundingTimeMs = foreign->funding->value.nextFundingTimeMs;
    }
    if (korea && korea->volume24h)
        premium.koreaVolume24h = korea->volume24h->value;
    if (korea && korea->change24hRatio)
        premium.koreaChange24hRatio = korea->change24hRatio->value;
    if (const CoinStatus *wallet = status(pair.korea, coin)) {
        premium.depositOpen = wallet->depositOpen();
        premium.withdrawalOpen = wallet->withdrawalOpen();
        premium.caution = wallet->caution;
    }
    return premium;
}

QList<CoinPremium> MarketBoard::premiums(const QStringList &coins, const VenuePair &pair,
                                         const std::optional<Quote> &fx, PremiumBasis basis, qint64 nowMs) const
{
    QList<CoinPremium> all;
    all.reserve(coins.size());
    for (const QString &coin : coins)
        all.append(premium(coin, pair, fx, basis, nowMs));
    return all;
}
