#include "apiserverconfig.h"

std::optional<ApiFailure::Kind> ApiServerConfig::problem() const
{
    if (address.isNull())
        return ApiFailure::Kind::NoAddress;
    if ((tokenRequired || !address.isLoopback()) && token.isEmpty())
        return ApiFailure::Kind::TokenMissing;
    return std::nullopt;
}

QString ApiServerConfig::endpoint() const
{
    const QString host
        = address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']' : address.toString();
    return host + u':' + QString::number(port);
}
