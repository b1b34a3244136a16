#pragma once

#include <QtGlobal>

#include <optional>

// The state of one rule for one subject: it fires once when its condition begins, stays quiet
// while the condition lasts, and clears only when the clear condition holds (hysteresis: the
// caller makes clearing stricter than not firing). A fire is notified unless the previous
// notification is less than the cooldown ago, so a flapping condition pops up once.
class AlertLatch final
{
public:
    enum class Change { None, Fired, Cleared };

    // `firing`: the condition holds now; `clearing`: it is far enough gone to clear.
    Change update(bool firing, bool clearing);
    bool isActive() const { return m_active; }

    // Whether a fire at `nowMs` should be notified; remembers it when so.
    bool takeNotification(qint64 nowMs, qint64 cooldownMs);

private:
    bool m_active = false;
    std::optional<qint64> m_lastNotifiedMs;
};
