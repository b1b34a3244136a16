#pragma once

#include "fundingevent.h"
#include "fundingsettlement.h"
#include "marketdepth.h"

#include "exchanges/endpoint.h"
#include "market/fetcherror.h"
#include "premium/feedconfig.h"

#include <QObject>

#include <array>

class HttpPoller;
class QNetworkAccessManager;
class VenueGates;

// The live bid/ask and funding of the feed's symbol: the Korean venue's order book and the
// perpetual's book ticker every ticker period, its premium index (mark price, funding rate, next
// funding time) less often. FX is not polled here: the premium feed already does, and hands its
// rate over with setFx().
class MarketDepthFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketDepthFeed)

public:
    enum class Source { KoreanBook, ForeignBook, Funding };
    Q_ENUM(Source)
    static constexpr int SourceCount = 3;
    static constexpr int DefaultFundingPeriodMs = 10'000;

    explicit MarketDepthFeed(const FeedConfig &config, QObject *parent = nullptr);
    ~MarketDepthFeed() override;

    // From the next cycle on; the ticker period of the config drives the two books.
    void setFundingPeriodMs(int periodMs);
    // Shares the venues' gates (budgets, backoff, bans) with the premium feed's pollers, so that
    // both feeds together stay within each venue's budget. Not owned.
    void setGates(VenueGates *gates);

    const MarketDepth &depth() const { return m_depth; }
    HttpPoller *poller(Source source) const { return m_pollers[static_cast<int>(source)]; }

    void setFx(const Quote &fx);
    void start();
    void stop();

Q_SIGNALS:
    void depthChanged(const MarketDepth &depth);
    void fundingSettled(const FundingEvent &event);
    void fetchFailed(MarketDepthFeed::Source source, const FetchError &error);

private:
    void makePoller(Source source, const std::optional<Endpoint> &endpoint, int periodMs);
    void accept(Source source, const Quote &quote);

    QNetworkAccessManager *m_network;
    MarketDepth m_depth;
    FundingSettlement m_settlement;
    std::array<HttpPoller *, SourceCount> m_pollers{};
};
