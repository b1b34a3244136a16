#include "positionfield.h"

QString positionFieldId(PositionField field)
{
    switch (field) {
    case PositionField::Id:
        return QStringLiteral("id");
    case PositionField::Symbol:
        return QStringLiteral("symbol");
    case PositionField::KoreaVenue:
        return QStringLiteral("korea-venue");
    case PositionField::ForeignVenue:
        return QStringLiteral("foreign-venue");
    case PositionField::Quantity:
        return QStringLiteral("quantity");
    case PositionField::KoreaPrice:
        return QStringLiteral("korea-price");
    case PositionField::ForeignPrice:
        return QStringLiteral("foreign-price");
    case PositionField::Fx:
        return QStringLiteral("fx");
    case PositionField::KoreaFee:
        return QStringLiteral("korea-fee");
    case PositionField::ForeignFee:
        return QStringLiteral("foreign-fee");
    case PositionField::OpenedAt:
        return QStringLiteral("opened-at");
    case PositionField::ClosedAt:
        return QStringLiteral("closed-at");
    case PositionField::Note:
        return QStringLiteral("note");
    }
    return QString();
}
