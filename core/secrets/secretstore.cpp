#include "secretstore.h"

#include "observability/logevent.h"
#include "observability/logmasker.h"

#include <QLoggingCategory>
#include <QMetaEnum>
#include <QSettings>
#include <QTimer>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "ps.secrets", QtInfoMsg)

namespace {

// Reading a key that does not exist tells whether the keychain answers at all.
const QString kProbeKey = QStringLiteral("availability-probe");

QString createdKey(const QString &id)
{
    return QStringLiteral("secrets/") + id + QStringLiteral("/createdAt");
}

const char *errorId(SecretStore::Error error)
{
    switch (error) {
    case SecretStore::Error::None:
        return "none";
    case SecretStore::Error::NotFound:
        return "not-found";
    case SecretStore::Error::Unavailable:
        return "unavailable";
    case SecretStore::Error::Denied:
        return "denied";
    case SecretStore::Error::Other:
        return "other";
    }
    return "other";
}

} // namespace

SecretStore::SecretStore(QString service, QSettings *metadata, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
    , m_metadata(metadata)
{
}

QString SecretStore::masked(const QString &value)
{
    static const QString kDots(8, QChar(0x2022));
    return value.size() >= 12 ? kDots + value.right(4) : kDots;
}

SecretStore::Error SecretStore::errorOf(const QKeychain::Job *job) const
{
    switch (job->error()) {
    case QKeychain::NoError:
        return Error::None;
    case QKeychain::EntryNotFound:
        return Error::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        return Error::Other;
    }
    return Error::Other;
}

void SecretStore::setBackend(Backend backend, const QString &problem)
{
    m_problem = LogMasker::mask(problem);
    if (backend == m_backend)
        return;
    m_backend = backend;
    LogEvent::info(lcSecrets(), "keychain",
                   { { QStringLiteral("backend"),
                       QString::fromLatin1(QMetaEnum::fromType<Backend>().valueToKey(static_cast<int>(backend))) },
                     { QStringLiteral("problem"), m_problem } });
    Q_EMIT backendChanged(backend);
}

void SecretStore::later(std::function<void()> finish)
{
    QTimer::singleShot(0, this, std::move(finish));
}

void SecretStore::probe()
{
    if (m_backend == Backend::MemoryOnly)
        return;
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(kProbeKey);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        const Error error = errorOf(finished);
        // Any other failure means no Secret Service on the bus (or no bus at all).
        if (error == Error::None || error == Error::NotFound || error == Error::Denied)
            setBackend(Backend::Keychain);
        else
            setBackend(Backend::Unavailable, finished->errorString());
    });
    job->start();
}

void SecretStore::useMemoryOnly()
{
    setBackend(Backend::MemoryOnly, m_problem);
}

void SecretStore::read(const QString &id)
{
    if (m_backend == Backend::MemoryOnly) {
        later([this, id] {
            const auto it = m_memory.constFind(id);
            Q_EMIT readFinished(id, it == m_memory.cend() ? QString() : *it,
                                it == m_memory.cend() ? Error::NotFound : Error::None);
        });
        return;
    }
    if (m_backend == Backend::Unavailable) {
        later([this, id] { Q_EMIT readFinished(id, QString(), Error::Unavailable); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(id);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, id](QKeychain::Job *finished) {
        const Error error = errorOf(finished);
        const QString value
            = error == Error::None ? static_cast<QKeychain::ReadPasswordJob *>(finished)->textData() : QString();
        LogMasker::registerSecret(value);
        if (error != Error::None && error != Error::NotFound)
            LogEvent::warning(lcSecrets(), "keychain_read_failed",
                              { { QStringLiteral("id"), id },
                                { QStringLiteral("error"), QLatin1StringView(errorId(error)) },
                                { QStringLiteral("detail"), LogMasker::mask(finished->errorString()) } });
        Q_EMIT readFinished(id, value, error);
    });
    job->start();
}

void SecretStore::write(const QString &id, const QString &value)
{
    LogMasker::registerSecret(value);
    if (m_backend == Backend::MemoryOnly) {
        m_memory.insert(id, value);
        m_memoryCreated.insert(id, QDateTime::currentDateTimeUtc());
        later([this, id] { Q_EMIT writeFinished(id, Error::None); });
        return;
    }
    if (m_backend == Backend::Unavailable) {
        later([this, id] { Q_EMIT writeFinished(id, Error::Unavailable); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(id);
    job->setInsecureFallback(false);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [this, id](QKeychain::Job *finished) {
        const Error error = errorOf(finished);
        if (error == Error::None)
            setCreatedAt(id, QDateTime::currentDateTimeUtc());
        LogEvent::info(
            lcSecrets(), "keychain_write",
            { { QStringLiteral("id"), id }, { QStringLiteral("error"), QLatin1StringView(errorId(error)) } });
        Q_EMIT writeFinished(id, error);
    });
    job->start();
}

void SecretStore::remove(const QString &id)
{
    if (m_backend == Backend::MemoryOnly) {
        m_memory.remove(id);
        m_memoryCreated.remove(id);
        later([this, id] { Q_EMIT removeFinished(id, Error::None); });
        return;
    }
    if (m_backend == Backend::Unavailable) {
        later([this, id] { Q_EMIT removeFinished(id, Error::Unavailable); });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(id);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, id](QKeychain::Job *finished) {
        Error error = errorOf(finished);
        // Gone already is gone.
        if (error == Error::NotFound)
            error = Error::None;
        if (error == Error::None)
            setCreatedAt(id, std::nullopt);
        LogEvent::info(
            lcSecrets(), "keychain_delete",
            { { QStringLiteral("id"), id }, { QStringLiteral("error"), QLatin1StringView(errorId(error)) } });
        Q_EMIT removeFinished(id, error);
    });
    job->start();
}

void SecretStore::setCreatedAt(const QString &id, const std::optional<QDateTime> &when)
{
    if (!m_metadata)
        return;
    if (when)
        m_metadata->setValue(createdKey(id), when->toString(Qt::ISODate));
    else
        m_metadata->remove(QStringLiteral("secrets/") + id);
    m_metadata->sync();
}

std::optional<QDateTime> SecretStore::createdAt(const QString &id) const
{
    if (m_backend == Backend::MemoryOnly)
        return m_memoryCreated.contains(id) ? std::optional<QDateTime>(m_memoryCreated.value(id)) : std::nullopt;
    if (!m_metadata)
        return std::nullopt;
    const QDateTime when = QDateTime::fromString(m_metadata->value(createdKey(id)).toString(), Qt::ISODate);
    return when.isValid() ? std::optional<QDateTime>(when) : std::nullopt;
}

QStringList SecretStore::storedIds() const
{
    if (m_backend == Backend::MemoryOnly)
        return m_memory.keys();
    if (!m_metadata)
        return {};
    QStringList ids;
    m_metadata->beginGroup(QStringLiteral("secrets"));
    for (const QString &id : m_metadata->childGroups()) {
        if (m_metadata->contains(id + QStringLiteral("/createdAt")))
            ids.append(id);
    }
    m_metadata->endGroup();
    return ids;
}
