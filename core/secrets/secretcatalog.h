#pragma once

#include <QString>
#include <QStringList>

// The secrets the application knows, by id. Core knows only ids and what each is for; the window
// gives them names. Read-only exchange keys are listed for the position tools of the seed (5.2):
// the app never needs trading rights.
namespace SecretCatalog {

// ApiToken: what clients of the local API must present when it is served off loopback.
enum class Kind { ExchangeKey, FxKey, Password, ApiToken };

QStringList ids();
Kind kind(const QString &id);
// The FX source that takes this key ("exchangerate-api-key" -> "exchangerate-api"), or empty.
QString fxSource(const QString &id);
// The key id an FX source needs ("koreaexim" -> "koreaexim-key"), or empty.
QString keyForFxSource(const QString &source);

} // namespace SecretCatalog
