#include "pollingmarketsource.h"

#include "venueadapter.h"

#include "exchanges/httpreply.h"
#include "exchanges/venuegates.h"
#include "observability/logmasker.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSet>

#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcSource, "ps.source")

namespace {

constexpr qint64 MaxTimerMs = 24 * 3600 * 1000;

int timerMs(qint64 ms)
{
    return static_cast<int>(std::clamp<qint64>(ms, 0, MaxTimerMs));
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// What tells one listing from another: a coin listed or delisted, or listed under another code.
QSet<QString> identities(const InstrumentSet &set)
{
    QSet<QString> result;
    result.reserve(set.size());
    for (const Instrument &instrument : set.all())
        result.insert(instrument.coin + u'\n' + instrument.symbol);
    return result;
}

} // namespace

PollingMarketSource::PollingMarketSource(const VenueAdapter *adapter, QNetworkAccessManager *network, VenueGates *gates,
                                         QUrl baseUrl, QObject *parent)
    : MarketSource(parent)
    , m_adapter(adapter)
    , m_network(network)
    , m_gates(gates)
    , m_baseUrl(baseUrl.isEmpty() ? adapter->defaultBaseUrl() : std::move(baseUrl))
    , m_usedWeightHeader(adapter->limits().usedWeightHeader)
{
    for (QTimer *timer : { &m_cycleTimer, &m_budgetTimer, &m_listingTimer }) {
        timer->setSingleShot(true);
        // A coarse timer may fire 5 % early: never acceptable against a Retry-After or a budget.
        timer->setTimerType(Qt::PreciseTimer);
    }
    connect(&m_cycleTimer, &QTimer::timeout, this, &PollingMarketSource::beginCycle);
    connect(&m_budgetTimer, &QTimer::timeout, this, &PollingMarketSource::dispatch);
    connect(&m_listingTimer, &QTimer::timeout, this, &PollingMarketSource::requestListing);
    connect(&m_statusTimer, &QTimer::timeout, this, &PollingMarketSource::requestStatus);
}

PollingMarketSource::~PollingMarketSource()
{
    stop();
}

void PollingMarketSource::setPeriodMs(int periodMs)
{
    m_periodMs = std::max(1, periodMs);
}

void PollingMarketSource::setTimeoutMs(int timeoutMs)
{
    m_timeoutMs = std::max(1, timeoutMs);
}

int PollingMarketSource::timeoutMs() const
{
    return m_timeoutMs ? *m_timeoutMs : std::max(1, m_periodMs * 4 / 5);
}

void PollingMarketSource::setListingRefreshMs(int refreshMs)
{
    m_listingRefreshMs = std::max(1, refreshMs);
}

void PollingMarketSource::setStatusPeriodMs(int periodMs)
{
    m_statusPeriodMs = std::max(1, periodMs);
    if (m_statusTimer.isActive())
        m_statusTimer.start(m_statusPeriodMs);
}

void PollingMarketSource::setCycleGate(HttpPoller::CycleGate gate)
{
    m_cycleGate = std::move(gate);
}

QString PollingMarketSource::venue() const
{
    return m_adapter->id();
}

VenueGate *PollingMarketSource::gate() const
{
    return m_gates->gate(m_adapter->id(), m_baseUrl);
}

void PollingMarketSource::start()
{
    if (m_running)
        return;
    m_running = true;
    m_polling = true;
    m_haveListing = false;
    m_cycleIndex = 0;
    requestListing();
}

void PollingMarketSource::stop()
{
    m_running = false;
    ++m_cycleSerial;
    for (QTimer *timer : { &m_cycleTimer, &m_budgetTimer, &m_listingTimer, &m_statusTimer })
        timer->stop();
    m_queue.clear();
    const QList<InFlight> flights = m_inFlight.values();
    m_inFlight.clear();
    for (const InFlight &flight : flights) {
        // Gone already when the network manager, their parent, is destroyed before this source.
        if (QNetworkReply *reply = flight.reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    m_listingPending = false;
}

void PollingMarketSource::follow(const QStringList &coins)
{
    m_followCoins = coins;
    m_followEvery = coins.isEmpty();
    restrictFollowed();
}

void PollingMarketSource::followOnly(const QStringList &coins)
{
    m_followCoins = coins;
    m_followEvery = false;
    restrictFollowed();
}

void PollingMarketSource::restrictFollowed()
{
    m_followed = m_followEvery ? m_listed : m_listed.restrictedTo(m_followCoins);
}

void PollingMarketSource::enqueue(Job job, const VenueRequest &request)
{
    m_queue.append(Queued { job, request });
    if (!m_budgetTimer.isActive())
        dispatch();
}

// Requests leave in the order they were queued, each as soon as the venue's budgets have room;
// they need not wait for each other's replies.
void PollingMarketSource::dispatch()
{
    if (m_dispatching)
        return;
    m_dispatching = true;
    while (m_running && !m_queue.isEmpty()) {
        const qint64 now = nowMs();
        const VenueGate::Admission admission = gate()->admit(m_queue.constFirst().request.weight, now);
        if (admission.waitMs > 0 && !admission.blocked) {
            m_budgetTimer.start(timerMs(admission.waitMs));
            break;
        }
        const Queued queued = m_queue.takeFirst();
        if (admission.blocked) {
            requestHeld(queued.job, *admission.blocked);
            continue;
        }
        gate()->onSent(queued.request.weight, now);
        send(queued);
    }
    m_dispatching = false;
}

void PollingMarketSource::send(const Queued &queued)
{
    QNetworkRequest request(queued.request.url(m_baseUrl));
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    InFlight &flight = m_inFlight[reply];
    flight.reply = reply;
    flight.job = queued.job;
    flight.request = queued.request;
    flight.clock.start();

    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, reply] {
        const auto it = m_inFlight.find(reply);
        if (it == m_inFlight.end())
            return;
        it->timedOut = true;
        reply->abort();
    });
    deadline->start(timeoutMs());
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void PollingMarketSource::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end())
        return;
    const InFlight flight = *it;
    m_inFlight.erase(it);

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    // A reply cut off by our deadline may have had its status line already: it is still a timeout.
    const bool answered = status != 0 && !flight.timedOut;
    const FetchError transport = HttpReply::transportError(reply->error(), reply->errorString(), flight.timedOut);
    const ReplyContext context { m_adapter->id(), flight.request.name, QString(), status, nowMs() };

