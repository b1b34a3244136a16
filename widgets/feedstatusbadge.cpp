#include "feedstatusbadge.h"

#include "feedtext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

#include <algorithm>

namespace {

// The dot is painted in the left margin, sized from the font so it scales with the text.
int dotDiameter(const QWidget *widget)
{
    return std::max(8, widget->fontMetrics().height() * 3 / 5);
}

} // namespace

FeedStatusBadge::FeedStatusBadge(FeedRole role, QWidget *parent)
    : QWidget(parent)
    , m_role(role)
    , m_label(new QLabel(this))
{
    m_status.role = role;
    m_label->setObjectName(QStringLiteral("stateText"));
    // Long error texts from a venue must not stretch the whole ticker row.
    m_label->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(dotDiameter(this) + 6, 0, 0, 0);
    layout->addWidget(m_label, 1);
    updateText();
}

void FeedStatusBadge::setStatus(const FeedStatus &status)
{
    m_status = status;
    updateText();
}

void FeedStatusBadge::reset()
{
    FeedStatus waiting;
    waiting.role = m_role;
    setStatus(waiting);
}

QString FeedStatusBadge::text() const
{
    return m_label->text();
}

QColor FeedStatusBadge::dotColor() const
{
    return colorFor(m_status.state);
}

QColor FeedStatusBadge::colorFor(FeedStatus::State state)
{
    switch (state) {
    case FeedStatus::State::Live:
        return QColor(0x2e, 0x7d, 0x32);
    case FeedStatus::State::Stale:
        return QColor(0xef, 0x8f, 0x00);
    case FeedStatus::State::Failing:
        return QColor(0xc6, 0x28, 0x28);
    case FeedStatus::State::Waiting:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

void FeedStatusBadge::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(dotColor());
    const int diameter = dotDiameter(this);
    // Centred on the first line of text, not on the widget, so it stays put when the text wraps.
    const int firstLine = m_label->geometry().top() + fontMetrics().height() / 2;
    painter.drawEllipse(QRect(1, firstLine - diameter / 2, diameter, diameter));
}

void FeedStatusBadge::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateText();
    else if (event->type() == QEvent::FontChange)
        layout()->setContentsMargins(dotDiameter(this) + 6, 0, 0, 0);
    QWidget::changeEvent(event);
}

void FeedStatusBadge::updateText()
{
    m_label->setText(FeedText::stateText(m_status));
    QPalette palette = m_label->palette();
    // Failing and stale words take the dot's colour so the problem reads even without the dot.
    // Both roles: on a card's Base background the label draws with Text.
    const bool bad = m_status.state == FeedStatus::State::Failing || m_status.state == FeedStatus::State::Stale;
    const QColor color = bad ? colorFor(m_status.state).darker(115) : this->palette().color(QPalette::Text);
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::Text, color);
    m_label->setPalette(palette);
    const QString detail = FeedText::stateDetail(m_status);
    setToolTip(detail);
    setAccessibleName(FeedText::roleName(m_role));
    setAccessibleDescription(detail);
    update();
}
