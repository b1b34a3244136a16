#include "coincodevalidator.h"

#include "positions/positionvalidator.h"

CoinCodeValidator::CoinCodeValidator(QObject *parent)
    : QValidator(parent)
{
}

QValidator::State CoinCodeValidator::validate(QString &input, int &) const
{
    fixup(input);
    if (input.size() > PositionValidator::MaxCoinLength)
        return Invalid;
    for (const QChar c : std::as_const(input)) {
        if (!(c >= u'A' && c <= u'Z') && !(c >= u'0' && c <= u'9'))
            return Invalid;
    }
    return input.isEmpty() ? Intermediate : Acceptable;
}

void CoinCodeValidator::fixup(QString &input) const
{
    input = input.toUpper();
}
