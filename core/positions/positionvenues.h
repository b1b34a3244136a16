#pragma once

#include <QStringList>

class VenueDirectory;

// The venue ids a position may name on each side, as data: the app takes them from the venue
// directory, tests write them out.
struct PositionVenues
{
    QStringList korea; // Korean spot venues, the default first
    QStringList foreign; // perpetual venues, the default first

    static PositionVenues of(const VenueDirectory &directory);
    // The venues shipped with the app (VenueDirectory::standard()).
    static PositionVenues standard();
};
