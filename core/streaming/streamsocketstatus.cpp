#include "streamsocketstatus.h"

using namespace Qt::StringLiterals;

QString StreamSocketStatus::stateId(State state)
{
    switch (state) {
    case State::Connecting:
        return u"connecting"_s;
    case State::Open:
        return u"open"_s;
    case State::BackingOff:
        return u"backing-off"_s;
    case State::Closed:
        break;
    }
    return u"closed"_s;
}
