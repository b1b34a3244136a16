#include "rotatinglogfile.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

RotatingLogFile::RotatingLogFile(QString path, qint64 maxBytes, int files)
    : m_path(std::move(path))
    , m_maxBytes(std::max<qint64>(1024, maxBytes))
    , m_files(std::max(1, files))
{
}

QString RotatingLogFile::rotatedPath(int index) const
{
    return index == 0 ? m_path : m_path + u'.' + QString::number(index);
}

bool RotatingLogFile::open()
{
    QMutexLocker lock(&m_mutex);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_file.setFileName(m_path);
    // Logs may quote what venues answered: only the user may read them.
    const bool opened = m_file.open(QIODevice::WriteOnly | QIODevice::Append);
    if (opened)
        m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return opened;
}

void RotatingLogFile::write(const QByteArray &line)
{
    QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen())
        return;
    if (m_file.size() > 0 && m_file.size() + line.size() > m_maxBytes)
        rotate();
    m_file.write(line);
    m_file.flush();
}

void RotatingLogFile::rotate()
{
    m_file.close();
    QFile::remove(rotatedPath(m_files - 1));
    for (int i = m_files - 2; i >= 0; --i)
        QFile::rename(rotatedPath(i), rotatedPath(i + 1));
    m_file.open(QIODevice::WriteOnly | QIODevice::Append);
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}
