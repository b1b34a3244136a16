#pragma once

#include <QMetaType>
#include <QString>

// The two venues a premium compares: a Korean spot venue and a perpetual venue, by id.
struct VenuePair
{
    QString korea = QStringLiteral("bithumb");
    QString foreign = QStringLiteral("binance");

    bool operator==(const VenuePair &) const = default;
    QString id() const { return korea + QLatin1Char(':') + foreign; } // "bithumb:binance"
};

Q_DECLARE_METATYPE(VenuePair)
