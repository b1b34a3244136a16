#pragma once

#include "market/decimal.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// Large won amounts (24 h volumes) as traders read them: in Korean by 만/억/조 (powers of 10^4),
// "3,456억", "1.23조"; in other languages by K/M/B/T, "345.60B". The locale's language picks.
class VolumeFormat final
{
    Q_DECLARE_TR_FUNCTIONS(VolumeFormat)

public:
    VolumeFormat() = delete;

    static QString krw(const Decimal &amount, const QLocale &locale = QLocale());
};
