#pragma once

#include "venues/venueadapter.h"

#include "../../common/fixturefile.h"

#include <gtest/gtest.h>

#include <string>

// What the perpetual venue tests share: the moment of the fixtures, the context a source gives a
// parser, and the way into a listing or a batch with a failed expectation when it holds an error.

// 2026-11-30T08:00:00Z, the moment of the many-coin fixtures, plus a little.
inline constexpr qint64 kReceivedAtMs = 1'796'025'600'123;
// 2026-11-30 16:00 and 12:00 UTC: the next funding of the 8-hourly and the 4-hourly perpetuals.
inline constexpr qint64 kEightHourlyFundingMs = 1'796'054'400'000;
inline constexpr qint64 kFourHourlyFundingMs = 1'796'040'000'000;

inline ReplyContext perpContext(const VenueAdapter &adapter, const QString &request, int status = 200)
{
    return ReplyContext { adapter.id(), request, QString(), status, kReceivedAtMs };
}

inline QString describe(const FetchError &error)
{
    return error.describe();
}

template<typename Value> Value valueOf(const std::variant<Value, FetchError> &result)
{
    EXPECT_TRUE(std::holds_alternative<Value>(result))
        << (std::holds_alternative<FetchError>(result) ? describe(std::get<FetchError>(result)).toStdString()
                                                       : std::string());
    return std::holds_alternative<Value>(result) ? std::get<Value>(result) : Value {};
}

template<typename Value> FetchError errorOf(const std::variant<Value, FetchError> &result)
{
    EXPECT_TRUE(std::holds_alternative<FetchError>(result));
    return std::holds_alternative<FetchError>(result) ? std::get<FetchError>(result) : FetchError {};
}

// The instruments a listing fixture gives.
inline QList<Instrument> listingOf(const VenueAdapter &adapter, const QString &fixture)
{
    return valueOf(adapter.parseListing(fixtureFile(fixture), perpContext(adapter, QStringLiteral("listing"))));
}

// The adapter's quote request of this name for these instruments.
inline VenueRequest requestNamed(const VenueAdapter &adapter, const InstrumentSet &followed, const QString &name)
{
    for (const VenueRequest &request : adapter.quoteRequests(followed)) {
        if (request.name == name)
            return request;
    }
    ADD_FAILURE() << "no request " << name.toStdString();
    return VenueRequest {};
}

inline BatchResult parseBody(const VenueAdapter &adapter, const InstrumentSet &followed, const QString &request,
                             const QByteArray &body, int status = 200)
{
    return adapter.parseQuotes(requestNamed(adapter, followed, request), body, perpContext(adapter, request, status),
                               followed);
}

inline QuoteBatch batchOf(const VenueAdapter &adapter, const InstrumentSet &followed, const QString &request,
                          const QString &fixture)
{
    return valueOf(parseBody(adapter, followed, request, fixtureFile(fixture)));
}

// The quote of one coin in a batch, or nullptr.
inline const MarketQuote *quoteFor(const QuoteBatch &batch, const QString &coin)
{
    for (const MarketQuote &quote : batch.quotes) {
        if (quote.coin == coin)
            return &quote;
    }
    return nullptr;
}

inline QStringList coinsOf(const QuoteBatch &batch)
{
    QStringList coins;
    for (const MarketQuote &quote : batch.quotes)
        coins.append(quote.coin);
    return coins;
}

inline QString text(const std::optional<Decimal> &value)
{
    return value ? value->toString() : QStringLiteral("none");
}

// One line per issue of a batch, as the log writes them.
inline QString issueLines(const QuoteBatch &batch)
{
    QStringList lines;
    for (const DataIssue &issue : batch.issues)
        lines.append(issue.describe());
    return lines.join(u'\n');
}

// A reply that must be a FetchError of this kind.
struct ErrorCase
{
    QByteArray body;
    int status;
    FetchError::Kind kind;
};

// Every case through the listing and every quote request of the adapter.
inline void expectErrors(const VenueAdapter &adapter, const InstrumentSet &followed,
                         const std::vector<ErrorCase> &cases)
{
    for (const ErrorCase &c : cases) {
        const std::string what = c.body.left(48).toStdString() + " with HTTP " + std::to_string(c.status);
        for (const VenueRequest &request : adapter.quoteRequests(followed)) {
            const FetchError error = errorOf(parseBody(adapter, followed, request.name, c.body, c.status));
            EXPECT_EQ(error.kind, c.kind)
                << what << " for " << request.name.toStdString() << ": " << error.describe().toStdString();
        }
        const FetchError error
            = errorOf(adapter.parseListing(c.body, perpContext(adapter, QStringLiteral("listing"), c.status)));
        EXPECT_EQ(error.kind, c.kind) << what << " for the listing: " << error.describe().toStdString();
    }
}
