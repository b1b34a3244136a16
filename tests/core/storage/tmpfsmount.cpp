#include "tmpfsmount.h"

#include <QByteArray>
#include <QFile>

#include <sys/mount.h>
#include <unistd.h>

namespace {

QByteArray options(qint64 size)
{
    return "size=" + QByteArray::number(size);
}

} // namespace

TmpfsMount::TmpfsMount(qint64 sizeBytes)
    : m_size(sizeBytes)
{
    if (!m_dir.isValid() || ::geteuid() != 0)
        return;
    const QByteArray path = QFile::encodeName(m_dir.path());
    m_mounted = ::mount("tmpfs", path.constData(), "tmpfs", 0, options(m_size).constData()) == 0;
}

TmpfsMount::~TmpfsMount()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
}

bool TmpfsMount::setReadOnly(bool readOnly)
{
    const QByteArray path = QFile::encodeName(m_dir.path());
    const unsigned long flags = MS_REMOUNT | (readOnly ? MS_RDONLY : 0);
    return ::mount("tmpfs", path.constData(), "tmpfs", flags, options(m_size).constData()) == 0;
}

bool TmpfsMount::fill()
{
    QFile filler(filePath(QStringLiteral("filler")));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    const QByteArray block(4096, '\0');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
    return true;
}

bool TmpfsMount::removeFiller()
{
    return QFile::remove(filePath(QStringLiteral("filler")));
}
