#include "mariadbserver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

#include <unistd.h>

namespace {

QString findTool(const QString &name)
{
    // mariadbd lives in sbin, which is not on an ordinary user's PATH.
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    return path;
}

int freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// The same for installing and running: InnoDB resizes a log file of another size at start.
QStringList serverTuningArguments()
{
    return {QStringLiteral("--innodb-log-file-size=4M"), QStringLiteral("--innodb-buffer-pool-size=32M"),
            QStringLiteral("--innodb-use-native-aio=0"), QStringLiteral("--skip-log-bin")};
}

bool copyTree(const QString &from, const QString &to)
{
    const QDir source(from);
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (it.fileName() == u".complete")
            continue;
        const QString target = QDir(to).filePath(source.relativeFilePath(file));
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(file, target))
            return false;
    }
    return true;
}

QStringList runAsUserArguments()
{
    // mariadbd refuses to run as root unless told to; in CI the tests run as root.
    if (::geteuid() == 0)
        return {QStringLiteral("--user=root")};
    return {};
}

} // namespace

MariaDbServer::MariaDbServer() = default;

MariaDbServer *MariaDbServer::shared()
{
    static MariaDbServer *server = [] {
        auto *instance = new MariaDbServer;
        qAddPostRoutine([] { delete shared(); });
        instance->start();
        return instance;
    }();
    return server;
}

MariaDbServer::~MariaDbServer()
{
    stop();
}

bool MariaDbServer::isAvailable()
{
    return !findTool(QStringLiteral("mariadbd")).isEmpty() && !findTool(QStringLiteral("mariadb-install-db")).isEmpty()
        && !findTool(QStringLiteral("mariadb")).isEmpty();
}

QString MariaDbServer::socketPath() const
{
    return m_dir.filePath(QStringLiteral("mysqld.sock"));
}

QString MariaDbServer::dataPath() const
{
    return m_dir.filePath(QStringLiteral("data"));
}

bool MariaDbServer::installDataDirectory()
{
    // mariadb-install-db takes seconds; ctest runs every test case in its own process. So one
    // pristine data directory per MariaDB build and user is kept in the temp folder and copied
    // (22 MB, milliseconds) for each server.
    const QFileInfo binary(findTool(QStringLiteral("mariadbd")));
    const QString templatePath = QDir::temp().filePath(QStringLiteral("premium-spread-mariadb-%1-%2")
                                                           .arg(::geteuid())
                                                           .arg(binary.lastModified().toSecsSinceEpoch()));
    QLockFile lock(templatePath + QStringLiteral(".lock"));
    lock.setStaleLockTime(StartTimeoutMs);
    if (!lock.tryLock(StartTimeoutMs)) {
        m_error = QStringLiteral("cannot lock %1").arg(lock.fileName());
        return false;
    }
    const QString completeMarker = QDir(templatePath).filePath(QStringLiteral(".complete"));
    if (!QFile::exists(completeMarker)) {
        QDir(templatePath).removeRecursively();
        QProcess install;
        install.setProcessChannelMode(QProcess::MergedChannels);
        install.start(findTool(QStringLiteral("mariadb-install-db")),
                      QStringList{QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + templatePath,
                                  QStringLiteral("--auth-root-authentication-method=normal"), QStringLiteral("--skip-test-db"),
                                  QStringLiteral("--skip-name-resolve")}
                          + serverTuningArguments() + runAsUserArguments());
        if (!install.waitForFinished(StartTimeoutMs) || install.exitStatus() != QProcess::NormalExit || install.exitCode() != 0) {
            m_error = QStringLiteral("mariadb-install-db failed: ") + QString::fromLocal8Bit(install.readAll());
            return false;
        }
        QFile marker(completeMarker);
        if (!marker.open(QIODevice::WriteOnly)) {
            m_error = QStringLiteral("cannot write %1").arg(completeMarker);
            return false;
        }
    }
    if (!copyTree(templatePath, dataPath())) {
        m_error = QStringLiteral("cannot copy %1 to %2").arg(templatePath, dataPath());
        return false;
    }
    return true;
}

