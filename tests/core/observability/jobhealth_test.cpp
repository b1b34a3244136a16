#include "observability/healthboard.h"
#include "observability/jobhealth.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

TEST(JobHealth, HealthyUntilTheLimitThenStaleAndHealthyAgainOnSuccess)
{
    JobHealth job(QStringLiteral("ticker:bithumb"), 5'000, 0);
    EXPECT_EQ(job.state(0), JobHealth::State::Waiting);
    job.recordSuccess(1'000);
    EXPECT_EQ(job.state(6'000), JobHealth::State::Healthy) << "exactly at the limit is not stale yet";
    EXPECT_EQ(job.state(6'001), JobHealth::State::Stale);
    EXPECT_EQ(job.ageMs(6'001), 5'001);
    job.recordAttempt(6'500, true);
    EXPECT_EQ(job.state(6'500), JobHealth::State::Stale) << "a failure does not refresh the age";
    job.recordSuccess(500);
    EXPECT_EQ(job.ageMs(6'500), 5'500) << "an older value does not either";
    job.recordSuccess(7'000);
    EXPECT_EQ(job.state(7'000), JobHealth::State::Healthy);
}

TEST(JobHealth, AJobThatNeverSucceedsTurnsStaleCountedFromWatching)
{
    JobHealth job(QStringLiteral("fx"), 15 * 60'000, 100'000);
    job.recordAttempt(100'500, true);
    EXPECT_EQ(job.state(100'000 + 15 * 60'000), JobHealth::State::Waiting);
    EXPECT_EQ(job.state(100'001 + 15 * 60'000), JobHealth::State::Stale);
}

TEST(JobHealth, ErrorsAndLatencyPercentilesOverTheLastFiveMinutes)
{
    JobHealth job(QStringLiteral("ticker:binance"), 5'000, 0);
    // 100 requests a second apart: latencies 1..100 ms, every tenth failed.
    for (int i = 1; i <= 100; ++i) {
        job.recordAttempt(i * 1'000, i % 10 == 0, i);
    }
    EXPECT_EQ(job.attempts(100'000), 100);
    EXPECT_EQ(job.errors(100'000), 10);
    EXPECT_EQ(job.latencyPercentileMs(50, 100'000), 50);
    EXPECT_EQ(job.latencyPercentileMs(99, 100'000), 99);
    EXPECT_EQ(job.latencyPercentileMs(100, 100'000), 100);
    // Four minutes later the first 40 have left the window (it covers (now − 5 min, now]).
    EXPECT_EQ(job.attempts(340'000), 60);
    EXPECT_EQ(job.errors(340'000), 6);
    EXPECT_EQ(job.latencyPercentileMs(50, 340'000), 70);
    EXPECT_EQ(job.latencyPercentileMs(50, 1'000'000), std::nullopt);
}

TEST(JobHealth, SlicesCutTheWindowForSparklines)
{
    JobHealth job(QStringLiteral("premium"), 5'000, 0, 10'000);
    job.recordAttempt(1'000, false, 5);
    job.recordAttempt(2'000, true, 30);
    job.recordAttempt(9'500, false, 7);
    const QList<JobHealth::Slice> slices = job.slices(2, 10'000);
    ASSERT_EQ(slices.size(), 2);
    EXPECT_EQ(slices.at(0).attempts, 2);
    EXPECT_EQ(slices.at(0).errors, 1);
    EXPECT_EQ(slices.at(0).maxLatencyMs, 30);
    EXPECT_EQ(slices.at(1).attempts, 1);
    EXPECT_EQ(slices.at(1).errors, 0);
}

TEST(HealthBoard, JobsGetTheirLimitByNameAndTheBoardsClock)
{
    qint64 now = 1'000;
    HealthBoard board([](const QString &job) { return job == QStringLiteral("fx") ? 900'000 : 5'000; });
    board.setClock([&now] { return now; });
    QSignalSpy added(&board, &HealthBoard::jobAdded);
    board.watch(QStringLiteral("fx"));
    board.recordAttempt(QStringLiteral("ticker:bithumb"), false, 12);
    board.recordSuccess(QStringLiteral("ticker:bithumb"));
    EXPECT_EQ(added.count(), 2);
    EXPECT_EQ(board.jobs(), (QStringList { QStringLiteral("fx"), QStringLiteral("ticker:bithumb") }));
    now = 7'000;
    EXPECT_EQ(board.job(QStringLiteral("ticker:bithumb"))->state(now), JobHealth::State::Stale);
    EXPECT_EQ(board.job(QStringLiteral("fx"))->state(now), JobHealth::State::Waiting);
    board.setLimits([](const QString &) { return 10'000; });
    EXPECT_EQ(board.job(QStringLiteral("ticker:bithumb"))->state(now), JobHealth::State::Healthy);
    EXPECT_EQ(board.job(QStringLiteral("nothing")), nullptr);
}
