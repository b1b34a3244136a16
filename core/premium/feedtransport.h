#pragma once

#include <QString>

#include <optional>

// How the live feed reaches the venues: over their push sockets (polling each coin whose stream is
// silent, and every venue without a stream), or by polling alone, as before streaming existed.
enum class FeedTransport {
    Stream,
    Poll,
};

QString feedTransportId(FeedTransport transport); // "stream", "poll"
std::optional<FeedTransport> feedTransportFromId(QStringView id);
