#include "historykey.h"

HistoryKey::HistoryKey(QString coin, VenuePair pair, PremiumBasis basis)
    : coin(std::move(coin))
    , pair(std::move(pair))
    , basis(basis)
{
}

HistoryKey HistoryKey::of(const PremiumSample &sample)
{
    return HistoryKey(sample.symbol, sample.pair, sample.basis);
}

size_t qHash(const HistoryKey &key, size_t seed)
{
    return qHashMulti(seed, key.coin, key.pair.korea, key.pair.foreign, static_cast<int>(key.basis));
}
