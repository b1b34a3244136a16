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