    switch (flight.job) {
    case Job::Listing: {
        ListingResult result = answered ? m_adapter->parseListing(body, context) : ListingResult(transport);
        conclude(flight, *reply, result);
        std::optional<VenueRequest> nextPage;
        if (std::holds_alternative<QList<Instrument>>(result)) {
            nextPage = m_adapter->nextListingRequest(body, context);
            if (const std::optional<RateLimit> weight = m_adapter->publishedWeightLimit(body))
                gate()->setWeightLimit(weight->limit, weight->intervalMs);
        }
        onListing(std::move(result), nextPage);
        break;
    }
    case Job::Quotes: {
        BatchResult result = answered ? m_adapter->parseQuotes(flight.request, body, context, m_cycleFollowed)
                                      : BatchResult(transport);
        // A venue may answer a code it does not list with 404: the listing is stale, the venue is fine.
        const auto *batch = std::get_if<QuoteBatch>(&result);
        conclude(flight, *reply, result, batch && batch->listingStale);
        onQuotes(std::move(result));
        break;
    }
    case Job::Status: {
        StatusResult result
            = answered ? m_adapter->parseStatus(flight.request, body, context) : StatusResult(transport);
        conclude(flight, *reply, result);
        if (auto *statuses = std::get_if<QList<CoinStatus>>(&result))
            Q_EMIT statusReceived(*statuses);
        break;
    }
    }
}

