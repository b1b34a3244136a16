#include "secretwatcher.h"

#include "secretstore.h"

SecretWatcher::SecretWatcher(SecretStore *store, QString id, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_id(std::move(id))
{
    connect(m_store, &SecretStore::backendChanged, this, [this](SecretStore::Backend backend) {
        if (backend == SecretStore::Backend::Keychain || backend == SecretStore::Backend::MemoryOnly)
            read();
    });
    connect(m_store, &SecretStore::readFinished, this,
            [this](const QString &id, const QString &value, SecretStore::Error error) {
                if (id != m_id)
                    return;
                // A keychain that failed to answer leaves the last value in place: a locked or
                // busy keychain is no reason to drop a working connection.
                if (error != SecretStore::Error::None && error != SecretStore::Error::NotFound)
                    return;
                m_known = true;
                const QString current = error == SecretStore::Error::None ? value : QString();
                if (current == m_value)
                    return;
                m_value = current;
                Q_EMIT valueChanged(m_value);
            });
    if (m_store->backend() == SecretStore::Backend::Keychain || m_store->backend() == SecretStore::Backend::MemoryOnly)
        read();
}

void SecretWatcher::onSecretChanged(const QString &id)
{
    if (id == m_id)
        read();
}

void SecretWatcher::read()
{
    m_store->read(m_id);
}
