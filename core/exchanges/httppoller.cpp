#include "httppoller.h"

#include "httpreply.h"
#include "observability/logmasker.h"
#include "venuegates.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>

Q_LOGGING_CATEGORY(lcPoller, "ps.feed")

HttpPoller::HttpPoller(QNetworkAccessManager *network, QList<Endpoint> endpoints, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoints(std::move(endpoints))
    , m_gates(new VenueGates({}, nullptr, this))
{
    m_cycleTimer.setSingleShot(true);
    // A coarse timer may fire 5 % early: never acceptable against a Retry-After or a ban.
    m_cycleTimer.setTimerType(Qt::PreciseTimer);
    m_timeoutTimer.setSingleShot(true);
    m_budgetTimer.setSingleShot(true);
    m_budgetTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_cycleTimer, &QTimer::timeout, this, &HttpPoller::beginCycle);
    connect(&m_budgetTimer, &QTimer::timeout, this, [this] { request(m_waitIndex); });
    connect(&m_timeoutTimer, &QTimer::timeout, this, [this] {
        if (m_reply) {
            m_timedOut = true;
            m_reply->abort();
        }
    });
}

void HttpPoller::setPeriodMs(int periodMs)
{
    m_periodMs = std::max(1, periodMs);
}

void HttpPoller::setRetryAfterFailureMs(int retryMs)
{
    m_retryAfterFailureMs = std::max(1, retryMs);
}

void HttpPoller::setTimeoutMs(int timeoutMs)
{
    m_timeoutMs = std::max(1, timeoutMs);
}

void HttpPoller::setGates(VenueGates *gates)
{
    m_gates = gates;
}

void HttpPoller::start()
{
    if (m_running || m_endpoints.isEmpty())
        return;
    m_running = true;
    beginCycle();
}

void HttpPoller::stop()
{
    m_running = false;
    ++m_cycleSerial;
    m_cycleTimer.stop();
    m_timeoutTimer.stop();
    m_budgetTimer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void HttpPoller::setCycleGate(CycleGate gate)
{
    m_cycleGate = std::move(gate);
}

void HttpPoller::beginCycle()
{
    if (!m_running)
        return;
    m_cycleClock.start();
    if (!m_cycleGate) {
        request(0);
        return;
    }
    const quint64 cycle = ++m_cycleSerial;
    m_cycleGate([this, guard = QPointer<HttpPoller>(this), cycle](CycleDecision decision) {
        if (!guard || !m_running || cycle != m_cycleSerial)
            return;
        if (decision.poll) {
            request(0);
            return;
        }
        const qint64 delay = decision.nextCycleInMs ? *decision.nextCycleInMs : m_periodMs - m_cycleClock.elapsed();
        m_cycleTimer.start(static_cast<int>(std::clamp<qint64>(delay, 0, 24 * 3600 * 1000)));
    });
}

void HttpPoller::request(int index)
{
    if (!m_running)
        return;
    const Endpoint &endpoint = m_endpoints.at(index);
    VenueGate *gate = m_gates->gate(endpoint.venue, endpoint.baseUrl);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const VenueGate::Admission admission = gate->admit(endpoint.weight, now);
    if (admission.blocked) {
        endpointFailed(index, *admission.blocked);
        return;
    }
    if (admission.waitMs > 0) {
        m_waitIndex = index;
        m_budgetTimer.start(static_cast<int>(std::min<qint64>(admission.waitMs, 24 * 3600 * 1000)));
        return;
    }
    gate->onSent(endpoint.weight, now);

    QNetworkRequest request(endpoint.url());
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    m_timedOut = false;
    m_requestClock.start();
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, index] { onFinished(reply, index); });
    m_timeoutTimer.start(m_timeoutMs);
}

void HttpPoller::onFinished(QNetworkReply *reply, int index)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    m_timeoutTimer.stop();

    const Endpoint &endpoint = m_endpoints.at(index);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();

    QuoteResult result;
    // A reply cut off by our timeout may have had its status line already: it is still a timeout.
    if (status == 0 || m_timedOut) {
        result = HttpReply::transportError(reply->error(), reply->errorString(), m_timedOut);
    } else {
        ReplyContext context{endpoint.venue, endpoint.market, endpoint.symbol, status,
                             QDateTime::currentMSecsSinceEpoch()};
        result = endpoint.parser(body, context);
        if (std::optional<FetchError> error = HttpReply::statusError(status, std::get_if<FetchError>(&result)))
            result = *error;
    }

    VenueGate *gate = m_gates->gate(endpoint.venue, endpoint.baseUrl);
    const ReplyFacts facts = HttpReply::facts(*reply, gate->limits().usedWeightHeader);
    auto *failure = std::get_if<FetchError>(&result);
    const std::optional<qint64> hold = gate->onReply(facts, failure, QDateTime::currentMSecsSinceEpoch());
    Q_EMIT requestFinished(RequestOutcome{endpoint.venue, m_requestClock.elapsed(),
                                          failure ? std::optional(*failure) : std::nullopt});

    if (const auto *quote = std::get_if<Quote>(&result)) {
        Q_EMIT quoteReceived(*quote);
        endCycle(false);
        return;
    }

    if (hold)
        failure->retryAfterMs = hold;
    // The URL may carry a key (exchangerate-api has it in the path): only its masked form is logged.
    const QString where = endpoint.venue + u' ' + LogMasker::maskedUrl(endpoint.url());
    if (failure->kind == FetchError::Kind::NoData)
        qCInfo(lcPoller).noquote() << where << failure->describe();
    else
        qCWarning(lcPoller).noquote() << where << failure->describe();
    endpointFailed(index, *failure);
}

void HttpPoller::endpointFailed(int index, const FetchError &error)
{
    if (index == 0)
        m_firstError = error;
    if (index + 1 < m_endpoints.size() && m_running) {
        request(index + 1);
        return;
    }
    // The primary's reason is what the user needs to see; the fallbacks only explain why there
    // is still no value.
    Q_EMIT fetchFailed(m_firstError);
    endCycle(true);
}

void HttpPoller::endCycle(bool failed)
{
    if (!m_running)
        return;
    // Waits the venue asked for are kept by its gate, which blocks requests until they end;
    // the cadence itself goes on so that each cycle reports.
    const qint64 interval = failed ? std::min(m_periodMs, m_retryAfterFailureMs) : m_periodMs;
    const qint64 delay = std::max<qint64>(0, interval - m_cycleClock.elapsed());
    m_cycleTimer.start(static_cast<int>(delay));
}
