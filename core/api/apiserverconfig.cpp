#include "apiserverconfig.h"

QString ApiServerConfig::problem() const
{
    if (!address.isLoopback() && token.isEmpty())
        return QStringLiteral("listening on %1 needs an API token").arg(address.toString());
    if (address.isNull())
        return QStringLiteral("no address to listen on");
    return QString();
}
