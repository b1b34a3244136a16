#pragma once

#include <QList>
#include <QString>

class FixtureServer;

// The "many coins at one moment" fixtures of every venue (tests/data/README.md), by the path the
// venue serves them at, so that a test or the fixture-server process can play a whole market.
namespace MarketFixtures {

struct Route
{
    QString venue;
    QString path;
    QString file; // relative to tests/data
    // A query item only this venue's requests carry, for a path two venues share
    // (Bithumb's and Upbit's /v1/market/all and /v1/orderbook); empty: the path's default.
    QString queryKey;
};

QStringList venues();
QList<Route> routes(const QString &venue);
// Every route of `venue`.
void serve(FixtureServer &server, const QString &venue);
// Every route of every venue at once, each reply `delayMs` late; a path two venues share answers
// by the request's query.
void serveAll(FixtureServer &server, int delayMs = 0);

} // namespace MarketFixtures
