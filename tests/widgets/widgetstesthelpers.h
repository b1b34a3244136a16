#pragma once

#include "market/quote.h"
#include "premium/premiummonitor.h"

#include <QLabel>
#include <QWidget>

// Test helpers shared by the widget tests: hand-made quotes for a monitor on a fake clock.
namespace WidgetsTest {

// 2026-11-25 10:33:40 UTC, the time of the shared fixtures.
inline constexpr qint64 StartMs = 1'795'632'820'000;

inline Quote quote(const QString &venue, const QString &symbol, const char *price, qint64 atMs)
{
    Quote q;
    q.venue = venue;
    q.symbol = symbol;
    q.price = Decimal::fromString(QString::fromLatin1(price)).value();
    q.receivedAtMs = atMs;
    return q;
}

// The seed's acceptance case: 129,555,000 KRW, 89,277.1 USDT, 1,432.6 KRW/USD -> +1.28 %.
inline void feedSeedExample(PremiumMonitor &monitor, qint64 atMs, const char *korea = "129555000")
{
    monitor.acceptQuote(FeedRole::Fx, quote(QStringLiteral("dunamu"), QStringLiteral("USD/KRW"), "1432.6", atMs));
    monitor.acceptQuote(FeedRole::KoreanSpot, quote(QStringLiteral("bithumb"), QStringLiteral("BTC"), korea, atMs));
    monitor.acceptQuote(FeedRole::ForeignPerp, quote(QStringLiteral("binance"), QStringLiteral("BTC"), "89277.10", atMs));
}

inline QString labelText(const QWidget &parent, const char *objectName)
{
    const auto *label = parent.findChild<QLabel *>(QString::fromLatin1(objectName));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QString::fromLatin1(objectName));
}

} // namespace WidgetsTest
