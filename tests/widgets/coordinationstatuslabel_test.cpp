#include "coordinationstatuslabel.h"

#include <gtest/gtest.h>

TEST(CoordinationStatusLabelTest, SaysTheRoleTheInstanceAndRedisState)
{
    CoordinationStatusLabel label;
    EXPECT_TRUE(label.text().contains(u"Alone"));
    EXPECT_TRUE(label.text().contains(u"shared feed off"));

    SharedFeedStatus status;
    status.instanceId = QStringLiteral("desk-1-ab12");
    status.redisUrl = QStringLiteral("redis://cache.lan:6379");
    status.redis = SharedFeedStatus::RedisState::Connected;
    status.role = SharedFeedStatus::Role::Polling;
    label.setStatus(status);
    EXPECT_EQ(label.text(), QStringLiteral("Polling for all instances · instance desk-1-ab12 · Redis connected"));
    EXPECT_TRUE(label.toolTip().contains(u"redis://cache.lan:6379"));
    EXPECT_TRUE(label.styleSheet().isEmpty());

    status.role = SharedFeedStatus::Role::Following;
    status.leaderId = QStringLiteral("server-9-ff00");
    label.setStatus(status);
    EXPECT_TRUE(label.text().startsWith(u"Following server-9-ff00"));

    status.role = SharedFeedStatus::Role::Alone;
    status.redis = SharedFeedStatus::RedisState::Unreachable;
    status.lastError = QStringLiteral("Connection refused");
    status.refusedWrites = 2;
    label.setStatus(status);
    EXPECT_TRUE(label.text().startsWith(u"Alone"));
    EXPECT_TRUE(label.text().contains(u"Redis unreachable"));
    EXPECT_TRUE(label.toolTip().contains(u"Connection refused"));
    EXPECT_TRUE(label.toolTip().contains(u"on its own"));
    EXPECT_TRUE(label.toolTip().contains(u"Stale writes refused: 2")) << label.toolTip().toStdString();
    EXPECT_FALSE(label.styleSheet().isEmpty()) << "unreachable stands out";

    status.lastError = QStringLiteral("NOAUTH Authentication required.");
    status.passwordRefused = true;
    label.setStatus(status);
    EXPECT_TRUE(label.text().contains(u"Redis refused the password")) << label.text().toStdString();
    EXPECT_TRUE(label.toolTip().contains(u"API keys")) << label.toolTip().toStdString();
}
