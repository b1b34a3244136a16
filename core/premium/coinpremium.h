#pragma once

#include "premiumbasis.h"
#include "venuepair.h"

#include "market/decimal.h"
#include "venues/marketquote.h"

#include <QMetaType>
#include <QString>

#include <optional>

// The premium of one coin on one venue pair at one moment, with the inputs it came from. Rates are
// in percent, rounded half-up to 2 places (what is shown and printed); `preciseRate` keeps 8 places
// for charts and history. A rate is unset when an input is missing; `stale` says an input is older
// than the staleness policy allows (the values are then the last good ones, never shown as fresh).
struct CoinPremium
{
    QString coin;
    VenuePair pair;
    QString foreignInstrument; // the perpetual's own code, e.g. "1000SHIBUSDT"
    PremiumBasis basis = PremiumBasis::Seed;

    // Last trade prices; the foreign one is the price of one coin.
    std::optional<Decimal> koreaPrice;
    std::optional<Decimal> foreignPrice;
    std::optional<Decimal> fx; // KRW per USD (USDT is taken at par, as every premium site does)
    std::optional<Decimal> koreaBid;
    std::optional<Decimal> koreaAsk;
    std::optional<Decimal> foreignBid;
    std::optional<Decimal> foreignAsk;

    std::optional<Decimal> rate; // last vs last
    std::optional<Decimal> preciseRate; // the same to 8 places
    std::optional<Decimal> entryRate; // Korean best ask vs perp best bid (buy spot, short the perp)
    std::optional<Decimal> exitRate; // Korean best bid vs perp best ask

    std::optional<Decimal> fundingRate;
    qint64 nextFundingTimeMs = 0;
    std::optional<Decimal> koreaVolume24h; // coins
    std::optional<Decimal> koreaChange24hRatio;

    // The Korean venue's word on the coin: a suspended withdrawal is shown wherever the coin is.
    std::optional<bool> depositOpen;
    std::optional<bool> withdrawalOpen;
    std::optional<bool> caution;

    QuoteOrigin koreaOrigin = QuoteOrigin::Poll;
    QuoteOrigin foreignOrigin = QuoteOrigin::Poll;
    // When the last prices (and the FX) were received; the books have their own times.
    qint64 koreaReceivedAtMs = 0;
    qint64 foreignReceivedAtMs = 0;
    qint64 fxReceivedAtMs = 0;
    qint64 koreaBookReceivedAtMs = 0;
    qint64 foreignBookReceivedAtMs = 0;

    // An input of the last-based rate (either last price or the FX) is missing or too old.
    bool stale = false;
    // The same for the entry and exit rates' books (a venue's book may come from a request of its own).
    bool bookStale = false;
    // Why there is no fresh rate: "korea stale", "foreign missing", "fx stale", "korea book stale"...
    // (English, for logs and the headless line, comma-separated); empty when every input is fresh.
    QString reason;
    qint64 observedAtMs = 0;
};

Q_DECLARE_METATYPE(CoinPremium)
