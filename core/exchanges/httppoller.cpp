#include "httppoller.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>

Q_LOGGING_CATEGORY(lcPoller, "ps.feed")

namespace {

// Retry-After is either delta-seconds or an HTTP date.
std::optional<qint64> retryAfterMs(const QNetworkReply *reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok && seconds >= 0)
        return seconds * 1000;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (when.isValid())
        return std::max<qint64>(0, when.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch());
    return std::nullopt;
}

FetchError transportError(QNetworkReply::NetworkError code, const QString &text, bool timedOut)
{
    FetchError error;
    error.detail = text;
    if (timedOut || code == QNetworkReply::TimeoutError || code == QNetworkReply::OperationCanceledError)
        error.kind = FetchError::Kind::Timeout;
    else if (code == QNetworkReply::ConnectionRefusedError)
        error.kind = FetchError::Kind::ConnectionRefused;
    else
        error.kind = FetchError::Kind::Network;
    if (error.kind == FetchError::Kind::Timeout)
        error.detail.clear();
    return error;
}

} // namespace

HttpPoller::HttpPoller(QNetworkAccessManager *network, QList<Endpoint> endpoints, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoints(std::move(endpoints))
{
    m_cycleTimer.setSingleShot(true);
    // A coarse timer may fire 5 % early: never acceptable against a Retry-After or a ban.
    m_cycleTimer.setTimerType(Qt::PreciseTimer);
    m_timeoutTimer.setSingleShot(true);
    connect(&m_cycleTimer, &QTimer::timeout, this, &HttpPoller::beginCycle);
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
    m_cycleTimer.stop();
    m_timeoutTimer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void HttpPoller::beginCycle()
{
    if (!m_running)
        return;
    m_cycleClock.start();
    request(0);
}

void HttpPoller::request(int index)
{
    const Endpoint &endpoint = m_endpoints.at(index);
    QNetworkRequest request(endpoint.url());
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    m_timedOut = false;
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
    if (status == 0) {
        result = transportError(reply->error(), reply->errorString(), m_timedOut);
    } else {
        ReplyContext context{endpoint.venue, endpoint.market, endpoint.symbol, status,
                             QDateTime::currentMSecsSinceEpoch()};
        result = endpoint.parser(body, context);
        if (status == 429 || status == 418) {
            // Whatever the body says, these statuses mean "stop asking for a while".
            FetchError error = std::holds_alternative<FetchError>(result) ? std::get<FetchError>(result) : FetchError{};
            error.kind = status == 429 ? FetchError::Kind::RateLimited : FetchError::Kind::Banned;
            error.httpStatus = status;
            error.retryAfterMs = retryAfterMs(reply);
            if (status == 418 && !error.retryAfterMs)
                error.retryAfterMs = 120'000;
            result = error;
        } else if (status >= 400 && std::holds_alternative<Quote>(result)) {
            result = FetchError{FetchError::Kind::HttpStatus, status, QString(), std::nullopt};
        }
    }

    if (const auto *quote = std::get_if<Quote>(&result)) {
        Q_EMIT quoteReceived(*quote);
        endCycle(std::nullopt, false);
        return;
    }

    FetchError error = std::get<FetchError>(result);
    qCWarning(lcPoller).noquote() << endpoint.venue << endpoint.path << error.describe();
    if (index == 0)
        m_firstError = error;
    if (index + 1 < m_endpoints.size() && m_running) {
        request(index + 1);
        return;
    }
    // The primary's reason is what the user needs to see; the fallbacks only explain why there
    // is still no value.
    Q_EMIT fetchFailed(m_firstError);
    endCycle(error.retryAfterMs, true);
}

void HttpPoller::endCycle(std::optional<qint64> retryAfterMs, bool failed)
{
    if (!m_running)
        return;
    qint64 interval = failed ? std::min(m_periodMs, m_retryAfterFailureMs) : m_periodMs;
    qint64 delay = std::max<qint64>(0, interval - m_cycleClock.elapsed());
    if (retryAfterMs)
        delay = std::max(delay, *retryAfterMs);
    m_cycleTimer.start(static_cast<int>(std::min<qint64>(delay, 24 * 3600 * 1000)));
}
