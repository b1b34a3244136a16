#pragma once

#include <QDateTime>

// Key rotation as the seed plans it (section 5.4): a key is fresh until day 85, the user is
// warned from day 85, and from day 90 asked to replace it.
namespace RotationPolicy {

enum class Stage { Fresh, Warn, Rotate };

inline constexpr int WarnAfterDays = 85;
inline constexpr int RotateAfterDays = 90;

int ageDays(const QDateTime &createdAt, const QDateTime &now);
Stage stage(const QDateTime &createdAt, const QDateTime &now);

} // namespace RotationPolicy
