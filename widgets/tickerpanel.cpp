#include "tickerpanel.h"

#include "feedstatusbadge.h"
#include "feedtext.h"
#include "premium/premiummonitor.h"
#include "priceformat.h"
#include "textcolors.h"

#include <QDateTime>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {

constexpr std::array kRoles{FeedRole::KoreanSpot, FeedRole::ForeignPerp, FeedRole::Fx};

// Both roles: on the cards' Base background a label draws with Text, elsewhere with WindowText.
void setTextColor(QLabel *label, const QColor &color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::Text, color);
    label->setPalette(palette);
}

void scaleFont(QLabel *label, qreal factor, bool bold)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    label->setFont(font);
}

QLabel *makeLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    return label;
}

// Values can be selected and copied, with the keyboard too; that also puts them in the tab order.
QLabel *makeValueLabel(const QString &objectName, QWidget *parent)
{
    QLabel *label = makeLabel(objectName, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QFrame *makeCard(QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setFrameShadow(QFrame::Plain);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
    return frame;
}

bool isBad(FeedStatus::State state)
{
    return state == FeedStatus::State::Stale || state == FeedStatus::State::Failing;
}

} // namespace

TickerPanel::TickerPanel(QWidget *parent)
    : QWidget(parent)
    , m_premiumTitle(makeLabel(QStringLiteral("premiumTitle"), this))
    , m_premiumValue(makeValueLabel(QStringLiteral("premiumValue"), this))
    , m_staleTag(makeLabel(QStringLiteral("staleTag"), this))
    , m_premiumBasis(makeLabel(QStringLiteral("premiumBasis"), this))
    , m_premiumTime(makeLabel(QStringLiteral("premiumTime"), this))
{
    for (FeedRole role : kRoles)
        m_statuses[static_cast<int>(role)].role = role;

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);

    // The premium card: the number the window is about.
    QFrame *premiumCard = makeCard(this);
    auto *premiumLayout = new QGridLayout(premiumCard);
    premiumLayout->setColumnStretch(2, 1);
    premiumLayout->setHorizontalSpacing(12);
    scaleFont(m_premiumTitle, 1.0, true);
    scaleFont(m_premiumValue, 2.6, true);
    m_premiumValue->setMinimumWidth(m_premiumValue->fontMetrics().horizontalAdvance(QStringLiteral("+88.88 %")) + 8);
    m_staleTag->setAlignment(Qt::AlignCenter);
    m_staleTag->setAutoFillBackground(true);
    // Its own roles, not the card's inherited Base/Text, so the amber fill and white text apply.
    m_staleTag->setBackgroundRole(QPalette::Window);
    m_staleTag->setForegroundRole(QPalette::WindowText);
    m_staleTag->setContentsMargins(6, 1, 6, 1);
    scaleFont(m_staleTag, 0.9, true);
    {
        QPalette palette = m_staleTag->palette();
        palette.setColor(QPalette::Window, FeedStatusBadge::colorFor(FeedStatus::State::Stale));
        palette.setColor(QPalette::WindowText, Qt::white);
        m_staleTag->setPalette(palette);
    }
    m_staleTag->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_staleTag->hide();
    m_premiumTime->setWordWrap(true);
    setTextColor(m_premiumTitle, TextColors::muted(this));
    setTextColor(m_premiumTime, TextColors::muted(this));
    premiumLayout->addWidget(m_premiumTitle, 0, 0, 1, 3);
    premiumLayout->addWidget(m_premiumValue, 1, 0, 2, 1, Qt::AlignLeft | Qt::AlignVCenter);
    premiumLayout->addWidget(m_premiumBasis, 1, 1, Qt::AlignLeft | Qt::AlignBottom);
    premiumLayout->addWidget(m_staleTag, 2, 1, Qt::AlignLeft | Qt::AlignTop);
    premiumLayout->addWidget(m_premiumTime, 3, 0, 1, 3);
    premiumLayout->setRowStretch(4, 1);
    row->addWidget(premiumCard, 4);

    // One card per input: what it is, its value, where and when it came from, its state.
    const std::array titleNames{QStringLiteral("koreaTitle"), QStringLiteral("foreignTitle"), QStringLiteral("fxTitle")};
    const std::array valueNames{QStringLiteral("koreaPrice"), QStringLiteral("foreignPrice"), QStringLiteral("fxRate")};
    const std::array sourceNames{QStringLiteral("koreaSource"), QStringLiteral("foreignSource"), QStringLiteral("fxSource")};
    QWidget *previous = m_premiumValue;
    for (FeedRole role : kRoles) {
        const int index = static_cast<int>(role);
        QFrame *frame = makeCard(this);
        auto *layout = new QVBoxLayout(frame);
        Card &c = card(role);
        c.title = makeLabel(titleNames[index], frame);
        c.value = makeValueLabel(valueNames[index], frame);
        c.source = makeLabel(sourceNames[index], frame);
        scaleFont(c.title, 1.0, true);
        scaleFont(c.value, 1.6, true);
        setTextColor(c.title, TextColors::muted(this));
        setTextColor(c.source, TextColors::muted(this));
        c.source->setWordWrap(true);
        m_badges[index] = new FeedStatusBadge(role, frame);
        layout->addWidget(c.title);
        layout->addWidget(c.value);
        layout->addWidget(c.source);
        layout->addWidget(m_badges[index]);
        layout->addStretch(1);
        row->addWidget(frame, 3);
        setTabOrder(previous, c.value);
        previous = c.value;
    }

    refresh();
}

