#pragma once

#include "market/decimal.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// Prices and rates as a trader reads them: thousands separators and decimal point of the locale,
// digits straight from the exact Decimal (no trip through double, so "89,277.10" is what the
// exchange sent, not its nearest binary fraction).
class PriceFormat final
{
    Q_DECLARE_TR_FUNCTIONS(PriceFormat)

public:
    PriceFormat() = delete;

    // `places` decimals, rounded half-up, grouped: (1234567.891, 2) -> "1,234,567.89".
    static QString grouped(const Decimal &value, int places, const QLocale &locale = QLocale());
    // Won, no decimals unless the venue quoted some: "₩129,555,000".
    static QString krw(const Decimal &price, const QLocale &locale = QLocale());
    // At least two decimals, more if the venue quoted more: "89,277.10 USDT".
    static QString usdt(const Decimal &price, const QLocale &locale = QLocale());
    // KRW per USD, at least two decimals: "1,432.60".
    static QString fxRate(const Decimal &rate, const QLocale &locale = QLocale());
    // A premium with its sign and two decimals: "+1.28 %", "-0.41 %", "0.00 %".
    static QString percent(const Decimal &rate, const QLocale &locale = QLocale());
    // The same without the unit, for places that add their own.
    static QString signedNumber(const Decimal &rate, int places, const QLocale &locale = QLocale());

private:
    static int placesAtLeast(const Decimal &value, int minimum);
};
