#include "venuegates.h"

#include "venuecatalog.h"

VenueGates::VenueGates(QHash<QString, VenueLimits> limits, QSettings *state, QObject *parent)
    : QObject(parent)
    , m_limits(std::move(limits))
    , m_state(state)
{
}

VenueGate *VenueGates::gate(const QString &venue, const QUrl &baseUrl)
{
    const QString key
        = venue + u' ' + VenueGate::serverId(baseUrl.isEmpty() ? VenueCatalog::defaultBaseUrl(venue) : baseUrl);
    if (VenueGate *existing = m_gates.value(key))
        return existing;
    auto *gate = new VenueGate(venue, m_limits.value(venue, VenueLimits::defaults(venue)), m_state, baseUrl, this);
    connect(gate, &VenueGate::healthChanged, this, &VenueGates::healthChanged);
    m_gates.insert(key, gate);
    if (!m_firstByVenue.contains(venue))
        m_firstByVenue.insert(venue, gate);
    return gate;
}

VenueGate *VenueGates::gate(const QString &venue)
{
    if (VenueGate *first = m_firstByVenue.value(venue))
        return first;
    return gate(venue, QUrl());
}
