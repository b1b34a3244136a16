#pragma once

#include <QFile>
#include <QMutex>
#include <QString>

// An append-only log file rotated by size: when a line would take `path` past `maxBytes`, the
// files shift (path.3 -> path.4, ..., path -> path.1), the oldest falls off, and writing goes on
// in a fresh `path`. At most `files` files exist, so the logs never take more than
// maxBytes x files. Thread-safe: log lines arrive from any thread.
class RotatingLogFile final
{
    Q_DISABLE_COPY_MOVE(RotatingLogFile)

public:
    static constexpr qint64 DefaultMaxBytes = 10LL * 1024 * 1024;
    static constexpr int DefaultFiles = 5;

    explicit RotatingLogFile(QString path, qint64 maxBytes = DefaultMaxBytes, int files = DefaultFiles);

    // False when the file cannot be opened (the caller falls back to stderr).
    bool open();
    void write(const QByteArray &line);

    const QString &path() const { return m_path; }
    // path, path.1, ... path.(files-1)
    QString rotatedPath(int index) const;

private:
    void rotate();

    QString m_path;
    qint64 m_maxBytes;
    int m_files;
    QFile m_file;
    QMutex m_mutex;
};
