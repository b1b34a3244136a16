#pragma once

#include <QList>
#include <QtGlobal>

// What the premium chart marks for one position: its entry premium (a horizontal line while it
// is open) and its opening and closing times (vertical lines). The premium is for drawing only.
struct PositionMarker
{
    qint64 id = 0;
    double entryPremium = 0;
    qint64 openedAtMs = 0;
    qint64 closedAtMs = 0;  // 0 while open

    bool isOpen() const { return closedAtMs == 0; }
    bool operator==(const PositionMarker &other) const = default;
};

using PositionMarkers = QList<PositionMarker>;
