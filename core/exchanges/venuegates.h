#pragma once

#include "venuegate.h"

#include <QHash>
#include <QObject>

class QSettings;

// One VenueGate per venue id, made on first use with that venue's limits. Every poller of a live
// feed shares one registry, so that two feeds asking the same venue share its budgets and bans.
class VenueGates final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VenueGates)

public:
    // `limits` overrides VenueLimits::defaults per venue; `state` (may be null) keeps daily counts,
    // bans and Retry-After across restarts.
    explicit VenueGates(QHash<QString, VenueLimits> limits = {}, QSettings *state = nullptr, QObject *parent = nullptr);

    VenueGate *gate(const QString &venue);
    QList<VenueGate *> gates() const { return m_gates.values(); }

Q_SIGNALS:
    void healthChanged(const VenueHealth &health);

private:
    QHash<QString, VenueLimits> m_limits;
    QSettings *m_state;
    QHash<QString, VenueGate *> m_gates;
};
