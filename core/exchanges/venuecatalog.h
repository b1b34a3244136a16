#pragma once

#include "endpoint.h"

#include <QStringList>

#include <optional>

// The FX sources' public APIs (address, path and parser of the USD/KRW rate), and the default
// address of any venue or source. The market venues' own requests are their adapters' business
// (core/venues): only the default address is asked of them here.
namespace VenueCatalog {

QStringList fxSources(); // "dunamu", "open-er-api", "exchangerate-api", "koreaexim"
// Sources that answer only with the user's API key (from the keychain).
bool needsKey(const QString &source);

QUrl defaultBaseUrl(const QString &venue);

// KRW per one US dollar from an FX source.
// A keyed source without a key yields nullopt.
std::optional<Endpoint> usdKrw(const QString &source, const QUrl &baseUrl, const QString &key = QString());

} // namespace VenueCatalog
