#include "secretswiring.h"

#include "exchanges/venuecatalog.h"
#include "secrets/secretcatalog.h"
#include "secrets/secretstore.h"

#include <QSettings>

SecretsWiring::SecretsWiring(const QString &metadataFile, QObject *parent)
    : QObject(parent)
    , m_metadata(new QSettings(metadataFile, QSettings::IniFormat, this))
    , m_store(new SecretStore(SecretStore::DefaultService, m_metadata, this))
{
    connect(m_store, &SecretStore::backendChanged, this, [this](SecretStore::Backend backend) {
        if (backend == SecretStore::Backend::Keychain || backend == SecretStore::Backend::MemoryOnly)
            readFxKeys();
    });
    connect(m_store, &SecretStore::readFinished, this,
            [this](const QString &id, const QString &value, SecretStore::Error error) {
                if (!m_pending.remove(id))
                    return;
                if (error == SecretStore::Error::None && !value.isEmpty())
                    m_reading.insert(SecretCatalog::fxSource(id), value);
                if (!m_pending.isEmpty())
                    return;
                if (m_reading != m_fxKeys) {
                    m_fxKeys = m_reading;
                    Q_EMIT fxKeysChanged();
                }
            });
}

SecretsWiring::~SecretsWiring() = default;

void SecretsWiring::start()
{
    m_store->probe();
}

void SecretsWiring::onSecretChanged(const QString &id)
{
    if (!SecretCatalog::fxSource(id).isEmpty())
        readFxKeys();
}

void SecretsWiring::readFxKeys()
{
    m_reading.clear();
    QStringList ids;
    for (const QString &source : VenueCatalog::fxSources()) {
        const QString id = SecretCatalog::keyForFxSource(source);
        if (!id.isEmpty())
            ids.append(id);
    }
    m_pending = QSet<QString>(ids.cbegin(), ids.cend());
    for (const QString &id : ids)
        m_store->read(id);
}
