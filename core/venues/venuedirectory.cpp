#include "venuedirectory.h"

#include "binancestream.h"
#include "binancevenue.h"
#include "bithumbstream.h"
#include "bithumbvenue.h"
#include "bybitstream.h"
#include "bybitvenue.h"
#include "coinonestream.h"
#include "coinonevenue.h"
#include "okxstream.h"
#include "okxvenue.h"
#include "upbitstream.h"
#include "upbitvenue.h"

VenueDirectory::VenueDirectory()
{
    m_adapters.push_back(std::make_unique<BithumbVenue>());
    m_adapters.push_back(std::make_unique<UpbitVenue>());
    m_adapters.push_back(std::make_unique<CoinoneVenue>());
    m_adapters.push_back(std::make_unique<BinanceVenue>());
    m_adapters.push_back(std::make_unique<OkxVenue>());
    m_adapters.push_back(std::make_unique<BybitVenue>());

    m_streams.push_back(std::make_unique<BithumbStream>());
    m_streams.push_back(std::make_unique<UpbitStream>());
    m_streams.push_back(std::make_unique<CoinoneStream>());
    m_streams.push_back(std::make_unique<BinanceStream>());
    m_streams.push_back(std::make_unique<OkxStream>());
    m_streams.push_back(std::make_unique<BybitStream>());
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

const VenueStream *VenueDirectory::findStream(const QString &venueId) const
{
    for (const auto &stream : m_streams) {
        if (stream->id() == venueId)
            return stream.get();
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
