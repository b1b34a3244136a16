#include "apiserverconfig.h"

QString ApiServerConfig::problem() const
{
    if (address.isNull())
        return QStringLiteral("no address to listen on");
    if (!address.isLoopback() && token.isEmpty())
        return QStringLiteral("listening on %1 needs an API token").arg(address.toString());
    if (tokenRequired && token.isEmpty())
        return QStringLiteral("an API token is required and none is set");
    return QString();
}
