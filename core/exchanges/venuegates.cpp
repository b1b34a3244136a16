#include "venuegates.h"

VenueGates::VenueGates(QHash<QString, VenueLimits> limits, QSettings *state, QObject *parent)
    : QObject(parent)
    , m_limits(std::move(limits))
    , m_state(state)
{
}

VenueGate *VenueGates::gate(const QString &venue)
{
    if (VenueGate *existing = m_gates.value(venue))
        return existing;
    auto *gate = new VenueGate(venue, m_limits.value(venue, VenueLimits::defaults(venue)), m_state, this);
    connect(gate, &VenueGate::healthChanged, this, &VenueGates::healthChanged);
    m_gates.insert(venue, gate);
    return gate;
}
