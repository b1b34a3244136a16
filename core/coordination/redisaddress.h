#pragma once

#include <QString>

#include <optional>

// Where the shared Redis is: `redis://[user@]host:port[/db]`. The password is never part of the
// URL (command lines and settings files are readable by others): it comes from the keychain or,
// headless, from PREMIUM_SPREAD_REDIS_PASSWORD.
struct RedisAddress
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 6379;
    QString user;
    int database = 0;
    QString password;

    // Nullopt for anything else than the form above; `problem` then says what is wrong.
    static std::optional<RedisAddress> fromUrl(const QString &text, QString *problem = nullptr);
    // Without the password, for logs and the window.
    QString toUrl() const;
};
