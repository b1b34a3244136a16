#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// Deposits and withdrawals of one coin on one network of a venue.
struct NetworkWallet
{
    QString network; // "ETH", "BASE"; empty when the venue reports per coin only (Coinone)
    bool depositOpen = true;
    bool withdrawalOpen = true;
};

// What a Korean venue says about one coin besides its price: its wallet (per network where the
// venue tells) and its caution flags. A value the venue does not publish stays unset.
struct CoinStatus
{
    QString venue;
    QString coin;
    QList<NetworkWallet> networks;
    // Designated caution (유의) or another warning flag; reasons are the venue's own words
    // ("GLOBAL_PRICE_DIFFERENCES", "CAUTION").
    std::optional<bool> caution;
    QStringList cautionReasons;
    qint64 receivedAtMs = 0;

    // A coin is open when any of its networks is; unset without network data.
    std::optional<bool> depositOpen() const;
    std::optional<bool> withdrawalOpen() const;
};

Q_DECLARE_METATYPE(CoinStatus)
