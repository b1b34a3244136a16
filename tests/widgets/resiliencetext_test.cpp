#include "feedtext.h"
#include "resiliencetext.h"

#include <QDateTime>
#include <QLocale>

#include <gtest/gtest.h>

TEST(ResilienceTextTest, ClockTimesReadTheSameOnEitherSideOfMidnight)
{
    const QDateTime now(QDate(2026, 11, 25), QTime(23, 58, 40));
    const qint64 nowMs = now.toMSecsSinceEpoch();
    EXPECT_EQ(ResilienceText::clockText(now.addSecs(60).toMSecsSinceEpoch(), nowMs), QStringLiteral("23:59:40"));
    const QString tomorrow = ResilienceText::clockText(now.addSecs(120).toMSecsSinceEpoch(), nowMs);
    EXPECT_TRUE(tomorrow.endsWith(QStringLiteral(" 00:00:40"))) << qPrintable(tomorrow);
    EXPECT_TRUE(tomorrow.startsWith(QLocale().toString(QDate(2026, 11, 26), QLocale::ShortFormat))) << qPrintable(tomorrow);
}

TEST(ResilienceTextTest, ASocketSaysItsStateRateAndRoundTrip)
{
    StreamSocketStatus status;
    status.venue = QStringLiteral("binance");
    status.name = QStringLiteral("market");
    status.state = StreamSocketStatus::State::Open;
    status.messagesPerSecond = 12.5;
    const QString binance = FeedText::venueName(status.venue);
    EXPECT_EQ(ResilienceText::socketText(status), binance + QStringLiteral(" market: open · 12.5 messages/s"));
    status.roundTripMs = 41;
    EXPECT_EQ(ResilienceText::socketText(status),
              binance + QStringLiteral(" market: open · 12.5 messages/s · round trip 41 ms"));
    status.state = StreamSocketStatus::State::BackingOff;
    EXPECT_EQ(ResilienceText::socketText(status),
              binance + QStringLiteral(" market: reconnecting after a failure · round trip 41 ms"));
}
