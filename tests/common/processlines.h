#pragma once

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>

#include <algorithm>

// The next stdout line of `process` (a JSON object) that `wanted` accepts, the others read and
// dropped; empty after `timeoutMs`. The event loop runs meanwhile, so loopback servers in the same
// process keep answering.
template<typename Wanted> QJsonObject nextLineWhere(QProcess &process, const Wanted &wanted, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!process.canReadLine()) {
            QSignalSpy spy(&process, &QProcess::readyReadStandardOutput);
            spy.wait(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
            continue;
        }
        const QJsonObject line = QJsonDocument::fromJson(process.readLine()).object();
        if (wanted(line))
            return line;
    }
    return {};
}
