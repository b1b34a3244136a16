#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Which many-coin fixture of tests/data answers which request path of which venue (all at one
// moment, see expected-premiums.md), and where in it the rows are: what the tests that play the
// venues from these files need to know about them.
struct VenueFixture
{
    QString venue;
    QString path;
    QString file; // relative to tests/data
    QStringList rowsAt; // keys from the reply's object down to its rows; empty for a bare array
    QString keyField; // the field naming a row's market
    QString btcKey; // that field in BTC's row
};

class VenueFixtures
{
public:
    // Listings, quotes and wallet statuses of every venue.
    static const QList<VenueFixture> &all();
    // Empty when no fixture answers the path.
    static QString file(const QString &venue, const QString &path);
};
