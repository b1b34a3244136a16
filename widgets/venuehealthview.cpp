#include "venuehealthview.h"

#include "feedtext.h"
#include "resiliencetext.h"

#include "exchanges/venuefailover.h"
#include "exchanges/venuegates.h"
#include "venues/dataissue.h"

#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

VenueHealthView::VenueHealthView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_koreanVenue(new QLabel(this))
    , m_outlier(new QLabel(this))
    , m_venues(new QVBoxLayout)
    , m_dataIssue(new QLabel(this))
    , m_sockets(new QVBoxLayout)
{
    m_dataIssue->setObjectName(QStringLiteral("dataIssueLabel"));
    m_dataIssue->setWordWrap(true);
    m_dataIssue->hide();
    m_koreanVenue->setObjectName(QStringLiteral("koreanVenueLabel"));
    m_outlier->setObjectName(QStringLiteral("outlierLabel"));
    // Wrapped, so that a long state (a ban with its end and the weight used) makes the dock
    // taller rather than wider, and the price cards keep their room.
    m_koreanVenue->setWordWrap(true);
    m_outlier->setWordWrap(true);
    m_outlier->hide();
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_koreanVenue);
    layout->addLayout(m_venues);
    layout->addLayout(m_sockets);
    layout->addWidget(m_outlier);
    layout->addWidget(m_dataIssue);
    layout->addStretch(1);
    m_beat.setInterval(1000);
    connect(&m_beat, &QTimer::timeout, this, &VenueHealthView::refresh);
    m_beat.start();
    refresh();
}

void VenueHealthView::watch(VenueGates *gates, VenueFailover *failover)
{
    if (m_gates)
        disconnect(m_gates, nullptr, this, nullptr);
    if (m_failover)
        disconnect(m_failover, nullptr, this, nullptr);
    m_gates = gates;
    m_failover = failover;
    qDeleteAll(m_rows);
    m_rows.clear();
    m_health.clear();
    qDeleteAll(m_socketRows);
    m_socketRows.clear();
    m_socketStatuses.clear();
    m_outlier->hide();
    m_dataIssue->hide();
    m_dataIssues = 0;
    m_lastIssue.reset();
    if (gates) {
        connect(gates, &VenueGates::healthChanged, this, &VenueHealthView::showHealth);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const VenueGate *gate : gates->gates())
            showHealth(gate->health(now));
    }
    if (failover)
        connect(failover, &VenueFailover::activeVenueChanged, this, &VenueHealthView::refresh);
    refresh();
}

void VenueHealthView::showDataIssue(const DataIssue &issue)
{
    ++m_dataIssues;
    m_lastIssue = issue;
    m_dataIssue->setVisible(true);
    refresh();
}

void VenueHealthView::showHealth(const VenueHealth &health)
{
    m_health.insert(health.venue, health);
    if (!m_rows.contains(health.venue)) {
        auto *row = new QLabel(this);
        row->setObjectName(QStringLiteral("venueHealth_") + health.venue);
        row->setWordWrap(true);
        m_rows.insert(health.venue, row);
        m_venues->addWidget(row);
    }
    refresh();
}

namespace {

QString socketKey(const QString &venue, const QString &socket)
{
    return venue + u'/' + socket;
}

} // namespace

void VenueHealthView::showSocket(const StreamSocketStatus &status)
{
    const QString key = socketKey(status.venue, status.name);
    m_socketStatuses.insert(key, status);
    QLabel *row = m_socketRows.value(key);
    if (!row) {
        row = new QLabel(this);
        row->setObjectName(QStringLiteral("socket_") + status.venue + u'_' + status.name);
        row->setWordWrap(true);
        m_socketRows.insert(key, row);
        m_sockets->addWidget(row);
    }
    row->setText(ResilienceText::socketText(status));
    row->setToolTip(status.lastError);
}

void VenueHealthView::showOutlier(FeedRole role, const OutlierEvent &event)
{
    m_outlier->setText(ResilienceText::outlierText(role, event));
    m_outlier->setVisible(true);
}

void VenueHealthView::refresh()
{
    m_title->setText(tr("Venues"));
    if (m_lastIssue)
        m_dataIssue->setText(tr("Values set aside: %L1 (last: %2)").arg(m_dataIssues).arg(FeedText::dataIssueText(*m_lastIssue)));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (const VenueFailover *failover = m_failover) {
        const qint64 failingFor = failover->primaryFailingSinceMs() > 0 ? now - failover->primaryFailingSinceMs() : 0;
        m_koreanVenue->setText(ResilienceText::koreanVenueText(failover->activeVenue(), failover->primaryVenue(),
                                                               failover->usingFallback(), failingFor));
    } else {
        m_koreanVenue->clear();
    }
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const VenueHealth &health = m_health[it.key()];
        QString text
            = FeedText::venueName(health.venue) + QStringLiteral(": ") + ResilienceText::venueState(health, now);
        const QString budget = ResilienceText::budgetText(health);
        if (!budget.isEmpty())
            text += QStringLiteral(" · ") + budget;
        it.value()->setText(text);
        QFont font = it.value()->font();
        font.setBold(ResilienceText::isHeldBack(health, now));
        it.value()->setFont(font);
        if (health.lastError)
            it.value()->setToolTip(FeedText::errorText(*health.lastError));
    }
    // Again on a language change; a socket's own changes come with its status.
    for (auto it = m_socketRows.cbegin(); it != m_socketRows.cend(); ++it)
        it.value()->setText(ResilienceText::socketText(m_socketStatuses.value(it.key())));
}

QString VenueHealthView::koreanVenueText() const
{
    return m_koreanVenue->text();
}

QString VenueHealthView::outlierText() const
{
    return m_outlier->isVisibleTo(this) ? m_outlier->text() : QString();
}

QString VenueHealthView::dataIssueText() const
{
    return m_dataIssue->isVisibleTo(this) ? m_dataIssue->text() : QString();
}

QString VenueHealthView::socketText(const QString &venue, const QString &socket) const
{
    const QLabel *row = m_socketRows.value(socketKey(venue, socket));
    return row ? row->text() : QString();
}

QString VenueHealthView::venueText(const QString &venue) const
{
    const QLabel *row = m_rows.value(venue);
    return row ? row->text() : QString();
}

void VenueHealthView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}
