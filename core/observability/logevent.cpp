#include "logevent.h"

#include <QJsonDocument>

namespace {

QByteArray payload(const char *event, const QJsonObject &fields)
{
    QJsonObject object = fields;
    object.insert(QStringLiteral("event"), QLatin1StringView(event));
    return QByteArray(LogEvent::Prefix.data(), LogEvent::Prefix.size())
        + QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

namespace LogEvent {

void info(const QLoggingCategory &category, const char *event, const QJsonObject &fields)
{
    if (category.isInfoEnabled())
        QMessageLogger(nullptr, 0, nullptr, category.categoryName()).info("%s", payload(event, fields).constData());
}

void warning(const QLoggingCategory &category, const char *event, const QJsonObject &fields)
{
    if (category.isWarningEnabled())
        QMessageLogger(nullptr, 0, nullptr, category.categoryName()).warning("%s", payload(event, fields).constData());
}

} // namespace LogEvent
