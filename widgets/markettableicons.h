#pragma once

#include <QIcon>

// The market table's small pictures, drawn once in code so they follow no icon theme and need no
// resource: a star for favourites, a dot per wallet state, a warning mark for caution. Held by
// the model (pixmaps must not outlive the application, so no function statics).
class MarketTableIcons final
{
public:
    enum class Wallet { Open, Partial, Suspended };

    MarketTableIcons();

    QIcon star(bool filled) const { return filled ? m_starOn : m_starOff; }
    QIcon wallet(Wallet state) const;
    QIcon caution() const { return m_caution; }

private:
    QIcon m_starOn;
    QIcon m_starOff;
    QIcon m_walletOpen;
    QIcon m_walletPartial;
    QIcon m_walletSuspended;
    QIcon m_caution;
};