template<typename Value>
void PollingMarketSource::conclude(const InFlight &flight, const QNetworkReply &reply,
                                   std::variant<Value, FetchError> &result, bool valueStands)
{
    const ReplyFacts facts = HttpReply::facts(reply, m_usedWeightHeader);
    const bool refused = facts.httpStatus == 429 || facts.httpStatus == 418;
    if (!valueStands || refused) {
        if (std::optional<FetchError> error
            = HttpReply::statusError(facts.httpStatus, std::get_if<FetchError>(&result)))
            result = *error;
    }
    // A good reply with bad rows reaches here as a value: its issues never count against the venue.
    FetchError *failure = std::get_if<FetchError>(&result);
    if (const std::optional<qint64> hold = gate()->onReply(facts, failure, nowMs()); hold && failure)
        failure->retryAfterMs = hold;
    Q_EMIT requestFinished(
        RequestOutcome { m_adapter->id(), flight.clock.elapsed(), failure ? std::optional(*failure) : std::nullopt });
    if (!failure)
        return;
    const QString where = m_adapter->id() + u' ' + LogMasker::maskedUrl(flight.request.url(m_baseUrl));
    if (failure->kind == FetchError::Kind::NoData)
        qCInfo(lcSource).noquote() << where << failure->describe();
    else
        qCWarning(lcSource).noquote() << where << failure->describe();
}

void PollingMarketSource::requestHeld(Job job, const FetchError &reason)
{
    switch (job) {
    case Job::Listing:
        onListing(reason, std::nullopt);
        break;
    case Job::Quotes:
        onQuotes(reason);
        break;
    case Job::Status:
        // The next status period asks again; quotes report the venue's standing.
        break;
    }
}

void PollingMarketSource::requestListing()
{
    if (!m_running || m_listingPending)
        return;
    m_listingPending = true;
    m_listingClock.start();
    enqueue(Job::Listing, m_adapter->listingRequest());
}

void PollingMarketSource::onListing(ListingResult result, const std::optional<VenueRequest> &nextPage)
{
    if (auto *page = std::get_if<QList<Instrument>>(&result)) {
        m_listingPages += *page;
        if (nextPage) {
            enqueue(Job::Listing, *nextPage);
            return;
        }
        m_listingPending = false;
        applyListing(std::exchange(m_listingPages, {}));
        return;
    }
    m_listingPending = false;
    m_listingPages.clear();
    if (!m_haveListing) {
        // Until the venue lists its markets there are no cycles; each attempt stands for one, so
        // that consumers see why this venue has no quotes and can close their period.
        const QPointer<PollingMarketSource> guard(this);
        Q_EMIT cycleFailed(std::get<FetchError>(result));
        if (!guard || !m_running)
            return;
        Q_EMIT cycleEnded();
        if (!guard || !m_running)
            return;
    }
    // Asked again when the gate lets the venue be asked, and not sooner than a period: the
    // instruments of a venue that is down change nothing meanwhile.
    const qint64 now = nowMs();
    const VenueHealth health = gate()->health(now);
    const qint64 heldUntil = std::max(
        { health.bannedUntilMs, health.retryAfterUntilMs, health.backoffUntilMs, health.breakerOpenUntilMs });
    m_listingTimer.start(timerMs(std::max(heldUntil - now, m_periodMs - m_listingClock.elapsed())));
}

void PollingMarketSource::applyListing(QList<Instrument> instruments)
{
    InstrumentSet listed(std::move(instruments));
    const bool first = !m_haveListing;
    const bool changed = first || identities(listed) != identities(m_listed);
    m_listed = std::move(listed);
    m_haveListing = true;
    restrictFollowed();
    m_listingTimer.start(m_listingRefreshMs);

    if (changed) {
        const QPointer<PollingMarketSource> guard(this);
        Q_EMIT listingChanged(m_listed);
        if (!guard || !m_running)
            return;
    }
    if (!first)
        return;
    beginCycle();
    if (!m_adapter->statusRequests().isEmpty()) {
        m_statusTimer.start(m_statusPeriodMs);
        requestStatus();
    }
}

