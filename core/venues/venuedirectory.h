#pragma once

#include "venueadapter.h"
#include "venueside.h"
#include "venuestream.h"

#include <QStringList>

#include <memory>
#include <vector>

// The catalog of venues: one adapter per venue, the only list of them in the code. Commands,
// settings and views ask it which venues exist; everything else takes a venue id as data.
class VenueDirectory final
{
public:
    VenueDirectory();
    ~VenueDirectory();
    Q_DISABLE_COPY_MOVE(VenueDirectory)

    // The venues shipped with the app (immutable; safe to share between threads).
    static const VenueDirectory &standard();

    // nullptr for an unknown id.
    const VenueAdapter *find(const QString &venueId) const;
    // The venue's push protocol; nullptr for an unknown id or a venue that streams nothing.
    const VenueStream *findStream(const QString &venueId) const;
    // Ids in display order: Korean spot "bithumb", "upbit", "coinone"; perpetuals "binance",
    // "okx", "bybit". The first of each is the default.
    QStringList ids(VenueSide side) const;
    QStringList ids() const;

private:
    std::vector<std::unique_ptr<VenueAdapter>> m_adapters;
    std::vector<std::unique_ptr<VenueStream>> m_streams;
};
