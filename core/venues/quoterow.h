#pragma once

#include "dataissue.h"
#include "instrument.h"
#include "marketquote.h"

#include <QJsonObject>
#include <QList>
#include <QStringView>

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

    QuoteRow(const QJsonObject &row, const Instrument &instrument, qint64 receivedAtMs);

    void readLast(QStringView key);
    void readBook(QStringView bidKey, QStringView bidSizeKey, QStringView askKey, QStringView askSizeKey);
    void readVolume(QStringView key, VolumeUnit unit);
    void readChange(QStringView key, ChangeUnit unit);
    // The change from the price 24 h ago (OKX's open24h) to the last price read before.
    void readChangeSinceOpen(QStringView openKey);
    // Mark price, funding rate and next funding time from one reply.
    void readFunding(QStringView markKey, QStringView rateKey, QStringView nextTimeKey);
    // The parts of the funding terms a venue publishes apart.
    void readMark(QStringView key);
    void readFundingRate(QStringView rateKey, QStringView nextTimeKey);

    // Whether any part was read: a row with none gives no quote, only its issues.
    bool hasValues() const;
    const MarketQuote &quote() const { return m_quote; }
    const QList<DataIssue> &issues() const { return m_issues; }

private:
    // Each reader gives the value or records why there is none.
    std::optional<Decimal> price(QStringView key);
    std::optional<Decimal> amount(QStringView key);
    std::optional<Decimal> rate(QStringView key);
    std::optional<qint64> timeMs(QStringView key);
    std::optional<Decimal> number(QStringView key, const QJsonValue &raw);
    void reject(DataIssue::Kind kind, QStringView key, const QJsonValue &raw, const QString &why = {});

    const QJsonObject &m_row;
    const Instrument &m_instrument;
    MarketQuote m_quote;
    QList<DataIssue> m_issues;
};
