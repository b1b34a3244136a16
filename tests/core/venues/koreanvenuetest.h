#pragma once

#include "venues/venueadapter.h"

#include "../../common/fixturefile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <string>

// What the tests of the Korean adapters share: the context a source gives a parser, the value or
// error a result holds, the instruments of a venue's listing fixture and the quotes of a batch.
namespace KoreanVenueTest {

// Our receive time, an odd number far from any of the venues' timestamps.
constexpr qint64 kReceivedAtMs = 1'796'025'600'123;

inline ReplyContext context(const VenueAdapter &venue, const QString &request, int status = 200)
{
    return ReplyContext { venue.id(), request, QString(), status, kReceivedAtMs };
}

template<typename Value> Value valueOf(const std::variant<Value, FetchError> &result)
{
    EXPECT_TRUE(std::holds_alternative<Value>(result))
        << (std::holds_alternative<FetchError>(result) ? std::get<FetchError>(result).describe().toStdString()
                                                       : std::string());
    return std::holds_alternative<Value>(result) ? std::get<Value>(result) : Value {};
}

template<typename Value> FetchError errorOf(const std::variant<Value, FetchError> &result)
{
    EXPECT_TRUE(std::holds_alternative<FetchError>(result));
    return std::holds_alternative<FetchError>(result) ? std::get<FetchError>(result) : FetchError {};
}

inline InstrumentSet listed(const VenueAdapter &venue, const QString &listingFixture)
{
    return InstrumentSet(
        valueOf(venue.parseListing(fixtureFile(listingFixture), context(venue, venue.listingRequest().name))));
}

// The venue's limits are the seed's defaults for it, failure handling included.
inline void expectDefaultLimits(const VenueAdapter &venue)
{
    const VenueLimits limits = venue.limits();
    const VenueLimits defaults = VenueLimits::defaults(venue.id());
    EXPECT_EQ(limits.requestsPerSecond, defaults.requestsPerSecond);
    EXPECT_EQ(limits.requestsPerDay, defaults.requestsPerDay);
    EXPECT_EQ(limits.weightPerMinute, defaults.weightPerMinute);
    EXPECT_EQ(limits.usedWeightHeader, defaults.usedWeightHeader);
    EXPECT_EQ(limits.backoffBaseMs, defaults.backoffBaseMs);
    EXPECT_EQ(limits.backoffCapMs, defaults.backoffCapMs);
    EXPECT_EQ(limits.outageBackoffCapMs, defaults.outageBackoffCapMs);
    EXPECT_EQ(limits.breaker.window, defaults.breaker.window);
    EXPECT_EQ(limits.breaker.threshold, defaults.breaker.threshold);
    EXPECT_EQ(limits.breaker.openMs, defaults.breaker.openMs);
    EXPECT_EQ(limits.breaker.probes, defaults.breaker.probes);
    EXPECT_EQ(limits.minBanMs, defaults.minBanMs);
}

// The first of the venue's quote requests with this name, for `followed`.
inline VenueRequest quoteRequest(const VenueAdapter &venue, const InstrumentSet &followed, const QString &name)
{
    for (const VenueRequest &request : venue.quoteRequests(followed)) {
        if (request.name == name)
            return request;
    }
    ADD_FAILURE() << "no request " << name.toStdString();
    return {};
}

inline BatchResult parse(const VenueAdapter &venue, const InstrumentSet &followed, const QString &request,
                         const QByteArray &body, int status = 200)
{
    return venue.parseQuotes(quoteRequest(venue, followed, request), body, context(venue, request, status), followed);
}

inline QuoteBatch batchOf(const VenueAdapter &venue, const InstrumentSet &followed, const QString &request,
                          const QString &fixture)
{
    return valueOf(parse(venue, followed, request, fixtureFile(fixture)));
}

inline const MarketQuote *quoteOf(const QuoteBatch &batch, const QString &coin)
{
    for (const MarketQuote &quote : batch.quotes) {
        if (quote.coin == coin)
            return &quote;
    }
    return nullptr;
}

inline StatusResult status(const VenueAdapter &venue, const QString &request, const QByteArray &body,
                           int httpStatus = 200)
{
    for (const VenueRequest &candidate : venue.statusRequests()) {
        if (candidate.name == request)
            return venue.parseStatus(candidate, body, context(venue, request, httpStatus));
    }
    ADD_FAILURE() << "no status request " << request.toStdString();
    return FetchError {};
}

inline const CoinStatus *statusOf(const QList<CoinStatus> &statuses, const QString &coin)
{
    for (const CoinStatus &status : statuses) {
        if (status.coin == coin)
            return &status;
    }
    return nullptr;
}

// The fixture's JSON with `edit` applied to it, written back as bytes.
template<typename Edit> QByteArray edited(const QString &fixture, Edit edit)
{
    QJsonDocument document = QJsonDocument::fromJson(fixtureFile(fixture));
    edit(document);
    return document.toJson(QJsonDocument::Compact);
}

// `count` made-up KRW instruments of the venue ("KRW-C000", …), for request sizes.
inline InstrumentSet manyInstruments(const VenueAdapter &venue, int count, bool codeIsCoin = false)
{
    QList<Instrument> instruments;
    for (int i = 0; i < count; ++i) {
        Instrument instrument;
        instrument.venue = venue.id();
        instrument.coin = QStringLiteral("C%1").arg(i, 3, 10, QLatin1Char('0'));
        instrument.symbol = codeIsCoin ? instrument.coin : QStringLiteral("KRW-") + instrument.coin;
        instruments.append(instrument);
    }
    return InstrumentSet(instruments);
}

// The markets of a chunked request (`markets=KRW-A,KRW-B`).
inline QStringList marketsOf(const VenueRequest &request)
{
    return request.query.queryItemValue(QStringLiteral("markets")).split(QLatin1Char(','));
}

} // namespace KoreanVenueTest