void PollingMarketSource::beginCycle()
{
    if (!m_running)
        return;
    m_cycleClock.start();
    if (!m_cycleGate) {
        runCycle();
        return;
    }
    const quint64 cycle = ++m_cycleSerial;
    m_cycleGate([this, guard = QPointer<PollingMarketSource>(this), cycle](HttpPoller::CycleDecision decision) {
        if (!guard || !m_running || cycle != m_cycleSerial)
            return;
        m_polling = decision.poll;
        if (decision.poll) {
            runCycle();
            return;
        }
        const qint64 delay = decision.nextCycleInMs ? *decision.nextCycleInMs : m_periodMs - m_cycleClock.elapsed();
        m_cycleTimer.start(timerMs(delay));
    });
}

void PollingMarketSource::runCycle()
{
    m_cycleFollowed = m_followed;
    m_cycleGotBatch = false;
    m_cycleReadListing = false;
    m_cycleError.reset();
    const quint64 index = m_cycleIndex++;
    QList<VenueRequest> requests;
    if (!m_cycleFollowed.isEmpty()) {
        const QList<VenueRequest> all = m_adapter->quoteRequests(m_cycleFollowed);
        std::copy_if(all.cbegin(), all.cend(), std::back_inserter(requests), [index](const VenueRequest &request) {
            return request.everyCycles <= 1 || index % quint64(request.everyCycles) == 0;
        });
    }
    m_cycleOutstanding = static_cast<int>(requests.size());
    if (requests.isEmpty()) {
        endCycle();
        return;
    }
    for (const VenueRequest &request : std::as_const(requests))
        m_queue.append(Queued { Job::Quotes, request });
    if (!m_budgetTimer.isActive())
        dispatch();
}

void PollingMarketSource::onQuotes(BatchResult result)
{
    if (const auto *batch = std::get_if<QuoteBatch>(&result)) {
        m_cycleGotBatch = true;
        logIssues(*batch);
        const QPointer<PollingMarketSource> guard(this);
        Q_EMIT quotesReceived(*batch);
        if (!guard || !m_running)
            return;
        // Once a cycle: every request of a cycle that asked for a delisted code says so.
        if (batch->listingStale && !m_cycleReadListing) {
            m_cycleReadListing = true;
            requestListing();
        }
    } else if (!m_cycleError) {
        m_cycleError = std::get<FetchError>(result);
    }
    if (--m_cycleOutstanding == 0)
        endCycle();
}

void PollingMarketSource::endCycle()
{
    const QPointer<PollingMarketSource> guard(this);
    if (!m_cycleGotBatch && m_cycleError) {
        Q_EMIT cycleFailed(*m_cycleError);
        if (!guard || !m_running)
            return;
    }
    Q_EMIT cycleEnded();
    if (!guard || !m_running)
        return;
    // Waits the venue asked for are kept by its gate, which holds requests until they end; the
    // cadence goes on so that each cycle reports.
    m_cycleTimer.start(timerMs(m_periodMs - m_cycleClock.elapsed()));
}

void PollingMarketSource::logIssues(const QuoteBatch &batch)
{
    // The same bad row comes back every cycle until the venue fixes it: logged when it changes.
    QStringList lines;
    lines.reserve(batch.issues.size());
    for (const DataIssue &issue : batch.issues)
        lines.append(issue.describe());
    QStringList &logged = m_loggedIssues[batch.request];
    if (lines == logged)
        return;
    logged = lines;
    for (const QString &line : std::as_const(lines))
        qCInfo(lcSource).noquote() << line;
}

void PollingMarketSource::requestStatus()
{
    if (!m_running || !m_polling)
        return;
    const QList<VenueRequest> requests = m_adapter->statusRequests();
    for (const VenueRequest &request : requests)
        enqueue(Job::Status, request);
}
