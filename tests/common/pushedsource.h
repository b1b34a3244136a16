#pragma once

#include "venues/marketsource.h"

class PollingMarketSource;

// A streaming source for tests and benchmarks, without sockets: the poller lists, reads the
// wallet states and ends the cycles; push() delivers a batch as a venue's socket would (origin
// Stream, received now). While the stream "carries" the coins the poller's quotes are held back,
// as the streaming transport stops polling a streamed coin; setPolling(true) is its fall back.
class PushedSource final : public MarketSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PushedSource)

public:
    explicit PushedSource(PollingMarketSource *poller, QObject *parent = nullptr);

    QString venue() const override;
    void start() override;
    void stop() override;
    const InstrumentSet &listed() const override;
    void follow(const QStringList &coins) override;

    // Whether the poller's quotes go through (true at first: the first cycle is polled).
    void setPolling(bool polling) { m_polling = polling; }
    // `quotes` get the venue, origin Stream and `receivedAtMs` (now when 0) before they go out.
    void push(QList<MarketQuote> quotes, qint64 receivedAtMs = 0);

private:
    PollingMarketSource *m_poller;
    bool m_polling = true;
};
