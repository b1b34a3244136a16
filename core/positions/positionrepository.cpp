#include "positionrepository.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString kColumns = QStringLiteral(
    "id, symbol, korea_venue, foreign_venue, quantity, entry_korea_price, entry_foreign_price, entry_fx_rate, "
    "korea_fee_rate, foreign_fee_rate, opened_at, note, exit_korea_price, exit_foreign_price, exit_fx_rate, closed_at");

StorageError corrupt(const QString &detail)
{
    StorageError error;
    error.kind = StorageError::Kind::Corrupt;
    error.detail = detail;
    return error;
}

// Reads column after column, remembering the first one that is not an exact decimal.
class RowReader
{
public:
    explicit RowReader(const QSqlQuery &query)
        : m_query(query)
    {
    }

    QVariant next() { return m_query.value(m_column++); }

    Decimal decimal()
    {
        const int column = m_column;
        const std::optional<Decimal> value = Decimal::fromString(next().toString());
        if (!value && m_badColumn < 0)
            m_badColumn = column;
        return value.value_or(Decimal());
    }

    int badColumn() const { return m_badColumn; }

private:
    const QSqlQuery &m_query;
    int m_column = 0;
    int m_badColumn = -1;
};

} // namespace

PositionRepository::PositionRepository(Database &database)
    : m_database(database)
{
}

std::optional<StorageError> PositionRepository::exec(QSqlQuery &query) const
{
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    return std::nullopt;
}

std::optional<StorageError> PositionRepository::expectOneRow(const QSqlQuery &query, qint64 id, const QString &what) const
{
    if (query.numRowsAffected() == 1)
        return std::nullopt;
    StorageError error;
    error.kind = StorageError::Kind::Query;
    error.detail = QStringLiteral("no %1 position %2").arg(what).arg(id);
    return error;
}

std::optional<StorageError> PositionRepository::positionFromRow(const QSqlQuery &query, Position *out) const
{
    RowReader row(query);
    Position &p = *out;
    p.id = row.next().toLongLong();
    p.symbol = row.next().toString();
    p.koreanVenue = row.next().toString();
    p.foreignVenue = row.next().toString();
    p.quantity = row.decimal();
    p.entry.korea = row.decimal();
    p.entry.foreign = row.decimal();
    p.entry.fx = row.decimal();
    p.koreaFeeRate = row.decimal();
    p.foreignFeeRate = row.decimal();
    p.openedAtMs = row.next().toLongLong();
    p.note = row.next().toString();
    const bool closed = !query.value(15).isNull();
    if (closed) {
        p.exit = LegPrices{row.decimal(), row.decimal(), row.decimal()};
        p.closedAtMs = row.next().toLongLong();
    }
    if (row.badColumn() >= 0)
        return corrupt(QStringLiteral("position %1: column %2 is not a decimal").arg(p.id).arg(row.badColumn()));
    return std::nullopt;
}

std::optional<StorageError> PositionRepository::loadAll(QList<Position> *out)
{
    out->clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM position ORDER BY id"));
    if (auto error = exec(query))
        return error;
    while (query.next()) {
        Position position;
        if (auto error = positionFromRow(query, &position))
            return error;
        out->append(position);
    }
    return std::nullopt;
}

std::optional<StorageError> PositionRepository::load(qint64 id, std::optional<Position> *out)
{
    out->reset();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM position WHERE id = ?"));
    query.addBindValue(id);
    if (auto error = exec(query))
        return error;
    if (!query.next())
        return std::nullopt;
    Position position;
    if (auto error = positionFromRow(query, &position))
        return error;
    *out = position;
    return std::nullopt;
}

std::optional<StorageError> PositionRepository::insert(Position *position)
{
    const Position &p = *position;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO position (symbol, korea_venue, foreign_venue, quantity, entry_korea_price, entry_foreign_price, "
        "entry_fx_rate, korea_fee_rate, foreign_fee_rate, opened_at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(p.symbol), QVariant(p.koreanVenue), QVariant(p.foreignVenue),
                                  QVariant(p.quantity.toString()), QVariant(p.entry.korea.toString()),
                                  QVariant(p.entry.foreign.toString()), QVariant(p.entry.fx.toString()),
                                  QVariant(p.koreaFeeRate.toString()), QVariant(p.foreignFeeRate.toString()),
                                  QVariant(p.openedAtMs), QVariant(p.note)})
        query.addBindValue(value);
    if (auto error = exec(query))
        return error;
    position->id = query.lastInsertId().toLongLong();
    return std::nullopt;
}

std::optional<StorageError> PositionRepository::close(const Position &closed)
{
    if (!closed.exit)
        return corrupt(QStringLiteral("position %1 has no exit to record").arg(closed.id));
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE position SET exit_korea_price = ?, exit_foreign_price = ?, exit_fx_rate = ?, "
                                 "closed_at = ? WHERE id = ? AND closed_at IS NULL"));
    query.addBindValue(closed.exit->korea.toString());
    query.addBindValue(closed.exit->foreign.toString());
    query.addBindValue(closed.exit->fx.toString());
    query.addBindValue(closed.closedAtMs);
    query.addBindValue(closed.id);
    if (auto error = exec(query))
        return error;
    return expectOneRow(query, closed.id, QStringLiteral("open"));
}

std::optional<StorageError> PositionRepository::setNote(qint64 id, const QString &note)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE position SET note = ? WHERE id = ?"));
    query.addBindValue(note);
    query.addBindValue(id);
    return exec(query);
}

std::optional<StorageError> PositionRepository::remove(qint64 id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM position WHERE id = ?"));
    query.addBindValue(id);
    if (auto error = exec(query))
        return error;
    return expectOneRow(query, id, QStringLiteral("stored"));
}

std::optional<StorageError> PositionRepository::loadFunding(QList<FundingEvent> *out)
{
    out->clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT venue, symbol, funding_time, rate, mark_price FROM funding_event ORDER BY funding_time"));
    if (auto error = exec(query))
        return error;
    while (query.next()) {
        const auto rate = Decimal::fromString(query.value(3).toString());
        const auto mark = Decimal::fromString(query.value(4).toString());
        if (!rate || !mark)
            return corrupt(QStringLiteral("funding at %1 is not a decimal").arg(query.value(2).toLongLong()));
        out->append(FundingEvent{query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(), *rate, *mark});
    }
    return std::nullopt;
}

std::optional<StorageError> PositionRepository::recordFunding(const FundingEvent &event)
{
    QSqlQuery query(m_database.connection());
    query.prepare(m_database.dialect().upsert(QStringLiteral("funding_event"),
                                              {QStringLiteral("venue"), QStringLiteral("symbol"), QStringLiteral("funding_time"),
                                               QStringLiteral("rate"), QStringLiteral("mark_price")},
                                              {QStringLiteral("venue"), QStringLiteral("symbol"), QStringLiteral("funding_time")}));
    query.addBindValue(event.venue);
    query.addBindValue(event.symbol);
    query.addBindValue(event.fundingTimeMs);
    query.addBindValue(event.rate.toString());
    query.addBindValue(event.markPrice.toString());
    return exec(query);
}
