#pragma once

#include "dataissue.h"
#include "flatjson.h"
#include "instrument.h"
#include "marketquote.h"

#include <QLatin1StringView>
#include <QList>

// One row of an all-symbol reply, read for the followed instrument it names, into a quote of one
// coin. Each part of the quote (last price, book, volume, change, funding) is taken only when all
// its fields are usable; otherwise that part is left out and an issue says which field and why.
// The other parts of the row, and the other rows, stand: a bad value is data quality, never the
// venue's health. Judging a book (crossed, one-sided) is the market board's job, not the row's.
class QuoteRow final
{
public:
    // How a venue counts its 24 h volume.
    enum class VolumeUnit {
        Venue, // contracts or multiplied units (1000SHIB): scaled by the instrument
        Coins, // already in coins (OKX's volCcy24h)
    };
    // How a venue states the 24 h change.
    enum class ChangeUnit {
        Ratio, // 0.0123 for +1.23 %
        Percent, // 1.23 for +1.23 %
    };

    // `row` is the object token of the row in `json`.
    QuoteRow(const FlatJson &json, qsizetype row, const Instrument &instrument, qint64 receivedAtMs);

    void readLast(QLatin1StringView key);
    void readBook(QLatin1StringView bidKey, QLatin1StringView bidSizeKey, QLatin1StringView askKey,
                  QLatin1StringView askSizeKey);
    void readVolume(QLatin1StringView key, VolumeUnit unit);
    void readChange(QLatin1StringView key, ChangeUnit unit);
    // The change from the price 24 h ago (OKX's open24h) to the last price read before.
    void readChangeSinceOpen(QLatin1StringView openKey);
    // Mark price, funding rate and next funding time from one reply.
    void readFunding(QLatin1StringView markKey, QLatin1StringView rateKey, QLatin1StringView nextTimeKey);
    // The parts of the funding terms a venue publishes apart: the mark price alone (a zero next
    // funding time), the rate and the next funding time alone (a zero mark price).
    void readMark(QLatin1StringView key);
    void readFundingRate(QLatin1StringView rateKey, QLatin1StringView nextTimeKey);

    // Whether any part was read: a row with none gives no quote, only its issues.
    bool hasValues() const;
    const MarketQuote &quote() const { return m_quote; }
    const QList<DataIssue> &issues() const { return m_issues; }

private:
    // Each reader gives the value or records why there is none.
    std::optional<Decimal> price(QLatin1StringView key);
    std::optional<Decimal> amount(QLatin1StringView key);
    std::optional<Decimal> rate(QLatin1StringView key);
    std::optional<qint64> timeMs(QLatin1StringView key);
    // The token of `key` in the row; None, recorded as malformed, when it has none.
    qsizetype field(QLatin1StringView key);
    // The number of `key` in the row; records why there is none.
    std::optional<Decimal> number(QLatin1StringView key);
    void reject(DataIssue::Kind kind, QLatin1StringView key, const QString &why = {});

    const FlatJson &m_json;
    qsizetype m_row;
    const Instrument &m_instrument;
    MarketQuote m_quote;
    QList<DataIssue> m_issues;
};
