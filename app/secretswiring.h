#pragma once

#include <QHash>
#include <QObject>
#include <QSet>

class QSettings;
class SecretStore;

// The keychain for the window: finds out whether there is one, reads the keys the live feed
// needs (the keyed FX sources) and reports when they are known or change, so that the feed is
// rebuilt with them. Everything asynchronous; the window starts at once without them.
class SecretsWiring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretsWiring)

public:
    explicit SecretsWiring(const QString &metadataFile, QObject *parent = nullptr);
    ~SecretsWiring() override;

    SecretStore *store() const { return m_store; }
    // FX source id -> key, for FeedConfig::apiKeys.
    const QHash<QString, QString> &fxKeys() const { return m_fxKeys; }

    void start();
    // A key was saved or deleted on the API keys page.
    void onSecretChanged(const QString &id);

Q_SIGNALS:
    void fxKeysChanged();

private:
    void readFxKeys();

    QSettings *m_metadata;
    SecretStore *m_store;
    QHash<QString, QString> m_fxKeys;
    QHash<QString, QString> m_reading;
    // Reads of this round still out; the API keys page reads the same keys for itself.
    QSet<QString> m_pending;
};
