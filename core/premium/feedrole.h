#pragma once

#include <QMetaType>
#include <QString>

// The three inputs of a premium.
enum class FeedRole {
    KoreanSpot,
    ForeignPerp,
    Fx,
};

inline constexpr int FeedRoleCount = 3;

QString feedRoleId(FeedRole role);  // "korea", "foreign", "fx"

Q_DECLARE_METATYPE(FeedRole)
