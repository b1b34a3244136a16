#pragma once

#include "secrets/rotationpolicy.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QString>

// Words for the keychain: the names of the keys, the keychain's state, what went wrong and the
// rotation reminders.
class SecretText final
{
    Q_DECLARE_TR_FUNCTIONS(SecretText)

public:
    SecretText() = delete;

    // "Binance API key", "Korea Eximbank key", "Database password"
    static QString name(const QString &id);
    // Plain words on whether keys can be kept, and where.
    static QString backendText(SecretStore::Backend backend, const QString &problem);
    static QString errorText(SecretStore::Error error);
    // "Rotate within 3 days", "Rotate now", "" for a fresh key.
    static QString stageText(RotationPolicy::Stage stage, int ageDays);
    // The reminder line for the window.
    static QString reminderText(const QString &id, RotationPolicy::Stage stage, int ageDays);
};
