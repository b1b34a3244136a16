#pragma once

#include "migration.h"

#include <vector>

// The schema of the app's database, as the ordered list of its migrations (migrations.cpp).
//
// Adding a table or a column for a module: append one Migration at the end of the list in
// migrations.cpp with the next version number, a one-line summary and a function returning its
// statements. Never edit or reorder a step that has shipped: databases out there have run it.
// migrations_test.cpp migrates from every earlier version, on SQLite and on a real MariaDB.
namespace Migrations {

const std::vector<Migration> &all();
int latestVersion();

} // namespace Migrations
