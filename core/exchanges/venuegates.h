#pragma once

#include "venuegate.h"

#include <QHash>
#include <QObject>

class QSettings;

// One VenueGate per venue and server, made on first use with that venue's limits. Every poller of
// a live feed shares one registry, so that two feeds asking the same venue share its budgets and
// bans. A live feed asks each venue at one address; a server given for a venue (a test server)
// has its own gate.
class VenueGates final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VenueGates)

public:
    // `limits` overrides VenueLimits::defaults per venue; `state` (may be null) keeps daily counts,
    // bans and Retry-After across restarts.
    explicit VenueGates(QHash<QString, VenueLimits> limits = {}, QSettings *state = nullptr, QObject *parent = nullptr);

    // The gate of `venue` at `baseUrl` (empty: the venue's real address).
    VenueGate *gate(const QString &venue, const QUrl &baseUrl);
    // The gate of `venue` first asked for, else the one of its real address: for views and tests
    // that know the venue only.
    VenueGate *gate(const QString &venue);
    QList<VenueGate *> gates() const { return m_gates.values(); }

Q_SIGNALS:
    void healthChanged(const VenueHealth &health);

private:
    QHash<QString, VenueLimits> m_limits;
    QSettings *m_state;
    QHash<QString, VenueGate *> m_gates; // by venue and server id
    QHash<QString, VenueGate *> m_firstByVenue;
};
