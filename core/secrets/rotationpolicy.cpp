#include "rotationpolicy.h"

namespace RotationPolicy {

int ageDays(const QDateTime &createdAt, const QDateTime &now)
{
    // Whole days elapsed, not calendar dates crossed: a key made at 23:59 is not a day old at 00:01.
    return static_cast<int>(std::max<qint64>(0, createdAt.msecsTo(now) / (24LL * 3600 * 1000)));
}

Stage stage(const QDateTime &createdAt, const QDateTime &now)
{
    const int days = ageDays(createdAt, now);
    if (days >= RotateAfterDays)
        return Stage::Rotate;
    if (days >= WarnAfterDays)
        return Stage::Warn;
    return Stage::Fresh;
}

} // namespace RotationPolicy
