#include "crosshairreadout.h"

#include "priceformat.h"

#include <QDateTime>
#include <QEvent>
#include <QLocale>

namespace {

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

CrosshairReadout::CrosshairReadout(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    updateText();
}

void CrosshairReadout::showSample(const PremiumSample &sample)
{
    m_sample = sample;
    m_approximate.reset();
    updateText();
}

void CrosshairReadout::showApproximate(qint64 timeMs, double rate)
{
    m_sample.reset();
    m_approximate = std::make_pair(timeMs, rate);
    updateText();
}

void CrosshairReadout::clearReading()
{
    m_sample.reset();
    m_approximate.reset();
    updateText();
}

void CrosshairReadout::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateText();
    QLabel::changeEvent(event);
}

void CrosshairReadout::updateText()
{
    if (m_sample) {
        const PremiumSample &s = *m_sample;
        QString text = tr("%1   premium %2 % (%3)   Korea %4   foreign %5   USD/KRW %6")
                           .arg(timeText(s.observedAtMs), PriceFormat::percent(s.rate), s.preciseRate.toString(),
                                PriceFormat::krw(s.korea.price), PriceFormat::usdt(s.foreign.price), PriceFormat::fxRate(s.fx.price));
        if (s.stale)
            text += tr("   stale");
        setText(text);
    } else if (m_approximate) {
        setText(tr("%1   premium ≈ %2 % (not stored)")
                    .arg(timeText(m_approximate->first), QLocale().toString(m_approximate->second, 'f', 2)));
    } else {
        setText(tr("Hover the chart to read the stored values; wheel zooms, drag pans, Shift+drag zooms to a range, "
                   "double-click resets."));
    }
    setAccessibleName(text());
}
