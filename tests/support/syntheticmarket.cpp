#include "syntheticmarket.h"

#include "fixtureserver.h"
#include "marketfixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

const QString TemplateCoin = QStringLiteral("BTC");

// Every field of the templates that holds a price (or a difference of prices): scaled per coin.
// Sizes, volumes, rates and times are left as the template has them.
const QSet<QString> &priceFields()
{
    static const QSet<QString> fields {
        // Bithumb and Upbit
        QStringLiteral("opening_price"),
        QStringLiteral("high_price"),
        QStringLiteral("low_price"),
        QStringLiteral("trade_price"),
        QStringLiteral("prev_closing_price"),
        QStringLiteral("change_price"),
        QStringLiteral("signed_change_price"),
        QStringLiteral("highest_52_week_price"),
        QStringLiteral("lowest_52_week_price"),
        QStringLiteral("ask_price"),
        QStringLiteral("bid_price"),
        // Coinone
        QStringLiteral("high"),
        QStringLiteral("low"),
        QStringLiteral("first"),
        QStringLiteral("last"),
        QStringLiteral("price"),
        // Binance
        QStringLiteral("bidPrice"),
        QStringLiteral("askPrice"),
        QStringLiteral("markPrice"),
        QStringLiteral("indexPrice"),
        QStringLiteral("estimatedSettlePrice"),
        QStringLiteral("priceChange"),
        QStringLiteral("weightedAvgPrice"),
        QStringLiteral("lastPrice"),
        QStringLiteral("openPrice"),
        QStringLiteral("highPrice"),
        QStringLiteral("lowPrice"),
        // OKX
        QStringLiteral("askPx"),
        QStringLiteral("bidPx"),
        QStringLiteral("open24h"),
        QStringLiteral("high24h"),
        QStringLiteral("low24h"),
        QStringLiteral("sodUtc0"),
        QStringLiteral("sodUtc8"),
        QStringLiteral("markPx"),
        // Bybit
        QStringLiteral("prevPrice24h"),
        QStringLiteral("highPrice24h"),
        QStringLiteral("lowPrice24h"),
        QStringLiteral("prevPrice1h"),
        QStringLiteral("bid1Price"),
        QStringLiteral("ask1Price"),
    };
    return fields;
}

int decimalsOf(const QString &number)
{
    const qsizetype point = number.indexOf(QLatin1Char('.'));
    return point < 0 ? 0 : static_cast<int>(number.size() - point - 1);
}

// The value times `factor`, written as the template writes it (a string stays a string), with two
// more decimals than the template so that distinct prices (a bid below its ask) stay distinct.
QJsonValue scaled(const QJsonValue &value, double factor)
{
    if (value.isString()) {
        bool ok = false;
        const double number = value.toString().toDouble(&ok);
        if (!ok)
            return value; // "" for an unset price
        return QString::number(number * factor, 'f', std::min(decimalsOf(value.toString()) + 2, 12));
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        const int places = std::min(decimalsOf(QString::number(number, 'f', QLocale::FloatingPointShortest)) + 2, 12);
        const double unit = std::pow(10.0, places);
        return std::round(number * factor * unit) / unit;
    }
    return value;
}

// A copy of a template value for another coin: the template coin renamed everywhere (codes, base
// assets, lower-case ids), prices scaled.
QJsonValue renamed(const QJsonValue &value, const QString &coin, double factor)
{
    if (value.isString())
        return value.toString().replace(TemplateCoin, coin).replace(TemplateCoin.toLower(), coin.toLower());
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(renamed(item, coin, factor));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value()
                = priceFields().contains(it.key()) ? scaled(it.value(), factor) : renamed(it.value(), coin, factor);
        return object;
    }
    return value;
}

QJsonObject withRows(QJsonObject envelope, const QStringList &rowsAt, const QJsonArray &rows)
{
    if (rowsAt.size() == 1) {
        envelope.insert(rowsAt.constFirst(), rows);
        return envelope;
    }
    const QString &outer = rowsAt.constFirst();
    envelope.insert(outer, withRows(envelope.value(outer).toObject(), rowsAt.mid(1), rows));
    return envelope;
}

} // namespace

SyntheticMarket::SyntheticMarket(int coinCount)
    : m_coinCount(coinCount)
{
    for (const QString &venue : MarketFixtures::venues()) {
        for (const MarketFixtures::Route &route : MarketFixtures::routes(venue))
            addTemplate(route);
    }
}

