#pragma once

#include "migration.h"

#include <vector>

// The schema of the app's database, as the ordered list of its migrations (migrations.cpp).
//
// Adding a table or a column for a module: add one Migration to the list in migrations.cpp with
// the next free version number, a one-line summary and a function returning its statements. Steps
// run in version order, and a database gets every step it has no row for, so numbers reserved by
// work in progress may land in any order. Never edit or renumber a step that has shipped:
// databases out there have run it.
// migrations_test.cpp migrates from every earlier version, on SQLite and on a real MariaDB.
namespace Migrations {

const std::vector<Migration> &all();
int latestVersion();

} // namespace Migrations
