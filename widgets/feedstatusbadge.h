#pragma once

#include "premium/feedstatus.h"

#include <QColor>
#include <QWidget>

class QLabel;

// One feed's health at a glance: a coloured dot (green live, amber stale, red failing, grey
// waiting) and the state in words, with the details in the tooltip.
class FeedStatusBadge final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedStatusBadge)

public:
    explicit FeedStatusBadge(FeedRole role, QWidget *parent = nullptr);

    void setStatus(const FeedStatus &status);
    // Back to "Waiting…", e.g. when the feed is replaced.
    void reset();

    FeedRole role() const { return m_role; }
    FeedStatus::State state() const { return m_status.state; }
    QString text() const;
    QColor dotColor() const;

    static QColor colorFor(FeedStatus::State state);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateText();

    FeedRole m_role;
    FeedStatus m_status;
    QLabel *m_label;
};
