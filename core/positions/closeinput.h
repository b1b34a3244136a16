#pragma once

#include <QString>

#include <optional>

// Closing prices as typed. A closing time not given means now; given but empty, it is missing.
struct CloseInput
{
    QString koreaPrice;
    QString foreignPrice;
    QString fx;
    std::optional<QString> closedAt{};  // ISO 8601
};
