#include "redisaddress.h"

#include <QUrl>

std::optional<RedisAddress> RedisAddress::fromUrl(const QString &text, QString *problem)
{
    const auto fail = [problem](const QString &why) -> std::optional<RedisAddress> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"redis" || url.host().isEmpty())
        return fail(QStringLiteral("expected redis://[user@]host:port[/db]"));
    if (!url.password().isEmpty())
        return fail(QStringLiteral("the password does not go into the URL; set PREMIUM_SPREAD_REDIS_PASSWORD or use the keychain"));
    if (url.hasQuery() || url.hasFragment())
        return fail(QStringLiteral("expected redis://[user@]host:port[/db]"));

    RedisAddress address;
    address.host = url.host();
    address.user = url.userName();
    if (url.port() == 0)
        return fail(QStringLiteral("port 0 is not a Redis port"));
    if (url.port() > 0)
        address.port = static_cast<quint16>(url.port());
    QString path = url.path();
    if (path.startsWith(u'/'))
        path.remove(0, 1);
    if (!path.isEmpty()) {
        bool ok = false;
        address.database = path.toInt(&ok);
        if (!ok || address.database < 0)
            return fail(QStringLiteral("the database after the slash must be a number, not '%1'").arg(path));
    }
    return address;
}

QString RedisAddress::toUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("redis"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    if (database != 0)
        url.setPath(u'/' + QString::number(database));
    return url.toString();
}
