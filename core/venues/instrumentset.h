#pragma once

#include "instrument.h"

#include <QHash>
#include <QList>

// A venue's followed instruments with lookups by the venue's code and by coin: what a parser of an
// all-symbols reply needs to keep the rows it follows and skip the rest.
class InstrumentSet final
{
public:
    InstrumentSet() = default;
    explicit InstrumentSet(QList<Instrument> instruments);

    const QList<Instrument> &all() const { return m_instruments; }
    int size() const { return static_cast<int>(m_instruments.size()); }
    bool isEmpty() const { return m_instruments.isEmpty(); }
    // nullptr when the venue's code is not followed.
    const Instrument *bySymbol(const QString &symbol) const;
    const Instrument *byCoin(const QString &coin) const;
    QStringList coins() const;
    // Only the instruments of these coins (the coins both sides of a pair list).
    InstrumentSet restrictedTo(const QStringList &coins) const;

private:
    QList<Instrument> m_instruments;
    QHash<QString, qsizetype> m_bySymbol;
    QHash<QString, qsizetype> m_byCoin;
};
