#include "premiummatrixview.h"

#include "feedtext.h"
#include "priceformat.h"
#include "textcolors.h"

#include "premium/premiummatrix.h"
#include "venues/venuedirectory.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const char *const kStaleProperty = "stale";
const char *const kActiveProperty = "activePair";

} // namespace

PremiumMatrixView::PremiumMatrixView(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
    , m_title(new QLabel(this))
    , m_koreanVenues(VenueDirectory::standard().ids(VenueSide::KoreanSpot))
    , m_foreignVenues(VenueDirectory::standard().ids(VenueSide::Perpetual))
{
    setObjectName(QStringLiteral("premiumMatrix"));
    auto *layout = new QVBoxLayout(this);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addLayout(m_grid);
    layout->addStretch(1);
    m_grid->setSpacing(2);
    build();
    refresh();
}

void PremiumMatrixView::build()
{
    for (int column = 0; column < m_foreignVenues.size(); ++column) {
        auto *header = new QLabel(this);
        header->setAlignment(Qt::AlignCenter);
        header->setProperty("venue", m_foreignVenues[column]);
        m_grid->addWidget(header, 0, column + 1);
        m_headers.append(header);
    }
    for (int row = 0; row < m_koreanVenues.size(); ++row) {
        auto *header = new QLabel(this);
        header->setProperty("venue", m_koreanVenues[row]);
        m_grid->addWidget(header, row + 1, 0);
        m_headers.append(header);
        for (int column = 0; column < m_foreignVenues.size(); ++column) {
            const VenuePair pair { m_koreanVenues[row], m_foreignVenues[column] };
            auto *cell = new QToolButton(this);
            cell->setAutoRaise(true);
            cell->setMinimumWidth(cell->fontMetrics().horizontalAdvance(QStringLiteral("+00.00 %")) + 12);
            cell->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
            connect(cell, &QToolButton::clicked, this, [this, pair] { Q_EMIT pairChosen(pair); });
            m_grid->addWidget(cell, row + 1, column + 1);
            m_cells.insert(pair.id(), cell);
        }
    }
}

void PremiumMatrixView::setMatrix(PremiumMatrix *matrix)
{
    if (m_matrix)
        disconnect(m_matrix, nullptr, this, nullptr);
    m_matrix = matrix;
    if (matrix)
        connect(matrix, &PremiumMatrix::updated, this, &PremiumMatrixView::refresh);
    refresh();
}

bool PremiumMatrixView::isStale(const VenuePair &pair) const
{
    const QToolButton *button = cell(pair);
    return button && button->property(kStaleProperty).toBool();
}

bool PremiumMatrixView::isActive(const VenuePair &pair) const
{
    const QToolButton *button = cell(pair);
    return button && button->property(kActiveProperty).toBool();
}

void PremiumMatrixView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void PremiumMatrixView::refresh()
{
    for (QLabel *header : std::as_const(m_headers))
        header->setText(FeedText::venueName(header->property("venue").toString()));
    const QString coin = m_matrix ? m_matrix->coin() : QString();
    m_title->setText(coin.isEmpty() ? tr("Premium on every pair") : tr("%1 premium on every pair").arg(coin));
    const VenuePair active = m_matrix ? m_matrix->feedPair() : VenuePair {};
    const QColor muted = TextColors::muted(this);
    for (const QString &korea : std::as_const(m_koreanVenues)) {
        for (const QString &foreign : std::as_const(m_foreignVenues)) {
            const VenuePair pair { korea, foreign };
            QToolButton *button = cell(pair);
            const QString pairName = tr("%1 against %2").arg(FeedText::venueName(korea), FeedText::venueName(foreign));
            QString text = QStringLiteral("—");
            QString tip;
            bool stale = true;
            if (m_matrix && !coin.isEmpty()) {
                const CoinPremium premium = m_matrix->premium(pair);
                const bool unlisted = m_matrix->lists(korea) == false || m_matrix->lists(foreign) == false;
                if (premium.rate) {
                    text = PriceFormat::percent(*premium.rate);
                    stale = premium.stale;
                    tip = tr("%1: %2 %3").arg(pairName, coin, text);
                    if (premium.entryRate && premium.exitRate)
                        tip += u'\n'
                            + tr("Entry %1, exit %2")
                                  .arg(PriceFormat::percent(*premium.entryRate),
                                       PriceFormat::percent(*premium.exitRate));
                    // The core's reason is English for the logs; the ages say the same in any language.
                    if (stale)
                        tip += u'\n'
                            + tr("Stale. Korean price %1, perpetual price %2, USD/KRW %3")
                                  .arg(FeedText::ageText(premium.observedAtMs - premium.koreaReceivedAtMs),
                                       FeedText::ageText(premium.observedAtMs - premium.foreignReceivedAtMs),
                                       FeedText::ageText(premium.observedAtMs - premium.fxReceivedAtMs));
                } else if (unlisted) {
                    tip = tr("%1: %2 is not listed on both venues").arg(pairName, coin);
                } else {
                    tip = tr("%1: waiting for %2's quotes").arg(pairName, coin);
                }
            }
            const bool isActive = pair == active && m_matrix;
            if (!isActive)
                tip += u'\n' + tr("Click to follow this pair");
            button->setText(text);
            button->setToolTip(tip.trimmed());
            button->setProperty(kStaleProperty, stale);
            button->setProperty(kActiveProperty, isActive);
            QFont font = button->font();
            font.setBold(isActive);
            font.setItalic(stale && text != u"—");
            button->setFont(font);
            QPalette palette = button->palette();
            palette.setColor(QPalette::ButtonText, stale ? muted : this->palette().color(QPalette::WindowText));
            button->setPalette(palette);
            // The followed pair stands out as a pressed-in cell, whatever the style draws for auto-raise.
            button->setAutoRaise(!isActive);
            button->setCheckable(isActive);
            button->setChecked(isActive);
        }
    }
}
