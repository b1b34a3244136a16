#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// One socket a venue's stream opens: where, what it sends once connected, and which coins it
// carries. A venue with a cap on streams per socket (Binance 200) or with two socket paths
// (Binance's /public and /market) plans several.
struct StreamSocketPlan
{
    QString name; // "public", "market", "tickers-1": tells a venue's sockets apart in logs and views
    QUrl url;
    // Frames sent in order right after the socket opened (text frames). Empty where the URL itself
    // carries the subscription (Binance's combined streams).
    QList<QByteArray> subscribeFrames;
    QStringList coins;
};
