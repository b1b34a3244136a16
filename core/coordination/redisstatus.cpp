#include "redisstatus.h"

#include "redisclient.h"

void RedisStatus::update(SharedFeedStatus &status, const RedisClient &client)
{
    switch (client.state()) {
    case RedisClient::State::Connected:
        status.redis = SharedFeedStatus::RedisState::Connected;
        status.lastError.clear();
        status.passwordRefused = false;
        status.retryInMs = -1;
        break;
    case RedisClient::State::Disconnected:
        status.redis = SharedFeedStatus::RedisState::Unreachable;
        status.lastError = client.lastError();
        // Redis's error codes for a missing or wrong password (Redis 6+, and older servers' words).
        status.passwordRefused = status.lastError.startsWith(u"NOAUTH") || status.lastError.startsWith(u"WRONGPASS")
            || status.lastError.startsWith(u"ERR invalid password");
        status.retryInMs = client.reconnectInMs();
        break;
    case RedisClient::State::Connecting:
        break;
    }
}
