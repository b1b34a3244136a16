#include "runenvironment.h"

#include "exchanges/venuecatalog.h"
#include "observability/logmasker.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace {
const QString kManualFx = QStringLiteral("fx/manual");
}

namespace RunEnvironment {

QString dataDir()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

QString stateFile()
{
    return dataDir() + QStringLiteral("/state.ini");
}

std::optional<Decimal> savedManualFx()
{
    const QSettings state(stateFile(), QSettings::IniFormat);
    const std::optional<Decimal> rate = Decimal::fromString(state.value(kManualFx).toString());
    return rate && rate->isPositive() ? rate : std::nullopt;
}

void saveManualFx(const std::optional<Decimal> &rate)
{
    QSettings state(stateFile(), QSettings::IniFormat);
    if (rate)
        state.setValue(kManualFx, rate->toString());
    else
        state.remove(kManualFx);
}

QString keyVariable(const QString &source)
{
    QString name = source.toUpper();
    name.replace(u'-', u'_');
    return QStringLiteral("PREMIUM_SPREAD_") + name + QStringLiteral("_KEY");
}

QHash<QString, QString> keysFromEnvironment()
{
    QHash<QString, QString> keys;
    for (const QString &source : VenueCatalog::fxSources()) {
        if (!VenueCatalog::needsKey(source))
            continue;
        const QString key = qEnvironmentVariable(keyVariable(source).toLatin1().constData()).trimmed();
        if (key.isEmpty())
            continue;
        LogMasker::registerSecret(key);
        keys.insert(source, key);
    }
    return keys;
}

} // namespace RunEnvironment
