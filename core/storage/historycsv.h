#pragma once

#include "premium/premiumsample.h"

#include <QByteArray>

#include <vector>

// Stored samples as CSV (RFC 4180, UTF-8, comma-separated, header first): exact decimals as
// stored, times both as ISO 8601 UTC and as epoch milliseconds, so a spreadsheet and a script
// each get what they expect.
namespace HistoryCsv {

QByteArray header();
QByteArray line(const PremiumSample &sample);
QByteArray document(const std::vector<PremiumSample> &samples);

} // namespace HistoryCsv
