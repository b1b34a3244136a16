#pragma once

#include <QString>
#include <QTemporaryDir>

// A small tmpfs mounted on a temporary folder, for the disk-full and read-only cases: a real file
// system that really runs out of space or refuses writes. Needs root (CI runs as root); tests
// skip when mounting is not permitted.
class TmpfsMount final
{
    Q_DISABLE_COPY_MOVE(TmpfsMount)

public:
    explicit TmpfsMount(qint64 sizeBytes);
    ~TmpfsMount();

    bool isMounted() const { return m_mounted; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    bool setReadOnly(bool readOnly);
    // Writes a filler file until the file system is full; removeFiller() frees the space again.
    bool fill();
    bool removeFiller();

private:
    QTemporaryDir m_dir;
    qint64 m_size;
    bool m_mounted = false;
};
