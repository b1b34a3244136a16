#include "secretcatalog.h"

#include "exchanges/venuecatalog.h"

namespace {
const QString kFxKeySuffix = QStringLiteral("-key");
}

namespace SecretCatalog {

QStringList ids()
{
    return { QStringLiteral("binance-api-key"),      QStringLiteral("binance-secret-key"),
             QStringLiteral("bithumb-api-key"),      QStringLiteral("bithumb-secret-key"),
             QStringLiteral("upbit-access-key"),     QStringLiteral("upbit-secret-key"),
             QStringLiteral("exchangerate-api-key"), QStringLiteral("koreaexim-key"),
             QStringLiteral("database-password"),    QStringLiteral("redis-password"),
             QStringLiteral("api-token") };
}

Kind kind(const QString &id)
{
    if (id == u"api-token")
        return Kind::ApiToken;
    if (id.endsWith(u"-password"))
        return Kind::Password;
    return fxSource(id).isEmpty() ? Kind::ExchangeKey : Kind::FxKey;
}

QString fxSource(const QString &id)
{
    if (!id.endsWith(kFxKeySuffix))
        return QString();
    const QString source = id.chopped(kFxKeySuffix.size());
    return VenueCatalog::fxSources().contains(source) && VenueCatalog::needsKey(source) ? source : QString();
}

QString keyForFxSource(const QString &source)
{
    return VenueCatalog::needsKey(source) ? source + kFxKeySuffix : QString();
}

} // namespace SecretCatalog
