#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

class QSettings;

namespace QKeychain {
class Job;
}

// API keys and passwords in the OS keychain through QtKeychain (Secret Service on Linux, Keychain
// on macOS, Credential Manager on Windows). Every operation is an asynchronous job whose end
// arrives as a signal: no nested event loop, nothing blocks the window.
//
// A key's value exists only in the keychain and in memory. Its creation date (never the key) is
// kept in the metadata settings for the rotation reminders. Without a keychain the store says so
// (backend Unavailable, with the keychain's own words) and, only if the user agrees, keeps keys in
// memory for this run; it never falls back to a file. Every value that passes through is
// registered with LogMasker, so that it cannot reach a log line even if a venue echoes it.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Backend { Unknown, Keychain, MemoryOnly, Unavailable };
    Q_ENUM(Backend)
    enum class Error { None, NotFound, Unavailable, Denied, Other };
    Q_ENUM(Error)

    static inline const QString DefaultService = QStringLiteral("premium-spread");

    SecretStore(QString service, QSettings *metadata, QObject *parent = nullptr);

    // Finds out whether a keychain answers; ends with backendChanged.
    void probe();
    // The user's choice when there is no keychain: keys live in memory until the app quits.
    void useMemoryOnly();
    Backend backend() const { return m_backend; }
    // Why the keychain is unavailable, in its own words (untranslated).
    const QString &backendProblem() const { return m_problem; }

    void read(const QString &id);
    // Adds or replaces (rotation is one replacement) and restarts the key's age.
    void write(const QString &id, const QString &value);
    void remove(const QString &id);

    std::optional<QDateTime> createdAt(const QString &id) const;
    // Ids with a key stored, by the metadata.
    QStringList storedIds() const;

    // "••••••••wxyz": the last four characters of long keys, nothing of short ones.
    static QString masked(const QString &value);

Q_SIGNALS:
    void backendChanged(SecretStore::Backend backend);
    void readFinished(const QString &id, const QString &value, SecretStore::Error error);
    void writeFinished(const QString &id, SecretStore::Error error);
    void removeFinished(const QString &id, SecretStore::Error error);

private:
    Error errorOf(const QKeychain::Job *job) const;
    void setBackend(Backend backend, const QString &problem = QString());
    void setCreatedAt(const QString &id, const std::optional<QDateTime> &when);
    // Finishes an operation that needs no keychain round trip, on the next event loop turn so
    // that every result arrives the same way.
    void later(std::function<void()> finish);

    QString m_service;
    QSettings *m_metadata;
    Backend m_backend = Backend::Unknown;
    QString m_problem;
    QHash<QString, QString> m_memory;
    QHash<QString, QDateTime> m_memoryCreated;
};

Q_DECLARE_METATYPE(SecretStore::Error)
Q_DECLARE_METATYPE(SecretStore::Backend)
