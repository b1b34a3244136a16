#pragma once

#include <QString>
#include <QtGlobal>

class QMessageLogContext;

// Structured logs: every Qt log message becomes one JSON object on one line, secrets masked
// (LogMasker), written to a size-rotated file in the data directory (GUI) or to stderr (headless,
// whose stdout carries only premium lines). LogEvent messages contribute their fields as members
// of the line.
namespace JsonLog {

// Installs the message handler. With a `filePath` the lines go to that file, rotated at
// `maxBytes` x `files`; if it cannot be opened, or without a path, to stderr. Returns false in
// the first case.
bool install(const QString &filePath = QString(), qint64 maxBytes = 10LL * 1024 * 1024, int files = 5);
// Back to Qt's own handler; closes the file.
void uninstall();

// One line (with its newline) for a message; what the handler writes.
QByteArray format(QtMsgType type, const QMessageLogContext &context, const QString &message, qint64 nowMs);

// The file in the data directory the GUI logs to.
QString defaultFilePath();

} // namespace JsonLog