void SyntheticMarket::addTemplate(const MarketFixtures::Route &route)
{
    struct Layout
    {
        const char *file;
        const char *rowsAt; // keys down to the rows, '/'-separated; empty for a bare array
        const char *keyField; // the field naming a row's market
        const char *btcKey; // that field in BTC's row
    };
    static const Layout layouts[] = {
        { "bithumb/v1-market-all.json", "", "market", "KRW-BTC" },
        { "bithumb/v1-ticker-many.json", "", "market", "KRW-BTC" },
        { "bithumb/v1-orderbook-many.json", "", "market", "KRW-BTC" },
        { "bithumb/public-assetsstatus-multichain-all.json", "data", "currency", "BTC" },
        { "upbit/v1-market-all-details.json", "", "market", "KRW-BTC" },
        { "upbit/v1-ticker-all-krw.json", "", "market", "KRW-BTC" },
        { "upbit/v1-orderbook-many.json", "", "market", "KRW-BTC" },
        { "coinone/public-v2-ticker-new-krw.json", "tickers", "target_currency", "btc" },
        { "coinone/public-v2-currencies.json", "currencies", "symbol", "BTC" },
        { "binance/fapi-v1-exchangeinfo-many.json", "symbols", "symbol", "BTCUSDT" },
        { "binance/fapi-v1-bookticker-all.json", "", "symbol", "BTCUSDT" },
        { "binance/fapi-v1-premiumindex-all.json", "", "symbol", "BTCUSDT" },
        { "binance/fapi-v1-ticker-price-all.json", "", "symbol", "BTCUSDT" },
        { "binance/fapi-v1-ticker-24hr-all.json", "", "symbol", "BTCUSDT" },
        { "okx/api-v5-public-instruments-swap.json", "data", "instId", "BTC-USDT-SWAP" },
        { "okx/api-v5-market-tickers-swap.json", "data", "instId", "BTC-USDT-SWAP" },
        { "okx/api-v5-public-funding-rate-any.json", "data", "instId", "BTC-USDT-SWAP" },
        { "okx/api-v5-public-mark-price-swap.json", "data", "instId", "BTC-USDT-SWAP" },
        { "bybit/v5-market-instruments-info-linear.json", "result/list", "symbol", "BTCUSDT" },
        { "bybit/v5-market-tickers-linear.json", "result/list", "symbol", "BTCUSDT" },
    };
    const auto layout = std::find_if(std::cbegin(layouts), std::cend(layouts), [&](const Layout &candidate) {
        return route.file == QLatin1StringView(candidate.file);
    });
    if (layout == std::cend(layouts))
        qFatal("SyntheticMarket: no row layout for %s", qPrintable(route.file));
    const QStringList rowsAt = QString::fromLatin1(layout->rowsAt).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString keyField = QString::fromLatin1(layout->keyField);
    const QString btcKey = QString::fromLatin1(layout->btcKey);

    QFile file(FixtureServer::dataDir() + QLatin1Char('/') + route.file);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("SyntheticMarket: cannot read %s", qPrintable(file.fileName()));
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    Template entry { route.venue, route.path, document.object(), rowsAt, keyField, {} };
    QJsonValue rows = document.isArray() ? QJsonValue(document.array()) : QJsonValue(entry.envelope);
    for (const QString &key : rowsAt)
        rows = rows.toObject().value(key);
    for (const QJsonValue &row : rows.toArray()) {
        if (row.toObject().value(keyField).toString() == btcKey)
            entry.row = row.toObject();
    }
    if (entry.row.isEmpty())
        qFatal("SyntheticMarket: no %s row in %s", qPrintable(btcKey), qPrintable(route.file));
    m_templates.append(entry);
}

QString SyntheticMarket::coin(int index)
{
    return QStringLiteral("COIN%1").arg(index, 3, 10, QLatin1Char('0'));
}

QStringList SyntheticMarket::coins() const
{
    QStringList all;
    for (int i = 1; i <= m_coinCount; ++i)
        all.append(coin(i));
    return all;
}

QStringList SyntheticMarket::venues() const
{
    QStringList ids;
    for (const Template &entry : m_templates) {
        if (!ids.contains(entry.venue))
            ids.append(entry.venue);
    }
    return ids;
}

QStringList SyntheticMarket::paths(const QString &venue) const
{
    QStringList all;
    for (const Template &entry : m_templates) {
        if (entry.venue == venue)
            all.append(entry.path);
    }
    return all;
}

const SyntheticMarket::Template *SyntheticMarket::findTemplate(const QString &venue, const QString &path) const
{
    const auto it = std::find_if(m_templates.cbegin(), m_templates.cend(),
                                 [&](const Template &entry) { return entry.venue == venue && entry.path == path; });
    return it == m_templates.cend() ? nullptr : &*it;
}

QJsonObject SyntheticMarket::rowFor(const Template &source, int index, int cycle) const
{
    const double factor = (1.0 + index / 100.0) * (1.0 + 0.001 * std::sin(double(cycle + index)));
    return renamed(source.row, coin(index), factor).toObject();
}

QByteArray SyntheticMarket::reply(const QString &venue, const QString &path, const QUrlQuery &query, int cycle) const
{
    const Template *source = findTemplate(venue, path);
    if (!source)
        return {};
    QList<int> indexes;
    const QString markets = query.queryItemValue(QStringLiteral("markets"), QUrl::FullyDecoded);
    if (markets.isEmpty()) {
        for (int i = 1; i <= m_coinCount; ++i)
            indexes.append(i);
    } else {
        static const QRegularExpression number(QStringLiteral("COIN(\\d+)"));
        const QString templateKey = source->row.value(source->keyField).toString();
        for (const QString &market : markets.split(QLatin1Char(','))) {
            const int index = number.match(market).captured(1).toInt();
            if (index >= 1 && index <= m_coinCount && QString(templateKey).replace(TemplateCoin, coin(index)) == market)
                indexes.append(index);
        }
    }
    QJsonArray rows;
    for (int index : std::as_const(indexes))
        rows.append(rowFor(*source, index, cycle));
    if (source->rowsAt.isEmpty())
        return QJsonDocument(rows).toJson(QJsonDocument::Compact);
    return QJsonDocument(withRows(source->envelope, source->rowsAt, rows)).toJson(QJsonDocument::Compact);
}

void SyntheticMarket::serve(const QString &venue, FixtureServer &server, std::function<int()> cycle) const
{
    for (const QString &path : paths(venue)) {
        server.setRouteHandler(path, [this, venue, path, cycle](const RecordedRequest &request) {
            return FixtureResponse { .status = 200, .body = reply(venue, path, QUrlQuery(request.query), cycle()) };
        });
    }
}
