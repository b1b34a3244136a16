#pragma once

#include "premium/premiumsample.h"
#include "storage/database.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

// A test that runs once on an SQLite file and once on a real MariaDB database (a fresh, empty one
// per test on the MariaDbServer the test process shares). Instantiate with
// INSTANTIATE_TEST_SUITE_P(Backends, MyTest, ::testing::ValuesIn(StorageTestCase::backends()),
//                          StorageTestCase::backendName).
class StorageTestCase : public ::testing::TestWithParam<DatabaseLocation::Backend>
{
public:
    static std::vector<DatabaseLocation::Backend> backends();
    static std::string backendName(const ::testing::TestParamInfo<DatabaseLocation::Backend> &info);
    // A BTC sample at `timeMs` with the seed example's inputs and the given precise rate.
    static PremiumSample sample(qint64 timeMs, const char *preciseRate = "1.27911370", bool stale = false);

protected:
    void SetUp() override;

    bool isMySql() const { return GetParam() == DatabaseLocation::Backend::MySql; }
    const DatabaseLocation &location() const { return m_location; }
    QString password() const;
    // Another empty database on the same backend (a new file, or a new MariaDB database).
    DatabaseLocation freshLocation();
    // A new connection to this test's database, opened (and migrated unless told otherwise).
    std::unique_ptr<Database> openDatabase(bool migrate = true) const;
    // The value of a one-cell query, through a connection of its own.
    QVariant scalar(const QString &sql) const;

    QTemporaryDir m_dir;
    DatabaseLocation m_location;
    int m_fileCount = 0;
};
