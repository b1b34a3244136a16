#pragma once

#include "databaselocation.h"

#include <QStringList>

// The few places where SQLite and MariaDB/MySQL spell the same thing differently. Everything
// else in core/storage is plain SQL that both accept.
class SqlDialect final
{
public:
    explicit SqlDialect(DatabaseLocation::Backend backend);

    DatabaseLocation::Backend backend() const { return m_backend; }

    // A surrogate key column: "id INTEGER PRIMARY KEY AUTOINCREMENT" or
    // "id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY".
    QString autoIdColumn(const QString &name = QStringLiteral("id")) const;
    // What follows a CREATE TABLE's closing parenthesis: InnoDB and utf8mb4 on MySQL.
    QString tableOptions() const;
    // The same for a table stored in its primary key's order (SQLite: WITHOUT ROWID; InnoDB
    // always does this): one B-tree per table instead of a row table plus a key index.
    QString clusteredTableOptions() const;
    // An INSERT of `rows` rows that replaces any row having the same key columns.
    QString upsert(const QString &table, const QStringList &columns, const QStringList &keyColumns, int rows = 1) const;
    // An expression reading the integer `column` as a count of 10^-`places` units, as exact
    // decimal text: 127870521 with 8 places is '1.27870521', -5 is '-0.00000005'.
    QString fixedPointText(const QString &column, int places) const;

private:
    DatabaseLocation::Backend m_backend;
};