bool MariaDbServer::start()
{
    if (isRunning())
        return true;
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    if (!isAvailable()) {
        m_error = QStringLiteral("mariadbd is not installed (scripts/install-deps.sh)");
        return false;
    }
    if (!m_installed) {
        if (!installDataDirectory())
            return false;
        m_installed = true;
    }
    if (m_port == 0)
        m_port = freeLoopbackPort();

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_dir.filePath(QStringLiteral("server.log")), QIODevice::Append);
    m_process->start(findTool(QStringLiteral("mariadbd")),
                     QStringList{QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + dataPath(),
                                 QStringLiteral("--socket=") + socketPath(), QStringLiteral("--port=%1").arg(m_port),
                                 QStringLiteral("--bind-address=127.0.0.1"), QStringLiteral("--skip-name-resolve"),
                                 QStringLiteral("--pid-file=") + m_dir.filePath(QStringLiteral("mysqld.pid"))}
                         + serverTuningArguments() + runAsUserArguments());
    if (!m_process->waitForStarted(StartTimeoutMs) || !waitUntilAnswering()) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("mariadbd did not start");
        kill();
        return false;
    }
    bool ok = false;
    execAsRoot(QStringLiteral("CREATE USER IF NOT EXISTS '%1'@'127.0.0.1' IDENTIFIED BY '%2'; "
                              "GRANT ALL ON `ps\\_%`.* TO '%1'@'127.0.0.1';")
                   .arg(QLatin1StringView(User), QLatin1StringView(Password)),
               &ok);
    return ok;
}

bool MariaDbServer::waitUntilAnswering()
{
    const QDeadlineTimer deadline(StartTimeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->state() == QProcess::NotRunning) {
            m_error = QStringLiteral("mariadbd exited during start; see %1").arg(m_dir.filePath(QStringLiteral("server.log")));
            return false;
        }
        bool ok = false;
        execAsRoot(QStringLiteral("SELECT 1"), &ok);
        if (ok)
            return true;
        // The server needs a moment to create its socket; the loop ends on the condition above.
        QThread::msleep(50);
    }
    m_error = QStringLiteral("mariadbd did not answer within %1 ms").arg(StartTimeoutMs);
    return false;
}

void MariaDbServer::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(StartTimeoutMs))
            m_process->kill();
        m_process->waitForFinished();
    }
    m_process.reset();
}

void MariaDbServer::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished();
    m_process.reset();
}

bool MariaDbServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString MariaDbServer::createDatabase()
{
    const QString name = QStringLiteral("ps_%1").arg(++m_databaseCount);
    bool ok = false;
    execAsRoot(QStringLiteral("CREATE DATABASE `%1` CHARACTER SET utf8mb4").arg(name), &ok);
    if (!ok)
        return QString();
    return QStringLiteral("mysql://%1@127.0.0.1:%2/%3").arg(QLatin1StringView(User)).arg(m_port).arg(name);
}

QString MariaDbServer::execAsRoot(const QString &sql, bool *ok)
{
    QProcess client;
    client.start(findTool(QStringLiteral("mariadb")),
                 {QStringLiteral("--no-defaults"), QStringLiteral("--socket=") + socketPath(), QStringLiteral("--user=root"),
                  QStringLiteral("--batch"), QStringLiteral("--skip-column-names"), QStringLiteral("--execute=") + sql});
    const bool finished = client.waitForFinished(StartTimeoutMs);
    const bool success = finished && client.exitStatus() == QProcess::NormalExit && client.exitCode() == 0;
    if (!success)
        m_error = QString::fromLocal8Bit(client.readAllStandardError());
    if (ok)
        *ok = success;
    return QString::fromLocal8Bit(client.readAllStandardOutput());
}
