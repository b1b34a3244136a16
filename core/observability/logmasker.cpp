#include "logmasker.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>

namespace {

const QString kNames = QStringLiteral(
    R"((?:api[_-]?key|secret[_-]?key|secret|password|passwd|pwd|authorization|authkey|auth[_-]?key|access[_-]?key|token|x-mbx-apikey))");

// name, then up to the value: quotes (maybe escaped inside a JSON string), separator, spaces,
// and for authorization an optional scheme, which is kept ("Bearer ***").
const QRegularExpression &namedValue()
{
    static const QRegularExpression re(
        QStringLiteral(R"((\b|_)()") + kNames
            + QStringLiteral(
                R"()((?:\\?["'])?\s*[:=]\s*(?:\\?["'])?\s*(?:(?:Bearer|Basic|Token|Digest)\s+)?)([^"'\s,&;}\]\\<>]+))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// exchangerate-api: https://v6.exchangerate-api.com/v6/<key>/pair/USD/KRW
const QRegularExpression &versionPathKey()
{
    static const QRegularExpression re(QStringLiteral(R"((/v6/)([A-Za-z0-9_-]{8,})(?=/|\?|#|$|\s|"))"));
    return re;
}

// Any path segment of 20+ letters and digits with at least one of each: keys, not words.
const QRegularExpression &keyLikeSegment()
{
    static const QRegularExpression re(QStringLiteral(
        R"((?<=/)(?=[A-Za-z0-9_-]*[0-9])(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{20,}(?=/|\?|#|$|\s|"))"));
    return re;
}

QMutex &registryMutex()
{
    static QMutex mutex;
    return mutex;
}

QSet<QString> &registry()
{
    static QSet<QString> secrets;
    return secrets;
}

} // namespace

namespace LogMasker {

QString mask(QStringView text)
{
    QString out = text.toString();
    {
        QMutexLocker lock(&registryMutex());
        for (const QString &secret : std::as_const(registry()))
            out.replace(secret, Mask.toString());
    }
    out.replace(namedValue(), QStringLiteral(R"(\1\2\3***)"));
    out.replace(versionPathKey(), QStringLiteral(R"(\1***)"));
    out.replace(keyLikeSegment(), Mask.toString());
    return out;
}

QString maskedUrl(const QUrl &url)
{
    return mask(url.toString(QUrl::RemoveUserInfo));
}

void registerSecret(const QString &value)
{
    if (value.size() < MinRegisteredLength)
        return;
    QMutexLocker lock(&registryMutex());
    registry().insert(value);
    // Percent-encoded, as it appears in a logged URL.
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(value));
    if (encoded != value)
        registry().insert(encoded);
}

void forgetSecret(const QString &value)
{
    QMutexLocker lock(&registryMutex());
    registry().remove(value);
    registry().remove(QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

bool isSensitiveName(QStringView name)
{
    static const QRegularExpression re(QStringLiteral("^") + kNames + QStringLiteral("$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

} // namespace LogMasker
