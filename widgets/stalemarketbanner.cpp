#include "stalemarketbanner.h"

#include "feedstatusbadge.h"
#include "feedtext.h"

#include "premium/stalenesspolicy.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

#include <algorithm>
#include <array>

StaleMarketBanner::StaleMarketBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("staleBanner"));
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, FeedStatusBadge::colorFor(FeedStatus::State::Stale));
    colours.setColor(QPalette::WindowText, Qt::white);
    setPalette(colours);
    m_text->setWordWrap(true);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    hide();
}

void StaleMarketBanner::showPremiums(const QList<CoinPremium> &premiums)
{
    m_stopped.clear();
    const bool allStale = !premiums.isEmpty()
        && std::all_of(premiums.cbegin(), premiums.cend(), [](const CoinPremium &premium) { return premium.stale; });
    if (allStale) {
        // Each input's newest value over every coin, against the feed's staleness policy: an input
        // whose newest value is too old stopped for the whole pair.
        const CoinPremium &first = premiums.first();
        std::array<Stopped, 3> inputs { Stopped { first.pair.korea }, Stopped { first.pair.foreign },
                                        Stopped { first.fxSource } };
        qint64 observedAtMs = 0;
        for (const CoinPremium &premium : premiums) {
            inputs[0].lastReceivedAtMs = std::max(inputs[0].lastReceivedAtMs, premium.koreaReceivedAtMs);
            inputs[1].lastReceivedAtMs = std::max(inputs[1].lastReceivedAtMs, premium.foreignReceivedAtMs);
            inputs[2].lastReceivedAtMs = std::max(inputs[2].lastReceivedAtMs, premium.fxReceivedAtMs);
            if (inputs[2].source.isEmpty())
                inputs[2].source = premium.fxSource;
            observedAtMs = std::max(observedAtMs, premium.observedAtMs);
        }
        const StalenessPolicy policy;
        const std::array roles { FeedRole::KoreanSpot, FeedRole::ForeignPerp, FeedRole::Fx };
        for (size_t i = 0; i < inputs.size(); ++i) {
            if (policy.isStale(roles[i], observedAtMs - inputs[i].lastReceivedAtMs))
                m_stopped.append(inputs[i]);
        }
        // Every row stale, yet no input stopped for all of them: the rows' own inputs are old.
        if (m_stopped.isEmpty())
            m_stopped.append(Stopped {});
    }
    retranslate();
    setVisible(!m_stopped.isEmpty());
}

QString StaleMarketBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void StaleMarketBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void StaleMarketBanner::retranslate()
{
    QStringList inputs;
    for (const Stopped &input : std::as_const(m_stopped)) {
        if (input.source.isEmpty())
            continue;
        const QString name = FeedText::venueName(input.source);
        if (input.lastReceivedAtMs <= 0) {
            //: Part of the stale market banner: an input that never answered
            inputs.append(tr("%1 (no price yet)").arg(name));
        } else {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(input.lastReceivedAtMs);
            //: Part of the stale market banner: an input and the time of its last value
            inputs.append(tr("%1 since %2").arg(name, at.toString(QStringLiteral("HH:mm:ss"))));
        }
    }
    if (m_stopped.isEmpty())
        m_text->clear();
    else if (inputs.isEmpty())
        m_text->setText(tr("Not live: every premium below is the last value received."));
    else
        m_text->setText(tr("Not live: nothing from %1. Every premium below is the last value received.")
                            .arg(inputs.join(QStringLiteral(", "))));
}
