#pragma once

#include "venues/marketquote.h"

#include <QtGlobal>

// One part of what a venue says about a coin (its last price, its book...) as last accepted, with
// when it arrived and how: the parts of one coin come in different replies at different times.
template<typename T> struct QuotePart
{
    T value {};
    qint64 receivedAtMs = 0;
    QuoteOrigin origin = QuoteOrigin::Poll;
};
