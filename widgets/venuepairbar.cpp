#include "venuepairbar.h"

#include "feedtext.h"

#include "venues/venuedirectory.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

VenuePairBar::VenuePairBar(QWidget *parent)
    : QWidget(parent)
    , m_koreaLabel(new QLabel(this))
    , m_korea(new QComboBox(this))
    , m_foreignLabel(new QLabel(this))
    , m_foreign(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    for (const auto &[label, combo, side] : { std::tuple(m_koreaLabel, m_korea, VenueSide::KoreanSpot),
                                              std::tuple(m_foreignLabel, m_foreign, VenueSide::Perpetual) }) {
        for (const QString &id : VenueDirectory::standard().ids(side))
            combo->addItem(QString(), id);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        label->setBuddy(combo);
        layout->addWidget(label);
        layout->addWidget(combo);
        connect(combo, &QComboBox::activated, this, [this] { Q_EMIT pairChosen(pair()); });
    }
    retranslate();
}

void VenuePairBar::setPair(const VenuePair &pair)
{
    const QSignalBlocker koreaBlocker(m_korea);
    const QSignalBlocker foreignBlocker(m_foreign);
    m_korea->setCurrentIndex(m_korea->findData(pair.korea));
    m_foreign->setCurrentIndex(m_foreign->findData(pair.foreign));
}

VenuePair VenuePairBar::pair() const
{
    return VenuePair { m_korea->currentData().toString(), m_foreign->currentData().toString() };
}

void VenuePairBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void VenuePairBar::retranslate()
{
    m_koreaLabel->setText(tr("&Korean venue:"));
    m_foreignLabel->setText(tr("P&erpetual venue:"));
    m_korea->setToolTip(tr("The Korean spot venue whose prices the premiums use"));
    m_foreign->setToolTip(tr("The USDT perpetual venue the Korean prices are compared with"));
    for (QComboBox *combo : { m_korea, m_foreign }) {
        for (int i = 0; i < combo->count(); ++i)
            combo->setItemText(i, FeedText::venueName(combo->itemData(i).toString()));
    }
}
