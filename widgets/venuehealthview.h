#pragma once

#include "exchanges/venuehealth.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class LiveFeed;
class QLabel;
class QVBoxLayout;
struct OutlierEvent;
enum class FeedRole;

// Which Korean venue the premium uses, each venue's standing (ok, backing off, circuit open,
// banned until …, budgets) and the last outlier decision. Observes a LiveFeed; times count down
// on a one-second beat of their own.
class VenueHealthView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VenueHealthView)

public:
    explicit VenueHealthView(QWidget *parent = nullptr);

    // nullptr detaches from the previous feed, which the caller may then destroy.
    void setFeed(LiveFeed *feed);

    QString koreanVenueText() const;
    QString outlierText() const;
    // The line shown for `venue`, empty when the venue has not been asked yet.
    QString venueText(const QString &venue) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showHealth(const VenueHealth &health);
    void showOutlier(FeedRole role, const OutlierEvent &event);
    void refresh();

    QPointer<LiveFeed> m_feed;
    QLabel *m_title;
    QLabel *m_koreanVenue;
    QLabel *m_outlier;
    QVBoxLayout *m_venues;
    QHash<QString, QLabel *> m_rows;
    QHash<QString, VenueHealth> m_health;
    QTimer m_beat;
};
