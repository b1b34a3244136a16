#include "apifailure.h"

QString ApiFailure::describe() const
{
    switch (kind) {
    case Kind::NoAddress:
        return QStringLiteral("%1 is not an address to listen on").arg(address);
    case Kind::TokenMissing:
        return QStringLiteral("listening on %1 needs an API token and none is set").arg(address);
    case Kind::CannotListen:
        return QStringLiteral("cannot listen on %1: %2").arg(address, detail);
    }
    return QString();
}
