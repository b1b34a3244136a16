#include "positionvenues.h"

#include "venues/venuedirectory.h"

PositionVenues PositionVenues::of(const VenueDirectory &directory)
{
    return PositionVenues { directory.ids(VenueSide::KoreanSpot), directory.ids(VenueSide::Perpetual) };
}

PositionVenues PositionVenues::standard()
{
    return of(VenueDirectory::standard());
}
