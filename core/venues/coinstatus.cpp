#include "coinstatus.h"

#include <algorithm>

std::optional<bool> CoinStatus::depositOpen() const
{
    if (networks.isEmpty())
        return std::nullopt;
    return std::any_of(networks.cbegin(), networks.cend(), [](const NetworkWallet &n) { return n.depositOpen; });
}

std::optional<bool> CoinStatus::withdrawalOpen() const
{
    if (networks.isEmpty())
        return std::nullopt;
    return std::any_of(networks.cbegin(), networks.cend(), [](const NetworkWallet &n) { return n.withdrawalOpen; });
}
