#pragma once

#include "sharedfeedstatus.h"

class RedisClient;

// What the window says about the connection, read off the client after a change of its state.
class RedisStatus final
{
public:
    static void update(SharedFeedStatus &status, const RedisClient &client);
};
