#pragma once

#include "premiumsample.h"

#include <QByteArray>

// The headless output format, one JSON object per line. A stable interface for scripts: fields
// are only ever added, never renamed or removed; decimals are strings so no reader rounds them.
namespace PremiumJson {

QByteArray line(const PremiumSample &sample);  // without the trailing newline
QString isoUtc(qint64 epochMs);                // 2026-11-25T10:33:40.123Z

} // namespace PremiumJson
