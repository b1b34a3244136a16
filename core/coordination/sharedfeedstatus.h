#pragma once

#include <QMetaType>
#include <QString>

// What the window and the logs say about the shared feed. Plain data, so that widgets can show it
// without depending on the Redis code.
struct SharedFeedStatus
{
    enum class Role {
        Alone,      // polling on our own: no Redis configured, or Redis unreachable
        Polling,    // we hold the ticker lock and poll for every instance
        Following,  // another instance polls; we read the shared cache
    };
    enum class RedisState {
        Off,          // no --redis / no setting
        Connecting,   // first attempt in progress
        Connected,
        Unreachable,  // lost or refused; retrying after `retryInMs`
    };

    Role role = Role::Alone;
    RedisState redis = RedisState::Off;
    QString instanceId;
    QString leaderId;     // the instance that polls, when following
    QString redisUrl;     // without the password
    QString lastError;    // Redis's or the socket's own words, for the tooltip and the log
    bool passwordRefused = false;  // Redis wants a (different) password: NOAUTH / WRONGPASS
    int retryInMs = -1;   // when Unreachable
    int refusedWrites = 0;  // our writes the fencing refused (we had been paused or cut off)

    bool operator==(const SharedFeedStatus &) const = default;
};

Q_DECLARE_METATYPE(SharedFeedStatus)
