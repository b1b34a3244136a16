#include "priceformat.h"

#include <algorithm>

QString PriceFormat::grouped(const Decimal &value, int places, const QLocale &locale)
{
    const QString plain = value.abs().toFixed(places);
    const qsizetype point = plain.indexOf(u'.');
    const QString integral = point < 0 ? plain : plain.left(point);
    const QString fraction = point < 0 ? QString() : plain.mid(point + 1);

    // Grouping is applied even for the "C" locale, which asks to omit it: an unseparated
    // nine-digit won price is exactly the unreadable number this widget exists to avoid.
    const QString separator = locale.groupSeparator().isEmpty() ? QStringLiteral(",") : locale.groupSeparator();
    QString text;
    text.reserve(plain.size() + plain.size() / 3 + 2);
    const qsizetype digits = integral.size();
    for (qsizetype i = 0; i < digits; ++i) {
        if (i > 0 && (digits - i) % 3 == 0)
            text += separator;
        text += integral.at(i);
    }
    if (!fraction.isEmpty())
        text += locale.decimalPoint() + fraction;
    if (value.roundedHalfUp(places).isNegative())
        text.prepend(locale.negativeSign());
    return text;
}

QString PriceFormat::krw(const Decimal &price, const QLocale &locale)
{
    //: A price in Korean won; %1 is the grouped number, e.g. ₩129,555,000
    return tr("₩%1").arg(grouped(price, placesAtLeast(price, 0), locale));
}

QString PriceFormat::usdt(const Decimal &price, const QLocale &locale)
{
    //: A price in Tether; %1 is the grouped number, e.g. 89,277.10 USDT
    return tr("%1 USDT").arg(grouped(price, placesAtLeast(price, 2), locale));
}

QString PriceFormat::fxRate(const Decimal &rate, const QLocale &locale)
{
    return grouped(rate, placesAtLeast(rate, 2), locale);
}

QString PriceFormat::percent(const Decimal &rate, const QLocale &locale)
{
    //: A premium in percent; %1 is the signed number, e.g. +1.28 %
    return tr("%1 %").arg(signedNumber(rate, 2, locale));
}

QString PriceFormat::signedNumber(const Decimal &rate, int places, const QLocale &locale)
{
    // A premium's sign is the news, so a positive one says so; zero has none.
    const QString text = grouped(rate, places, locale);
    return rate.roundedHalfUp(places).isPositive() ? locale.positiveSign() + text : text;
}

int PriceFormat::placesAtLeast(const Decimal &value, int minimum)
{
    return std::max(minimum, value.normalized().scale());
}
