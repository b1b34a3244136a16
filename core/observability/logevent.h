#pragma once

#include <QJsonObject>
#include <QLoggingCategory>

// A log line with named fields instead of prose: {"event":"venue_banned","venue":"binance",...}.
// Under JsonLog the fields become members of the line; under any other handler the message reads
// "ps-event:{...}". Values are masked like every other log text.
namespace LogEvent {

inline constexpr QLatin1StringView Prefix { "ps-event:" };

void info(const QLoggingCategory &category, const char *event, const QJsonObject &fields = {});
void warning(const QLoggingCategory &category, const char *event, const QJsonObject &fields = {});

} // namespace LogEvent
