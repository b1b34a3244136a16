#include "jsonlog.h"

#include "logevent.h"
#include "logmasker.h"
#include "rotatinglogfile.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

namespace {

QMutex &stateMutex()
{
    static QMutex mutex;
    return mutex;
}

std::unique_ptr<RotatingLogFile> &logFile()
{
    static std::unique_ptr<RotatingLogFile> file;
    return file;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

QJsonValue masked(const QString &key, const QJsonValue &value);

QJsonObject maskedObject(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key(), masked(it.key(), it.value()));
    return out;
}

QJsonValue masked(const QString &key, const QJsonValue &value)
{
    if (LogMasker::isSensitiveName(key))
        return LogMasker::Mask.toString();
    if (value.isString())
        return LogMasker::mask(value.toString());
    if (value.isObject())
        return maskedObject(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(masked(QString(), item));
        return out;
    }
    return value;
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray line = JsonLog::format(type, context, message, QDateTime::currentMSecsSinceEpoch());
    {
        QMutexLocker lock(&stateMutex());
        if (logFile()) {
            logFile()->write(line);
        } else {
            std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
            std::fflush(stderr);
        }
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

namespace JsonLog {

QByteArray format(QtMsgType type, const QMessageLogContext &context, const QString &message, qint64 nowMs)
{
    QJsonObject line;
    line.insert(QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(Qt::ISODateWithMs));
    line.insert(QStringLiteral("level"), QLatin1StringView(levelName(type)));
    line.insert(QStringLiteral("category"), QLatin1StringView(context.category ? context.category : "default"));
    QJsonObject fields;
    if (message.startsWith(LogEvent::Prefix)) {
        const QJsonDocument doc
            = QJsonDocument::fromJson(QStringView(message).sliced(LogEvent::Prefix.size()).toUtf8());
        fields = doc.object();
    }
    if (fields.isEmpty()) {
        line.insert(QStringLiteral("msg"), LogMasker::mask(message));
    } else {
        // An event's fields sit beside time, level and category, which they cannot overwrite.
        const QJsonObject clean = maskedObject(fields);
        for (auto it = clean.begin(); it != clean.end(); ++it) {
            if (!line.contains(it.key()))
                line.insert(it.key(), it.value());
        }
    }
    return QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
}

bool install(const QString &filePath, qint64 maxBytes, int files)
{
    bool ok = true;
    {
        QMutexLocker lock(&stateMutex());
        logFile().reset();
        if (!filePath.isEmpty()) {
            auto file = std::make_unique<RotatingLogFile>(filePath, maxBytes, files);
            if (file->open())
                logFile() = std::move(file);
            else
                ok = false;
        }
    }
    qInstallMessageHandler(handler);
    return ok;
}

void uninstall()
{
    qInstallMessageHandler(nullptr);
    QMutexLocker lock(&stateMutex());
    logFile().reset();
}

QString defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/logs/premium-spread.log");
}

} // namespace JsonLog
