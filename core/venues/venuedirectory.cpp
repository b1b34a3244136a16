#include "venuedirectory.h"

VenueDirectory::VenueDirectory()
{
}

VenueDirectory::~VenueDirectory() = default;

const VenueDirectory &VenueDirectory::standard()
{
    static const VenueDirectory directory;
    return directory;
}

const VenueAdapter *VenueDirectory::find(const QString &venueId) const
{
    for (const auto &adapter : m_adapters) {
        if (adapter->id() == venueId)
            return adapter.get();
    }
    return nullptr;
}

QStringList VenueDirectory::ids(VenueSide side) const
{
    QStringList result;
    for (const auto &adapter : m_adapters) {
        if (adapter->side() == side)
            result.append(adapter->id());
    }
    return result;
}

QStringList VenueDirectory::ids() const
{
    return ids(VenueSide::KoreanSpot) + ids(VenueSide::Perpetual);
}
