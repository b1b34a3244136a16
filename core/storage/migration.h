#pragma once

#include "sqldialect.h"

#include <QStringList>

// One numbered step of the schema. Steps run in order, each at most once per database; the
// number of the last step applied is kept in the schema_version table. `statements` returns the
// SQL of the step for a backend (see SqlDialect for what differs).
struct Migration
{
    int version = 0;
    const char *summary = "";
    QStringList (*statements)(const SqlDialect &dialect) = nullptr;
};
