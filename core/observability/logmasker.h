#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

// Removes secrets from text before it is logged or shown (seed section 5.3). Three nets, each
// catching what the others cannot:
//  - values after a sensitive name (api_key, secret_key, password, authorization, authkey,
//    apikey, access_key, token; any case; in JSON, query strings, headers, key=value text);
//  - keys inside URL paths (exchangerate-api's /v6/<key>/..., and any long letter-and-digit
//    path segment, which is what keys look like);
//  - every secret value the process has loaded (registerSecret), wherever it appears.
// Fuzzed in tests/fuzz; thread-safe.
namespace LogMasker {

inline constexpr QStringView Mask = u"***";

QString mask(QStringView text);
QString maskedUrl(const QUrl &url);

// Secrets shorter than this are not matched literally (they would mask ordinary words).
inline constexpr qsizetype MinRegisteredLength = 6;
void registerSecret(const QString &value);
void forgetSecret(const QString &value);

// True when `name` is a field or parameter whose value must never be written out.
bool isSensitiveName(QStringView name);

} // namespace LogMasker
