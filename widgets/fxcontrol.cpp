#include "fxcontrol.h"

#include "feedstatusbadge.h"
#include "priceformat.h"
#include "resiliencetext.h"

#include "fx/fxkeeper.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

FxControl::FxControl(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_origin(new QLabel(this))
    , m_edit(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_set(new QPushButton(this))
    , m_clear(new QPushButton(this))
{
    m_origin->setObjectName(QStringLiteral("fxOriginLabel"));
    m_origin->setWordWrap(true);
    m_edit->setObjectName(QStringLiteral("manualFxEdit"));
    m_problem->setObjectName(QStringLiteral("manualFxProblem"));
    m_problem->setWordWrap(true);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, FeedStatusBadge::colorFor(FeedStatus::State::Failing));
    m_problem->setPalette(palette);
    m_problem->hide();
    m_set->setObjectName(QStringLiteral("setManualFxButton"));
    m_clear->setObjectName(QStringLiteral("clearManualFxButton"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    // The field gets a row of its own: the dock is narrow, and a rate typed in must stay readable.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_set);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_origin);
    layout->addWidget(m_edit);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    connect(m_edit, &QLineEdit::textChanged, this, &FxControl::checkInput);
    connect(m_edit, &QLineEdit::returnPressed, m_set, &QPushButton::click);
    connect(m_set, &QPushButton::clicked, this, [this] {
        if (const auto rate = FxKeeper::parseManualRate(m_edit->text()))
            apply(rate);
    });
    connect(m_clear, &QPushButton::clicked, this, [this] { apply(std::nullopt); });
    m_beat.setInterval(1000);
    connect(&m_beat, &QTimer::timeout, this, &FxControl::refresh);
    m_beat.start();
    retranslate();
}

void FxControl::focusManualRate()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FxControl::setKeeper(FxKeeper *keeper)
{
    if (m_keeper)
        disconnect(m_keeper, nullptr, this, nullptr);
    m_keeper = keeper;
    if (keeper)
        connect(keeper, &FxKeeper::rateChanged, this, &FxControl::refresh);
    refresh();
}

void FxControl::apply(const std::optional<Decimal> &rate)
{
    if (!m_keeper)
        return;
    m_keeper->setManual(rate);
    if (!rate)
        m_edit->clear();
    Q_EMIT manualRateChanged(rate);
    refresh();
}

QString FxControl::originText() const
{
    return m_origin->text();
}

void FxControl::refresh()
{
    const FxKeeper *keeper = m_keeper;
    const std::optional<Quote> quote = keeper ? keeper->current() : std::nullopt;
    const FxKeeper::Origin origin = keeper ? keeper->origin() : FxKeeper::Origin::None;
    const QString where = ResilienceText::fxOriginText(origin, quote, QDateTime::currentMSecsSinceEpoch());
    m_origin->setText(quote ? tr("%1 KRW/USD · %2").arg(PriceFormat::fxRate(quote->price), where) : where);
    m_clear->setEnabled(origin == FxKeeper::Origin::Manual);
    checkInput();
}

void FxControl::checkInput()
{
    const QString text = m_edit->text().trimmed();
    const bool usable = FxKeeper::parseManualRate(text).has_value();
    m_set->setEnabled(m_keeper && usable);
    m_problem->setVisible(!text.isEmpty() && !usable);
}

void FxControl::retranslate()
{
    m_title->setText(tr("USD/KRW rate"));
    m_edit->setPlaceholderText(tr("Manual rate, e.g. 1432.60"));
    m_edit->setToolTip(tr("A rate you set is used instead of the FX feeds until you clear it."));
    m_set->setText(tr("Use manual rate"));
    m_clear->setText(tr("Back to live"));
    m_problem->setText(tr("Enter KRW per dollar between %L1 and %L2, e.g. 1432.60.")
                           .arg(FxKeeper::MinManualRate).arg(FxKeeper::MaxManualRate));
    refresh();
}

void FxControl::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
