#include "instrumentset.h"

#include <QSet>

InstrumentSet::InstrumentSet(QList<Instrument> instruments)
    : m_instruments(std::move(instruments))
{
    m_bySymbol.reserve(m_instruments.size());
    m_byCoin.reserve(m_instruments.size());
    for (qsizetype i = 0; i < m_instruments.size(); ++i) {
        m_bySymbol.insert(m_instruments[i].symbol, i);
        m_byCoin.insert(m_instruments[i].coin, i);
    }
}

const Instrument *InstrumentSet::bySymbol(const QString &symbol) const
{
    const auto it = m_bySymbol.constFind(symbol);
    return it == m_bySymbol.cend() ? nullptr : &m_instruments[*it];
}

const Instrument *InstrumentSet::byCoin(const QString &coin) const
{
    const auto it = m_byCoin.constFind(coin);
    return it == m_byCoin.cend() ? nullptr : &m_instruments[*it];
}

QStringList InstrumentSet::coins() const
{
    QStringList result;
    result.reserve(m_instruments.size());
    for (const Instrument &instrument : m_instruments)
        result.append(instrument.coin);
    return result;
}

InstrumentSet InstrumentSet::restrictedTo(const QStringList &coins) const
{
    const QSet<QString> wanted(coins.cbegin(), coins.cend());
    QList<Instrument> kept;
    for (const Instrument &instrument : m_instruments) {
        if (wanted.contains(instrument.coin))
            kept.append(instrument);
    }
    return InstrumentSet(std::move(kept));
}
