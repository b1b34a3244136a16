#include "secrettext.h"

QString SecretText::name(const QString &id)
{
    if (id == u"binance-api-key")
        return tr("Binance API key (read-only)");
    if (id == u"binance-secret-key")
        return tr("Binance secret key");
    if (id == u"bithumb-api-key")
        return tr("Bithumb API key (read-only)");
    if (id == u"bithumb-secret-key")
        return tr("Bithumb secret key");
    if (id == u"upbit-access-key")
        return tr("Upbit access key (read-only)");
    if (id == u"upbit-secret-key")
        return tr("Upbit secret key");
    if (id == u"exchangerate-api-key")
        return tr("ExchangeRate-API key (USD/KRW)");
    if (id == u"koreaexim-key")
        return tr("Korea Eximbank key (USD/KRW)");
    if (id == u"database-password")
        return tr("Database password");
    if (id == u"redis-password")
        return tr("Redis password");
    if (id == u"api-token")
        return tr("Local API token");
    return id;
}

QString SecretText::backendText(SecretStore::Backend backend, const QString &problem)
{
    switch (backend) {
    case SecretStore::Backend::Unknown:
        return tr("Looking for the system keychain…");
    case SecretStore::Backend::Keychain:
        return tr("Keys are kept in the system keychain; only their creation dates are stored by Premium Spread.");
    case SecretStore::Backend::MemoryOnly:
        return tr("No keychain: keys are kept in memory only and are forgotten when Premium Spread quits.");
    case SecretStore::Backend::Unavailable:
        return tr("No system keychain is available (%1). Keys cannot be saved: Premium Spread never writes them to a "
                  "file. "
                  "You can keep them in memory until Premium Spread quits.")
            .arg(problem.isEmpty() ? tr("no Secret Service is running") : problem);
    }
    return QString();
}

QString SecretText::errorText(SecretStore::Error error)
{
    switch (error) {
    case SecretStore::Error::None:
        return QString();
    case SecretStore::Error::NotFound:
        return tr("no such key");
    case SecretStore::Error::Unavailable:
        return tr("the keychain is not available");
    case SecretStore::Error::Denied:
        return tr("the keychain refused access");
    case SecretStore::Error::Other:
        return tr("the keychain reported an error");
    }
    return QString();
}

QString SecretText::stageText(RotationPolicy::Stage stage, int ageDays)
{
    switch (stage) {
    case RotationPolicy::Stage::Fresh:
        return QString();
    case RotationPolicy::Stage::Warn:
        return tr("Rotate within %n day(s)", nullptr, RotationPolicy::RotateAfterDays - ageDays);
    case RotationPolicy::Stage::Rotate:
        return tr("Rotate now");
    }
    return QString();
}

QString SecretText::reminderText(const QString &id, RotationPolicy::Stage stage, int ageDays)
{
    if (stage == RotationPolicy::Stage::Rotate)
        return tr("The %1 is %n day(s) old: replace it now with a new read-only key.", nullptr, ageDays).arg(name(id));
    return tr("The %1 is %n day(s) old: rotate it before it is %2 days old.", nullptr, ageDays)
        .arg(name(id))
        .arg(RotationPolicy::RotateAfterDays);
}