void TickerPanel::setMonitor(PremiumMonitor *monitor)
{
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    m_monitor = monitor;
    if (!monitor)
        return;

    m_symbol = monitor->symbol();
    m_sample = monitor->latest();
    m_lastFreshAtMs.reset();
    if (m_sample && !m_sample->stale)
        m_lastFreshAtMs = m_sample->observedAtMs;
    for (FeedRole role : kRoles)
        m_statuses[static_cast<int>(role)] = monitor->status(role);
    connect(monitor, &PremiumMonitor::sampled, this, &TickerPanel::onSampled);
    connect(monitor, &PremiumMonitor::feedStatusChanged, this, &TickerPanel::onStatusChanged);
    refresh();
}

void TickerPanel::setVenues(const QString &koreanVenue, const QString &foreignVenue, const QString &fxSource)
{
    m_venues = {koreanVenue, foreignVenue, fxSource};
    refresh();
}

void TickerPanel::setForeignInstrument(const QString &coin, const QString &instrument)
{
    m_instrumentCoin = coin;
    m_foreignInstrument = instrument;
    refreshInput(FeedRole::ForeignPerp);
}

QString TickerPanel::summary() const
{
    return m_summary;
}

void TickerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void TickerPanel::onSampled(const PremiumSample &sample)
{
    m_sample = sample;
    if (!sample.stale)
        m_lastFreshAtMs = sample.observedAtMs;
    refreshPremium();
}

void TickerPanel::onStatusChanged(const FeedStatus &status)
{
    m_statuses[static_cast<int>(status.role)] = status;
    refreshInput(status.role);
    // A feed that just failed makes the shown premium stale now, not at the next sample.
    refreshPremium();
}

void TickerPanel::refresh()
{
    for (FeedRole role : kRoles)
        refreshInput(role);
    refreshPremium();
}

QString TickerPanel::venueOf(FeedRole role) const
{
    const FeedStatus &status = m_statuses[static_cast<int>(role)];
    // The quote names the venue that answered (for FX that may be the fallback).
    if (status.lastQuote && !status.lastQuote->venue.isEmpty())
        return status.lastQuote->venue;
    return m_venues[static_cast<int>(role)];
}

