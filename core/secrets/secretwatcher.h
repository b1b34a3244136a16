#pragma once

#include <QObject>
#include <QString>

class SecretStore;

// Keeps one secret's current value for a consumer that needs it as it changes (a database or
// Redis password): reads it as soon as the store has a backend, and again whenever the user
// saves or deletes it. The value lives in memory only, like everything from the store.
class SecretWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretWatcher)

public:
    SecretWatcher(SecretStore *store, QString id, QObject *parent = nullptr);

    const QString &id() const { return m_id; }
    // Empty while unknown, missing or unreadable.
    const QString &value() const { return m_value; }
    // True once the store has answered for it (found or not).
    bool isKnown() const { return m_known; }

public Q_SLOTS:
    // A secret was saved or deleted (the API keys page says which); ours is read again.
    void onSecretChanged(const QString &id);

Q_SIGNALS:
    // The value differs from the last one known (also when it became empty).
    void valueChanged(const QString &value);

private:
    void read();

    SecretStore *m_store;
    QString m_id;
    QString m_value;
    bool m_known = false;
};
