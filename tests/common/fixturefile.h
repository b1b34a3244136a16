#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// A file from tests/data (copied from the shared fixtures of the real APIs).
inline QByteArray fixtureFile(const QString &relativePath)
{
    QFile file(QStringLiteral(PS_TEST_DATA_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("missing fixture");
    return file.readAll();
}