void TickerPanel::refreshInput(FeedRole role)
{
    const FeedStatus &status = m_statuses[static_cast<int>(role)];
    Card &c = card(role);
    switch (role) {
    case FeedRole::KoreanSpot:
        c.title->setText(tr("%1/KRW spot").arg(m_symbol));
        break;
    case FeedRole::ForeignPerp:
        // Another coin's code must not stand over this coin's price.
        c.title->setText(
            tr("%1 perpetual")
                .arg(m_instrumentCoin == m_symbol && !m_foreignInstrument.isEmpty() ? m_foreignInstrument : m_symbol));
        break;
    case FeedRole::Fx:
        c.title->setText(tr("USD/KRW"));
        break;
    }

    const QString venue = FeedText::venueName(venueOf(role));
    if (status.lastQuote) {
        const Decimal &price = status.lastQuote->price;
        c.value->setText(role == FeedRole::KoreanSpot    ? PriceFormat::krw(price)
                         : role == FeedRole::ForeignPerp ? PriceFormat::usdt(price)
                                                         : PriceFormat::fxRate(price));
        //: Where and when a price came from, e.g. "Dunamu · 3 min ago"
        c.source->setText(tr("%1 · %2").arg(venue, FeedText::ageText(status.ageMs)));
    } else {
        c.value->setText(tr("—"));
        c.source->setText(venue);
    }
    // An old price stays readable but stops looking current.
    setTextColor(c.value,
                 status.state == FeedStatus::State::Live ? palette().color(QPalette::Text) : TextColors::muted(this));
    c.value->setAccessibleName(FeedText::roleName(role));
    c.value->setToolTip(FeedText::stateDetail(status));
    m_badges[static_cast<int>(role)]->setStatus(status);
}

void TickerPanel::refreshPremium()
{
    m_premiumTitle->setText(tr("%1 premium").arg(m_symbol));
    m_premiumValue->setAccessibleName(tr("Premium"));

    QString summary;
    if (!m_sample) {
        m_premiumStale = false;
        m_premiumValue->setText(tr("—"));
        setTextColor(m_premiumValue, TextColors::muted(this));
        m_staleTag->hide();
        m_premiumBasis->setText(m_monitor ? FeedText::basisText(m_monitor->basis()) : QString());
        // A feed that failed before its first value is why there is no premium: say which.
        QStringList failing;
        for (const FeedStatus &status : m_statuses) {
            if (!status.lastQuote && status.error)
                failing.append(tr("%1: %2").arg(FeedText::roleName(status.role), FeedText::errorText(*status.error)));
        }
        m_premiumTime->setText(failing.isEmpty() ? tr("Waiting for all three prices…")
                                                 : tr("No premium yet. %1").arg(failing.join(QStringLiteral("; "))));
        m_premiumValue->setToolTip(QString());
    } else {
        QStringList badInputs;
        for (const FeedStatus &status : m_statuses) {
            if (isBad(status.state))
                badInputs.append(FeedText::roleName(status.role) + QStringLiteral(": ") + FeedText::stateText(status));
        }
        m_premiumStale = m_sample->stale || !badInputs.isEmpty();

        const QString rate = PriceFormat::percent(m_sample->rate);
        m_premiumValue->setText(rate);
        setTextColor(m_premiumValue, m_premiumStale ? TextColors::muted(this) : palette().color(QPalette::Text));
        m_staleTag->setText(tr("STALE"));
        m_staleTag->setVisible(m_premiumStale);
        m_premiumBasis->setText(FeedText::basisText(m_sample->basis));
        // When stale, the time that matters is when the number was last true.
        const auto clock = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss")); };
        if (!m_premiumStale)
            m_premiumTime->setText(tr("Computed at %1").arg(clock(m_sample->observedAtMs)));
        else if (m_lastFreshAtMs)
            m_premiumTime->setText(tr("Last fresh at %1").arg(clock(*m_lastFreshAtMs)));
        else
            m_premiumTime->setText(tr("Not fresh since start"));
        m_premiumValue->setToolTip(m_premiumStale ? badInputs.join(u'\n') : QString());
        m_staleTag->setToolTip(badInputs.join(u'\n'));
        summary = m_premiumStale ? tr("%1 %2 (stale)").arg(m_symbol, rate) : tr("%1 %2").arg(m_symbol, rate);
    }

    if (summary != m_summary) {
        m_summary = summary;
        Q_EMIT summaryChanged(m_summary);
    }
}
