#include "observability/logmasker.h"
#include "secrets/secretstore.h"
#include "secrets/secretwatcher.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// Run through with-keyring.sh: a real gnome-keyring on a private session bus (or, for the
// NoKeychain tests, no bus at all).
namespace {

const QString kId = QStringLiteral("exchangerate-api-key");
const QString kValue = QStringLiteral("0123456789abcdefKEY-ROUNDTRIP");

class SecretStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        metadata = std::make_unique<QSettings>(dir.filePath(QStringLiteral("state.ini")), QSettings::IniFormat);
        store = std::make_unique<SecretStore>(QStringLiteral("premium-spread-test"), metadata.get());
    }

    SecretStore::Backend probe()
    {
        QSignalSpy changed(store.get(), &SecretStore::backendChanged);
        store->probe();
        EXPECT_TRUE(changed.wait(20'000)) << "the keychain probe never ended";
        return store->backend();
    }

    SecretStore::Error write(const QString &id, const QString &value)
    {
        QSignalSpy done(store.get(), &SecretStore::writeFinished);
        store->write(id, value);
        // Asynchronous: nothing has finished when write() returns.
        EXPECT_EQ(done.count(), 0);
        EXPECT_TRUE(done.wait(20'000));
        return done.isEmpty() ? SecretStore::Error::Other : done.at(0).at(1).value<SecretStore::Error>();
    }

    std::pair<QString, SecretStore::Error> read(const QString &id)
    {
        QSignalSpy done(store.get(), &SecretStore::readFinished);
        store->read(id);
        EXPECT_EQ(done.count(), 0);
        EXPECT_TRUE(done.wait(20'000));
        if (done.isEmpty())
            return { QString(), SecretStore::Error::Other };
        return { done.at(0).at(1).toString(), done.at(0).at(2).value<SecretStore::Error>() };
    }

    SecretStore::Error remove(const QString &id)
    {
        QSignalSpy done(store.get(), &SecretStore::removeFinished);
        store->remove(id);
        EXPECT_TRUE(done.wait(20'000));
        return done.isEmpty() ? SecretStore::Error::Other : done.at(0).at(1).value<SecretStore::Error>();
    }

    QByteArray filesOnDisk() const
    {
        metadata->sync();
        QFile file(dir.filePath(QStringLiteral("state.ini")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir dir;
    std::unique_ptr<QSettings> metadata;
    std::unique_ptr<SecretStore> store;
};

} // namespace

TEST_F(SecretStoreTest, KeysRoundTripThroughTheRealKeychain)
{
    ASSERT_EQ(probe(), SecretStore::Backend::Keychain) << qPrintable(store->backendProblem());
    EXPECT_EQ(write(kId, kValue), SecretStore::Error::None);
    const auto [value, error] = read(kId);
    EXPECT_EQ(error, SecretStore::Error::None);
    EXPECT_EQ(value, kValue);

    // The Secret Service itself has it: another program reads it back.
    QProcess lookup;
    lookup.start(QStringLiteral("secret-tool"),
                 { QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("premium-spread-test"),
                   QStringLiteral("user"), kId });
    ASSERT_TRUE(lookup.waitForFinished(10'000));
    EXPECT_EQ(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), kValue);

    const auto created = store->createdAt(kId);
    ASSERT_TRUE(created);
    EXPECT_LE(std::abs(created->secsTo(QDateTime::currentDateTimeUtc())), 60);
    EXPECT_TRUE(store->storedIds().contains(kId));
    // The date is on disk, the key is not.
    const QByteArray onDisk = filesOnDisk();
    EXPECT_TRUE(onDisk.contains("createdAt"));
    EXPECT_FALSE(onDisk.contains(kValue.toUtf8()));
    // Whatever passed through cannot reach a log.
    EXPECT_FALSE(LogMasker::mask(QString(QStringLiteral("echo ") + kValue)).contains(kValue));
}

TEST_F(SecretStoreTest, ReplacingIsOneStepAndRestartsTheAge)
{
    ASSERT_EQ(probe(), SecretStore::Backend::Keychain);
    ASSERT_EQ(write(kId, QStringLiteral("old-key-0000000000")), SecretStore::Error::None);
    metadata->setValue(QStringLiteral("secrets/") + kId + QStringLiteral("/createdAt"),
                       QDateTime::currentDateTimeUtc().addDays(-91).toString(Qt::ISODate));
    EXPECT_EQ(write(kId, QStringLiteral("new-key-1111111111")), SecretStore::Error::None);
    EXPECT_EQ(read(kId).first, QStringLiteral("new-key-1111111111"));
    EXPECT_LE(store->createdAt(kId)->daysTo(QDateTime::currentDateTimeUtc()), 0);
}

TEST_F(SecretStoreTest, DeletingRemovesTheKeyAndItsDate)
{
    ASSERT_EQ(probe(), SecretStore::Backend::Keychain);
    ASSERT_EQ(write(kId, kValue), SecretStore::Error::None);
    EXPECT_EQ(remove(kId), SecretStore::Error::None);
    EXPECT_EQ(read(kId).second, SecretStore::Error::NotFound);
    EXPECT_FALSE(store->createdAt(kId));
    EXPECT_FALSE(store->storedIds().contains(kId));
    // Deleting what is not there is not an error.
    EXPECT_EQ(remove(kId), SecretStore::Error::None);
}

TEST_F(SecretStoreTest, AWatcherFollowsItsSecretThroughSavesAndDeletes)
{
    const QString id = QStringLiteral("redis-password");
    ASSERT_EQ(probe(), SecretStore::Backend::Keychain);
    ASSERT_EQ(write(id, QStringLiteral("first-redis-password")), SecretStore::Error::None);

    SecretWatcher watcher(store.get(), id);
    QSignalSpy changed(&watcher, &SecretWatcher::valueChanged);
    ASSERT_TRUE(changed.wait(20'000)) << "the watcher never read its secret";
    EXPECT_EQ(watcher.value(), QStringLiteral("first-redis-password"));
    EXPECT_TRUE(watcher.isKnown());

    // Another key changing is none of its business.
    ASSERT_EQ(write(kId, kValue), SecretStore::Error::None);
    watcher.onSecretChanged(kId);

    ASSERT_EQ(write(id, QStringLiteral("second-redis-password")), SecretStore::Error::None);
    watcher.onSecretChanged(id);
    ASSERT_TRUE(changed.wait(20'000));
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(watcher.value(), QStringLiteral("second-redis-password"));

    ASSERT_EQ(remove(id), SecretStore::Error::None);
    watcher.onSecretChanged(id);
    ASSERT_TRUE(changed.wait(20'000));
    EXPECT_TRUE(watcher.value().isEmpty());
    EXPECT_TRUE(changed.constLast().at(0).toString().isEmpty());
}

TEST_F(SecretStoreTest, MaskedFormShowsOnlyTheLastFourOfLongKeys)
{
    EXPECT_EQ(SecretStore::masked(QStringLiteral("0123456789abcdefWXYZ")),
              QString(8, QChar(0x2022)) + QStringLiteral("WXYZ"));
    EXPECT_EQ(SecretStore::masked(QStringLiteral("hunter2")), QString(8, QChar(0x2022)));
    EXPECT_EQ(SecretStore::masked(QString()), QString(8, QChar(0x2022)));
}

TEST_F(SecretStoreTest, NoKeychainIsSaidPlainlyAndNothingGoesToAFile)
{
    ASSERT_EQ(probe(), SecretStore::Backend::Unavailable);
    EXPECT_FALSE(store->backendProblem().isEmpty());
    EXPECT_EQ(write(kId, kValue), SecretStore::Error::Unavailable);
    EXPECT_EQ(read(kId).second, SecretStore::Error::Unavailable);
    EXPECT_FALSE(store->createdAt(kId));

    // Memory for this run only, when the user agrees.
    store->useMemoryOnly();
    EXPECT_EQ(store->backend(), SecretStore::Backend::MemoryOnly);
    EXPECT_EQ(write(kId, kValue), SecretStore::Error::None);
    EXPECT_EQ(read(kId).first, kValue);
    EXPECT_TRUE(store->createdAt(kId));
    EXPECT_EQ(store->storedIds(), QStringList { kId });

    // Nothing of it on disk, anywhere under the home the test runs in.
    EXPECT_FALSE(filesOnDisk().contains(kValue.toUtf8()));
    QProcess grep;
    grep.start(QStringLiteral("grep"), { QStringLiteral("-rl"), kValue, QDir::homePath(), dir.path() });
    ASSERT_TRUE(grep.waitForFinished(10'000));
    EXPECT_TRUE(grep.readAllStandardOutput().isEmpty());

    // A new run starts empty.
    SecretStore next(QStringLiteral("premium-spread-test"), metadata.get());
    next.useMemoryOnly();
    QSignalSpy done(&next, &SecretStore::readFinished);
    next.read(kId);
    ASSERT_TRUE(done.wait(5000));
    EXPECT_EQ(done.at(0).at(2).value<SecretStore::Error>(), SecretStore::Error::NotFound);
}
