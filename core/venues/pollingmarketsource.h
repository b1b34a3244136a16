#pragma once

#include "marketsource.h"
#include "venueadapter.h"
#include "venuerequest.h"

#include "exchanges/httppoller.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class VenueGate;
class VenueGates;

// A venue's market polled over HTTP, driven by its adapter: the listing at start and every hour,
// quote cycles every period, wallet status every minute.
//
// A cycle sends the adapter's quote requests for the followed coins together (each once its turn
// in the venue's budget comes) and ends when every one of them has ended; the next cycle starts
// one period after this one began, never before it ended, so cycles never overlap and the cadence
// stays steady. Every request, listing and status included, goes through the venue's VenueGate.
//
// Only the venue's own failures count against its health: transport errors, HTTP errors, the
// venue's error answers and replies in no known shape. A bad row in a good reply is a DataIssue
// in its batch and the venue stays healthy, so one crossed book never takes a venue's other coins
// down with it.
class PollingMarketSource final : public MarketSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollingMarketSource)

public:
    // `adapter` and `gates` are not owned and must outlive the source. An empty `baseUrl` asks the
    // venue's real address.
    PollingMarketSource(const VenueAdapter *adapter, QNetworkAccessManager *network, VenueGates *gates,
                        QUrl baseUrl = {}, QObject *parent = nullptr);
    ~PollingMarketSource() override;

    void setPeriodMs(int periodMs);
    // Per request; 4/5 of the period unless set.
    void setTimeoutMs(int timeoutMs);
    void setListingRefreshMs(int refreshMs);
    void setStatusPeriodMs(int periodMs);
    // Whether a quote cycle polls at all, as HttpPoller::setCycleGate: asked at the start of every
    // cycle; a cycle that does not poll sends nothing and reports nothing. Wallet status follows
    // the last answer (the instance that polls the quotes asks the status too); the listing is read
    // whatever it says, since every instance needs it to choose its coins.
    void setCycleGate(HttpPoller::CycleGate gate);

    int periodMs() const { return m_periodMs; }
    int timeoutMs() const;
    const QUrl &baseUrl() const { return m_baseUrl; }
    bool isRunning() const { return m_running; }

    QString venue() const override;
    void start() override;
    void stop() override;
    const InstrumentSet &listed() const override { return m_listed; }
    void follow(const QStringList &coins) override;
    // Exactly these coins: unlike follow(), an empty list polls none (a stream carries them all), while
    // the listing and the wallet status go on.
    void followOnly(const QStringList &coins);
    // The instruments the next cycle asks for.
    const InstrumentSet &followed() const { return m_followed; }

private:
    enum class Job {
        Listing,
        Quotes,
        Status,
    };
    struct Queued
    {
        Job job;
        VenueRequest request;
    };
    struct InFlight
    {
        QPointer<QNetworkReply> reply;
        Job job;
        VenueRequest request;
        QElapsedTimer clock;
        bool timedOut = false;
    };
    VenueGate *gate() const;
    void enqueue(Job job, const VenueRequest &request);
    void dispatch();
    void send(const Queued &queued);
    void onFinished(QNetworkReply *reply);
    // The status's verdict over the parser's (unless the parser's value stands whatever the
    // status, short of 429 and 418), then the reply reported to the gate and as an outcome.
    template<typename Value>
    void conclude(const InFlight &flight, const QNetworkReply &reply, std::variant<Value, FetchError> &result,
                  bool valueStands = false);
    // A request the gate held back: it ends as if the venue had failed it, without being sent.
    void requestHeld(Job job, const FetchError &reason);

    void requestListing();
    // A page of the listing, or why there is none; the listing is whole after the last page.
    void onListing(ListingResult result, const std::optional<VenueRequest> &nextPage);
    void applyListing(QList<Instrument> instruments);
    void restrictFollowed();

    void beginCycle();
    void runCycle();
    void onQuotes(BatchResult result);
    void endCycle();
    void logIssues(const QuoteBatch &batch);

    void requestStatus();

    const VenueAdapter *m_adapter;
    QNetworkAccessManager *m_network;
    VenueGates *m_gates;
    QUrl m_baseUrl;
    QByteArray m_usedWeightHeader;

    int m_periodMs = 1000;
    std::optional<int> m_timeoutMs;
    int m_listingRefreshMs = 3'600'000;
    int m_statusPeriodMs = 60'000;
    HttpPoller::CycleGate m_cycleGate;

    bool m_running = false;
    quint64 m_cycleSerial = 0; // an answer of the cycle gate for an earlier cycle is ignored
    bool m_polling = true; // the cycle gate's last answer

    InstrumentSet m_listed;
    bool m_haveListing = false;
    bool m_listingPending = false; // queued or in flight
    QList<Instrument> m_listingPages; // the pages read so far of a paged listing
    QStringList m_followCoins;
    bool m_followEvery = true; // an empty m_followCoins follows every listed coin
    InstrumentSet m_followed;

    QList<Queued> m_queue;
    QHash<QNetworkReply *, InFlight> m_inFlight;

    QTimer m_cycleTimer;
    QTimer m_budgetTimer; // the queue's head waits for room in the budget
    QTimer m_listingTimer;
    QTimer m_statusTimer;
    QElapsedTimer m_cycleClock;
    QElapsedTimer m_listingClock;

    bool m_dispatching = false;

    // The current quote cycle.
    quint64 m_cycleIndex = 0; // cycles that polled, for VenueRequest::everyCycles
    InstrumentSet m_cycleFollowed; // what the cycle's requests asked for, to parse their replies
    int m_cycleOutstanding = 0;
    bool m_cycleGotBatch = false;
    bool m_cycleReadListing = false;
    std::optional<FetchError> m_cycleError;
    QHash<QString, QStringList> m_loggedIssues; // by request name: the issues last logged
};
