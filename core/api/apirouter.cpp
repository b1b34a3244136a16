#include "apirouter.h"

#include "apidatasource.h"

#include "observability/prometheustext.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace {

enum class Route { Premiums, Premium, Tickers, Positions, Alerts, Health, Metrics };

std::optional<Route> routeOf(const QByteArray &path)
{
    static const QList<std::pair<QByteArray, Route>> routes = {
        { "/api/v1/premiums", Route::Premiums }, { "/api/v1/premium", Route::Premium },
        { "/api/v1/tickers", Route::Tickers },   { "/api/v1/positions", Route::Positions },
        { "/api/v1/alerts", Route::Alerts },     { "/health", Route::Health },
        { "/metrics", Route::Metrics },
    };
    for (const auto &[name, route] : routes) {
        if (name == path)
            return route;
    }
    return std::nullopt;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Strict application/x-www-form-urlencoded: `%` must be followed by two hex digits.
std::optional<QString> decoded(const QByteArray &text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '+') {
            out += ' ';
        } else if (c != '%') {
            out += c;
        } else {
            const int high = i + 2 < text.size() ? hexValue(text.at(i + 1)) : -1;
            const int low = high >= 0 ? hexValue(text.at(i + 2)) : -1;
            if (low < 0)
                return std::nullopt;
            out += static_cast<char>(high * 16 + low);
            i += 2;
        }
    }
    return QString::fromUtf8(out);
}

// Query parameters, or an error message when the query is malformed or names a parameter the
// route does not take (a typo should fail, not be ignored).
std::optional<QHash<QString, QString>> parameters(const QByteArray &query, const QStringList &allowed, QString *problem)
{
    QHash<QString, QString> result;
    if (query.isEmpty())
        return result;
    for (const QByteArray &pair : query.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        const auto name = decoded(equals < 0 ? pair : pair.left(equals));
        const auto value = decoded(equals < 0 ? QByteArray() : pair.mid(equals + 1));
        if (!name || !value) {
            *problem = QStringLiteral("malformed percent-encoding in the query");
            return std::nullopt;
        }
        if (!allowed.contains(*name)) {
            *problem = QStringLiteral("unknown query parameter '%1'").arg(*name);
            return std::nullopt;
        }
        if (result.contains(*name)) {
            *problem = QStringLiteral("query parameter '%1' given twice").arg(*name);
            return std::nullopt;
        }
        result.insert(*name, *value);
    }
    return result;
}

bool isSymbol(const QString &text)
{
    if (text.isEmpty() || text.size() > 20)
        return false;
    for (const QChar c : text) {
        if (!(c >= u'A' && c <= u'Z') && !(c >= u'0' && c <= u'9'))
            return false;
    }
    return true;
}

QByteArray digest(const QByteArray &text)
{
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256);
}

ApiResponse health(const ApiHealth &health)
{
    QJsonArray failing;
    for (const ApiHealth::FailingJob &job : health.failing)
        failing.append(QJsonObject { { QStringLiteral("job"), job.job }, { QStringLiteral("reason"), job.reason } });
    const QJsonObject body { { QStringLiteral("status"),
                               health.healthy() ? QStringLiteral("healthy") : QStringLiteral("unhealthy") },
                             { QStringLiteral("failing"), failing } };
    return ApiResponse::json(QJsonDocument(body).toJson(QJsonDocument::Compact), health.healthy() ? 200 : 503);
}

} // namespace

ApiRouter::ApiRouter(const ApiDataSource *source, QByteArray token)
    : m_source(source)
    , m_tokenDigest(token.isEmpty() ? QByteArray() : digest(token))
{
}

bool ApiRouter::authorized(const HttpRequest &request) const
{
    if (m_tokenDigest.isEmpty())
        return true;
    const QByteArray value = request.header("authorization");
    const qsizetype space = value.indexOf(' ');
    if (space < 0 || value.left(space).toLower() != "bearer")
        return false;
    const QByteArray given = digest(value.mid(space + 1).trimmed());
    // Every byte is compared whatever the first difference: the time says nothing about the token.
    unsigned char difference = 0;
    for (qsizetype i = 0; i < m_tokenDigest.size(); ++i)
        difference |= static_cast<unsigned char>(m_tokenDigest.at(i) ^ given.at(i));
    return difference == 0;
}

ApiResponse ApiRouter::premium(const QByteArray &query) const
{
    QString problem;
    const auto params = parameters(query, { QStringLiteral("symbol") }, &problem);
    if (!params)
        return ApiResponse::error(400, problem);
    const QString symbol = params->value(QStringLiteral("symbol")).toUpper();
    if (!params->contains(QStringLiteral("symbol")))
        return ApiResponse::error(400, QStringLiteral("the query parameter 'symbol' is required, e.g. ?symbol=BTC"));
    if (!isSymbol(symbol))
        return ApiResponse::error(400, QStringLiteral("'symbol' takes a coin's ticker symbol such as BTC"));
    const auto premium = m_source->premium(symbol);
    if (!premium)
        return ApiResponse::error(
            404, QStringLiteral("no premium for '%1': the coin is not followed or has no premium yet").arg(symbol));
    return ApiResponse::json(*premium);
}

ApiResponse ApiRouter::respond(const HttpRequest &request) const
{
    if (!authorized(request)) {
        ApiResponse response = ApiResponse::error(401, QStringLiteral("a valid bearer token is required"));
        response.headers.append(
            std::pair(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"premium-spread\"")));
        return response;
    }
    const auto route = routeOf(request.path);
    if (!route)
        return ApiResponse::error(404, QStringLiteral("no such path: %1").arg(QString::fromLatin1(request.path)));
    if (request.method != "GET") {
        ApiResponse response = ApiResponse::error(405, QStringLiteral("only GET is served"));
        response.headers.append(std::pair(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET")));
        return response;
    }
    QString problem;
    if (*route != Route::Premium && !parameters(request.query, {}, &problem))
        return ApiResponse::error(400, problem);
    switch (*route) {
    case Route::Premium:
        return premium(request.query);
    case Route::Premiums:
        return ApiResponse::json(m_source->premiums());
    case Route::Tickers:
        return ApiResponse::json(m_source->tickers());
    case Route::Positions:
        return ApiResponse::json(m_source->positions());
    case Route::Alerts:
        return ApiResponse::json(m_source->alerts());
    case Route::Health:
        return health(m_source->health());
    case Route::Metrics: {
        ApiResponse response = ApiResponse::json(PrometheusText::write(m_source->metrics()));
        response.contentType = PrometheusText::ContentType;
        return response;
    }
    }
    return ApiResponse::error(404, QString());
}
