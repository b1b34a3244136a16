#include "sqldialect.h"

SqlDialect::SqlDialect(DatabaseLocation::Backend backend)
    : m_backend(backend)
{
}

QString SqlDialect::autoIdColumn(const QString &name) const
{
    if (m_backend == DatabaseLocation::Backend::Sqlite)
        return name + QStringLiteral(" INTEGER PRIMARY KEY AUTOINCREMENT");
    return name + QStringLiteral(" BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY");
}

QString SqlDialect::tableOptions() const
{
    if (m_backend == DatabaseLocation::Backend::Sqlite)
        return QString();
    return QStringLiteral(" ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin");
}

QString SqlDialect::clusteredTableOptions() const
{
    if (m_backend == DatabaseLocation::Backend::Sqlite)
        return QStringLiteral(" WITHOUT ROWID");
    return tableOptions();
}

QString SqlDialect::upsert(const QString &table, const QStringList &columns, const QStringList &keyColumns, int rows) const
{
    QStringList placeholders;
    QStringList updates;
    for (const QString &column : columns) {
        placeholders.append(QStringLiteral("?"));
        if (keyColumns.contains(column))
            continue;
        if (m_backend == DatabaseLocation::Backend::Sqlite)
            updates.append(column + QStringLiteral(" = excluded.") + column);
        else
            updates.append(column + QStringLiteral(" = VALUES(") + column + u')');
    }
    const QString row = u'(' + placeholders.join(QStringLiteral(", ")) + u')';
    QStringList values;
    for (int i = 0; i < rows; ++i)
        values.append(row);
    QString sql = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + columns.join(QStringLiteral(", "))
        + QStringLiteral(") VALUES ") + values.join(QStringLiteral(", "));
    if (m_backend == DatabaseLocation::Backend::Sqlite)
        sql += QStringLiteral(" ON CONFLICT (") + keyColumns.join(QStringLiteral(", ")) + QStringLiteral(") DO UPDATE SET ");
    else
        sql += QStringLiteral(" ON DUPLICATE KEY UPDATE ");
    return sql + updates.join(QStringLiteral(", "));
}

QString SqlDialect::fixedPointText(const QString &column, int places) const
{
    // Integer division and remainder of the absolute value, the fraction left-padded with zeros:
    // no floating point anywhere, so every digit is the stored one.
    const QString unit = u'1' + QString(places, u'0');
    if (m_backend == DatabaseLocation::Backend::Sqlite)
        return QStringLiteral("(CASE WHEN %1 < 0 THEN '-' ELSE '' END || (abs(%1) / %2) || '.' || "
                              "substr('%3' || (abs(%1) % %2), -%4))")
            .arg(column, unit, QString(places, u'0'), QString::number(places));
    return QStringLiteral("CONCAT(IF(%1 < 0, '-', ''), ABS(%1) DIV %2, '.', LPAD(ABS(%1) MOD %2, %3, '0'))")
        .arg(column, unit, QString::number(places));
}
