#include "positionexport.h"

#include "premium/premiumjson.h"

#include <QJsonValue>

#include <utility>

namespace {

using Field = std::pair<QString, QJsonValue>;

QJsonValue text(const Decimal &value)
{
    return value.normalized().toString();
}

QJsonValue text(const std::optional<Decimal> &value)
{
    return value ? text(*value) : QJsonValue(QJsonValue::Null);
}

// The one list both formats are made from, so that they can never disagree.
QList<Field> fields(const PositionExport::Row &row, PremiumBasis basis)
{
    const Position &p = row.position;
    const PositionValuation &v = row.valuation;
    const std::optional<PositionPnl> &pnl = v.pnl;
    const auto exitPrice = [&](Decimal LegPrices::*member) {
        return p.exit ? text((*p.exit).*member) : QJsonValue(QJsonValue::Null);
    };
    // Realised figures only: a live estimate of an open position is not a record.
    const auto realised = [&](Decimal PositionPnl::*member) {
        return pnl && !p.isOpen() ? text((*pnl).*member) : QJsonValue(QJsonValue::Null);
    };
    return {
        {QStringLiteral("id"), p.id},
        {QStringLiteral("symbol"), p.symbol},
        {QStringLiteral("status"), p.isOpen() ? QStringLiteral("open") : QStringLiteral("closed")},
        {QStringLiteral("quantity"), text(p.quantity)},
        {QStringLiteral("korea_venue"), p.koreanVenue},
        {QStringLiteral("foreign_venue"), p.foreignVenue},
        {QStringLiteral("korea_entry_price"), text(p.entry.korea)},
        {QStringLiteral("foreign_entry_price"), text(p.entry.foreign)},
        {QStringLiteral("entry_fx"), text(p.entry.fx)},
        {QStringLiteral("korea_fee_rate"), text(p.koreaFeeRate)},
        {QStringLiteral("foreign_fee_rate"), text(p.foreignFeeRate)},
        {QStringLiteral("opened_at"), PremiumJson::isoUtc(p.openedAtMs)},
        {QStringLiteral("closed_at"), p.isOpen() ? QJsonValue(QJsonValue::Null) : QJsonValue(PremiumJson::isoUtc(p.closedAtMs))},
        {QStringLiteral("basis"), premiumBasisId(basis)},
        {QStringLiteral("entry_premium"), text(v.entryPremium)},
        {QStringLiteral("korea_exit_price"), exitPrice(&LegPrices::korea)},
        {QStringLiteral("foreign_exit_price"), exitPrice(&LegPrices::foreign)},
        {QStringLiteral("exit_fx"), exitPrice(&LegPrices::fx)},
        {QStringLiteral("exit_premium"), p.isOpen() ? QJsonValue(QJsonValue::Null) : text(v.exitPremium)},
        {QStringLiteral("funding_usdt"), text(v.fundingUsdt)},
        {QStringLiteral("korea_leg_krw"), realised(&PositionPnl::koreaLeg)},
        {QStringLiteral("foreign_leg_usdt"), realised(&PositionPnl::foreignLeg)},
        {QStringLiteral("foreign_leg_krw"), realised(&PositionPnl::foreignLegKrw)},
        {QStringLiteral("fees_krw"), realised(&PositionPnl::feesKrw)},
        {QStringLiteral("realised_pnl_krw"), realised(&PositionPnl::net)},
        {QStringLiteral("premium_part_krw"), realised(&PositionPnl::premiumPart)},
        {QStringLiteral("fx_part_krw"), realised(&PositionPnl::fxPart)},
        {QStringLiteral("funding_part_krw"), realised(&PositionPnl::fundingPart)},
        {QStringLiteral("fees_part_krw"), realised(&PositionPnl::feesPart)},
        {QStringLiteral("note"), p.note},
    };
}

QByteArray csvCell(const QJsonValue &value)
{
    QString cell;
    if (value.isDouble())
        cell = QString::number(value.toInteger());
    else if (value.isString())
        cell = value.toString();
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r'))
        cell = u'"' + QString(cell).replace(u'"', QStringLiteral("\"\"")) + u'"';
    return cell.toUtf8();
}

} // namespace

namespace PositionExport {

QStringList columns()
{
    QStringList names;
    for (const Field &field : fields(Row{}, PremiumBasis::Seed))
        names.append(field.first);
    return names;
}

QJsonObject json(const Row &row, PremiumBasis basis)
{
    QJsonObject object;
    for (const Field &field : fields(row, basis))
        object.insert(field.first, field.second);
    return object;
}

QByteArray csv(const QList<Row> &rows, PremiumBasis basis)
{
    QByteArray out = columns().join(u',').toUtf8() + "\r\n";
    for (const Row &row : rows) {
        QList<QByteArray> cells;
        for (const Field &field : fields(row, basis))
            cells.append(csvCell(field.second));
        out += cells.join(',') + "\r\n";
    }
    return out;
}

} // namespace PositionExport
