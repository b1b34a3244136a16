#pragma once

#include "exchanges/venuehealth.h"
#include "streaming/streamsocketstatus.h"
#include "venues/dataissue.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class VenueFailover;
class VenueGates;
class QVBoxLayout;
struct OutlierEvent;
enum class FeedRole;

// Which Korean venue the premium uses, each venue's standing (ok, backing off, circuit open,
// banned until …, budgets), each socket of a streamed venue (state, messages a second, keep-alive
// round trip), the last outlier decision and the data issues (values a venue sent
// that could not be used: they never count against the venue's health, so they are shown apart).
// Times count down on a one-second beat of their own.
class VenueHealthView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VenueHealthView)

public:
    explicit VenueHealthView(QWidget *parent = nullptr);

    // The venues' gates and the Korean failover (either may be null) of a feed; nullptrs detach
    // from the previous feed, which the caller may then destroy.
    void watch(VenueGates *gates, VenueFailover *failover);

    QString koreanVenueText() const;
    QString outlierText() const;
    QString dataIssueText() const;
    // The line shown for `venue`, empty when the venue has not been asked yet.
    QString venueText(const QString &venue) const;
    // The line shown for a socket of a venue's stream ("public", "market"...), empty when unknown.
    QString socketText(const QString &venue, const QString &socket) const;

protected:
    void changeEvent(QEvent *event) override;

public Q_SLOTS:
    void showOutlier(FeedRole role, const OutlierEvent &event);
    void showDataIssue(const DataIssue &issue);
    // A socket's state as its stream reports it (StreamingMarketSource::socketStatusChanged). The
    // sockets go with the next watch().
    void showSocket(const StreamSocketStatus &status);

private:
    void showHealth(const VenueHealth &health);
    void refresh();

    QPointer<VenueGates> m_gates;
    QPointer<VenueFailover> m_failover;
    QLabel *m_title;
    QLabel *m_koreanVenue;
    QLabel *m_outlier;
    QVBoxLayout *m_venues;
    QLabel *m_dataIssue;
    int m_dataIssues = 0;
    std::optional<DataIssue> m_lastIssue;
    QHash<QString, QLabel *> m_rows;
    QHash<QString, VenueHealth> m_health;
    QVBoxLayout *m_sockets;
    QHash<QString, QLabel *> m_socketRows; // by venue and socket name
    QHash<QString, StreamSocketStatus> m_socketStatuses;
    QTimer m_beat;
};
