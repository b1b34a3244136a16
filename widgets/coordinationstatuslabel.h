#pragma once

#include "coordination/sharedfeedstatus.h"

#include <QLabel>

// The shared feed at a glance, for the status bar: whether this window polls the exchanges for
// every instance, follows another one through Redis, or runs alone; its instance id; and Redis's
// state. The tooltip adds the address, Redis's own error words and any refused stale writes.
class CoordinationStatusLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoordinationStatusLabel)

public:
    explicit CoordinationStatusLabel(QWidget *parent = nullptr);

    const SharedFeedStatus &status() const { return m_status; }
    void setStatus(const SharedFeedStatus &status);

    // "Polling for all instances", "Following desk-2", "Alone"
    static QString roleText(const SharedFeedStatus &status);
    // "Redis connected", "Redis unreachable, retrying", "shared feed off"
    static QString redisText(const SharedFeedStatus &status);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    SharedFeedStatus m_status;
};
