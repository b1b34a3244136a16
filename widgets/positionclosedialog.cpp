#include "positionclosedialog.h"

#include "priceformat.h"

#include "positions/pnlcalculator.h"
#include "positions/positionvalidator.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PositionCloseDialog::PositionCloseDialog(const Position &position, const Decimal &fundingUsdt, QWidget *parent)
    : QDialog(parent)
    , m_position(position)
    , m_funding(fundingUsdt)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_koreaPrice(new QLineEdit(position.entry.korea.toString()))
    , m_foreignPrice(new QLineEdit(position.entry.foreign.toString()))
    , m_fx(new QLineEdit(position.entry.fx.toString()))
    , m_closedAt(new QDateTimeEdit)
    , m_preview(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Close position %1").arg(position.id));
    m_closedAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_closedAt->setCalendarPopup(true);
    m_closedAt->setDateTime(QDateTime::fromMSecsSinceEpoch(m_clock()));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Close position"));

    auto *summary = new QLabel(tr("%1 %2, opened %3 at %4 and %5 (FX %6).")
                                   .arg(PriceFormat::grouped(position.quantity, position.quantity.normalized().scale()),
                                        position.symbol,
                                        QLocale().toString(QDateTime::fromMSecsSinceEpoch(position.openedAtMs), QLocale::ShortFormat),
                                        PriceFormat::krw(position.entry.korea), PriceFormat::usdt(position.entry.foreign),
                                        PriceFormat::fxRate(position.entry.fx)));
    summary->setWordWrap(true);

    auto *form = new QFormLayout;
    m_feedback = std::make_unique<FieldFeedback>(form);
    m_feedback->addRow(PositionField::KoreaPrice, tr("&Korean exit price (KRW):"), m_koreaPrice);
    m_feedback->addRow(PositionField::ForeignPrice, tr("&Foreign exit price (USDT):"), m_foreignPrice);
    m_feedback->addRow(PositionField::Fx, tr("Exit F&X (KRW per USD):"), m_fx);
    m_feedback->addRow(PositionField::ClosedAt, tr("Closed &at:"), m_closedAt);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        validate();
        if (closedPosition())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_koreaPrice, m_foreignPrice, m_fx})
        connect(edit, &QLineEdit::textChanged, this, &PositionCloseDialog::validate);
    connect(m_closedAt, &QDateTimeEdit::dateTimeChanged, this, &PositionCloseDialog::validate);
    validate();
}

PositionCloseDialog::~PositionCloseDialog() = default;

void PositionCloseDialog::setLivePrices(const std::optional<LegPrices> &exit)
{
    if (!exit)
        return;
    m_koreaPrice->setText(exit->korea.normalized().toString());
    m_foreignPrice->setText(exit->foreign.normalized().toString());
    m_fx->setText(exit->fx.normalized().toString());
}

void PositionCloseDialog::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_closedAt->setDateTime(QDateTime::fromMSecsSinceEpoch(m_clock()));
    validate();
}

CloseInput PositionCloseDialog::input() const
{
    return CloseInput{m_koreaPrice->text(), m_foreignPrice->text(), m_fx->text(),
                      m_closedAt->dateTime().toUTC().toString(Qt::ISODateWithMs)};
}

std::optional<Position> PositionCloseDialog::closedPosition() const
{
    auto result = PositionValidator::validateClose(m_position, input(), m_clock());
    if (auto *closed = std::get_if<Position>(&result))
        return *closed;
    return std::nullopt;
}

void PositionCloseDialog::validate()
{
    auto result = PositionValidator::validateClose(m_position, input(), m_clock());
    const auto *issues = std::get_if<FieldIssues>(&result);
    const bool valid = m_feedback->show(issues ? *issues : FieldIssues{});
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    if (!valid) {
        m_preview->clear();
        return;
    }
    const Position &closed = std::get<Position>(result);
    const PositionPnl pnl = PnlCalculator::evaluate(closed, *closed.exit, m_funding);
    m_preview->setText(tr("Realised PnL at these prices: %1 KRW (Korean leg %2 KRW, foreign leg %3 USDT).")
                           .arg(PriceFormat::signedNumber(pnl.net, 0), PriceFormat::signedNumber(pnl.koreaLeg, 0),
                                PriceFormat::signedNumber(pnl.foreignLeg, 2)));
}
