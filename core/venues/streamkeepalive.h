#pragma once

#include <QByteArray>

// What a venue wants to hear to keep a socket open.
struct StreamKeepAlive
{
    // Send every this many ms; 0 sends nothing (Binance pings us and Qt answers the pong).
    int intervalMs = 0;
    // The text frame to send; empty sends a protocol ping frame (QWebSocket::ping).
    QByteArray frame;
    // Send only when nothing arrived for intervalMs (OKX), instead of on a fixed clock.
    bool onlyWhenIdle = false;
};
