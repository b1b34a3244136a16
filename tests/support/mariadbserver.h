#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A real MariaDB server for tests: its own data directory in a temporary folder, a free port on
// 127.0.0.1, its socket in that folder. Nothing system-wide is used or changed.
//
// Installing the data directory takes a few seconds, so a test executable shares one server
// (shared()) and creates a fresh database per test:
//
//     MariaDbServer *server = MariaDbServer::shared();   // started on first use
//     ASSERT_TRUE(server->isRunning()) << qPrintable(server->errorString());
//     const QString url = server->createDatabase();       // mysql://premium@127.0.0.1:PORT/ps_3
//     Database db(*DatabaseLocation::parse(url), QString::fromLatin1(MariaDbServer::Password));
//
// stop() and start() again bring the same server (same port, same data) down and back, for
// "the database went away" tests.
class MariaDbServer final
{
    Q_DISABLE_COPY_MOVE(MariaDbServer)

public:
    static constexpr char User[] = "premium";
    static constexpr char Password[] = "premium-test-password";
    static constexpr int StartTimeoutMs = 60'000;

    MariaDbServer();
    ~MariaDbServer();

    // One server per test process, started on the first call and stopped when the
    // QCoreApplication goes away. A test that stops or kills it must start() it again.
    static MariaDbServer *shared();

    // True when mariadbd and mariadb-install-db are installed (scripts/install-deps.sh).
    static bool isAvailable();

    // Installs the data directory on the first call, then starts mariadbd and waits until it
    // answers. False, with errorString(), when it does not come up within StartTimeoutMs.
    bool start();
    // A clean shutdown (SIGTERM), waiting for the process to end.
    void stop();
    // SIGKILL: the server vanishes mid-whatever, as a crash or a pulled cable would look.
    void kill();
    bool isRunning() const;

    int port() const { return m_port; }
    QString errorString() const { return m_error; }

    // A new empty database that User may use fully; returns its location string for
    // DatabaseLocation::parse ("mysql://premium@127.0.0.1:PORT/ps_N").
    QString createDatabase();
    // Runs SQL as the server's root user through the socket (grants, SET GLOBAL, inspection).
    // Returns the client's tab-separated output; errorString() tells why when `ok` is false.
    QString execAsRoot(const QString &sql, bool *ok = nullptr);

private:
    bool installDataDirectory();
    bool waitUntilAnswering();
    QString socketPath() const;
    QString dataPath() const;

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    int m_databaseCount = 0;
    bool m_installed = false;
    QString m_error;
};
