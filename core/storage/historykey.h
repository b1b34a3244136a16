#pragma once

#include "premium/premiumbasis.h"
#include "premium/premiumsample.h"
#include "premium/venuepair.h"

#include <QMetaType>
#include <QString>

// Which premium series of the history: a coin on a venue pair, on one basis. The defaults are the
// series the app recorded before it followed every coin (BTC, Bithumb against Binance, seed basis).
struct HistoryKey
{
    HistoryKey() = default;
    explicit HistoryKey(QString coin, VenuePair pair = VenuePair(), PremiumBasis basis = PremiumBasis::Seed);

    QString coin = QStringLiteral("BTC");
    VenuePair pair;
    PremiumBasis basis = PremiumBasis::Seed;

    bool operator==(const HistoryKey &) const = default;

    static HistoryKey of(const PremiumSample &sample);
};

size_t qHash(const HistoryKey &key, size_t seed = 0);

Q_DECLARE_METATYPE(HistoryKey)
