#pragma once

#include "marketfixtures.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>

class FixtureServer;

// A market of N made-up coins (COIN001, COIN002, ...) on every venue the app follows, written in each
// venue's own reply formats, for benchmarks and many-coin tests. It plays the exchanges, so it knows
// their formats: the BTC row of each many-coin fixture in tests/data is the template of every coin's
// row (renamed, prices scaled per coin), so a reply has exactly the shape the real venue sends.
// The venues and their paths are those of MarketFixtures.
//
// Prices of coin i are BTC's times (1 + i / 100), the same factor on every venue so that each coin's
// premium is BTC's, and drift by at most 0.1 % from cycle to cycle (far inside any outlier guard).
// Listings, quotes and wallet statuses are all there.
class SyntheticMarket final
{
public:
    explicit SyntheticMarket(int coinCount);

    int coinCount() const { return m_coinCount; }
    // 1-based: coin(1) is "COIN001".
    static QString coin(int index);
    QStringList coins() const;

    // The venue ids played, and the request paths of each (listing, quotes, status).
    QStringList venues() const;
    QStringList paths(const QString &venue) const;
    // The body a GET of this path gets at `cycle`; a `markets` query keeps only the markets it names,
    // in its order, as the venues do. Empty for a path the venue does not have.
    QByteArray reply(const QString &venue, const QString &path, const QUrlQuery &query = {}, int cycle = 0) const;
    // Every path of the venue on `server`, each answering at the cycle `cycle()` gives at that moment.
    // The market must outlive the server's routes.
    void serve(const QString &venue, FixtureServer &server, std::function<int()> cycle) const;

private:
    struct Template
    {
        QString venue;
        QString path;
        QJsonObject envelope; // the reply without its rows (empty when the reply is a bare array)
        QStringList rowsAt; // keys from the envelope down to the array of rows
        QString keyField; // the field naming a row's market
        QJsonObject row; // the BTC row
    };

    void addTemplate(const MarketFixtures::Route &route);
    const Template *findTemplate(const QString &venue, const QString &path) const;
    QJsonObject rowFor(const Template &source, int index, int cycle) const;

    int m_coinCount = 0;
    QList<Template> m_templates;
};
