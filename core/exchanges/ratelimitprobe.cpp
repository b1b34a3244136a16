#include "ratelimitprobe.h"

#include "observability/logevent.h"
#include "observability/logmasker.h"
#include "ratelimitparsers.h"
#include "venuegate.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

Q_LOGGING_CATEGORY(lcProbe, "ps.gate", QtInfoMsg)

RateLimitProbe::RateLimitProbe(QNetworkAccessManager *network, VenueGate *gate, QUrl url, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_gate(gate)
    , m_url(std::move(url))
{
}

void RateLimitProbe::start()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_gate->admit(1, now).blocked) {
        Q_EMIT finished(false);
        return;
    }
    m_gate->onSent(1, now);
    QNetworkRequest request(m_url);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(TimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const auto parsed = RateLimitParsers::parseBinanceExchangeInfo(reply->readAll(), status);
        std::optional<FetchError> error;
        if (status == 0)
            error = FetchError { FetchError::Kind::Network, 0, reply->errorString(), std::nullopt };
        else if (const auto *parseError = std::get_if<FetchError>(&parsed))
            error = *parseError;
        const ReplyFacts facts { status, reply->rawHeader("Retry-After"),
                                 m_gate->limits().usedWeightHeader.isEmpty()
                                     ? QByteArray()
                                     : reply->rawHeader(m_gate->limits().usedWeightHeader) };
        // Only "stop asking" answers speak for the venue; a missing exchangeInfo must not slow the ticker.
        if (status == 418 || status == 429) {
            FetchError refusal = error.value_or(FetchError {});
            refusal.kind = status == 418 ? FetchError::Kind::Banned : FetchError::Kind::RateLimited;
            refusal.httpStatus = status;
            m_gate->onReply(facts, &refusal, QDateTime::currentMSecsSinceEpoch());
            error = refusal;
        } else {
            m_gate->noteUsedWeight(facts, QDateTime::currentMSecsSinceEpoch());
        }
        const auto *limits = std::get_if<QList<RateLimit>>(&parsed);
        const std::optional<RateLimit> weight
            = limits && !error && status == 200 ? RateLimitParsers::requestWeight(*limits) : std::nullopt;
        if (!weight) {
            LogEvent::warning(
                lcProbe(), "limits_unavailable",
                { { QStringLiteral("venue"), m_gate->venue() },
                  { QStringLiteral("url"), LogMasker::maskedUrl(m_url) },
                  { QStringLiteral("reason"), error ? error->describe() : QStringLiteral("no REQUEST_WEIGHT limit") },
                  { QStringLiteral("kept"), m_gate->limits().weightPerMinute } });
            Q_EMIT finished(false);
            return;
        }
        m_gate->setWeightLimit(weight->limit, weight->intervalMs);
        Q_EMIT finished(true);
    });
}
