#include "positionentrydialog.h"

#include "coincodevalidator.h"
#include "positiontext.h"

#include "positions/positionvalidator.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace {

QLineEdit *decimalEdit(const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setPlaceholderText(placeholder);
    edit->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    return edit;
}

} // namespace

PositionEntryDialog::PositionEntryDialog(const QString &coin, const FeeRates &fees, QWidget *parent)
    : QDialog(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_fees(fees)
    , m_venues(PositionVenues::standard())
    , m_coin(new QLineEdit)
    , m_coins(new QStringListModel(this))
    , m_koreaVenue(new QComboBox)
    , m_foreignVenue(new QComboBox)
    , m_quantity(decimalEdit(QStringLiteral("0.01")))
    , m_koreaPrice(decimalEdit(QStringLiteral("129560000")))
    , m_foreignPrice(decimalEdit(QStringLiteral("89277.0")))
    , m_fx(decimalEdit(QStringLiteral("1432.6")))
    , m_koreaFee(decimalEdit(fees.korea.toString()))
    , m_foreignFee(decimalEdit(fees.foreign.toString()))
    , m_openedAt(new QDateTimeEdit)
    , m_note(new QLineEdit)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("New position"));
    m_coin->setValidator(new CoinCodeValidator(m_coin));
    m_coin->setText(coin.trimmed().toUpper());
    auto *completer = new QCompleter(m_coins, m_coin);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_coin->setCompleter(completer);
    fillVenues();
    m_koreaFee->setText(fees.korea.toString());
    m_foreignFee->setText(fees.foreign.toString());
    m_openedAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_openedAt->setCalendarPopup(true);
    m_openedAt->setDateTime(QDateTime::fromMSecsSinceEpoch(m_clock()));
    m_note->setMaxLength(PositionValidator::MaxNoteLength + 1);

    auto *form = new QFormLayout;
    m_feedback = std::make_unique<FieldFeedback>(form);
    m_feedback->addRow(PositionField::Symbol, tr("&Coin:"), m_coin);
    m_feedback->addRow(PositionField::KoreaVenue, tr("Korean &venue:"), m_koreaVenue);
    m_feedback->addRow(PositionField::ForeignVenue, tr("&Perpetual venue:"), m_foreignVenue);
    m_feedback->addRow(PositionField::Quantity, tr("&Quantity (each leg):"), m_quantity);
    m_feedback->addRow(PositionField::KoreaPrice, tr("&Korean entry price (KRW):"), m_koreaPrice);
    m_feedback->addRow(PositionField::ForeignPrice, tr("&Foreign entry price (USDT):"), m_foreignPrice);
    m_feedback->addRow(PositionField::Fx, tr("Entry F&X (KRW per USD):"), m_fx);
    m_feedback->addRow(PositionField::KoreaFee, tr("Korean fee &rate:"), m_koreaFee);
    m_feedback->addRow(PositionField::ForeignFee, tr("Foreign fee ra&te:"), m_foreignFee);
    m_feedback->addRow(PositionField::OpenedAt, tr("&Opened at:"), m_openedAt);
    m_feedback->addRow(PositionField::Note, tr("&Note:"), m_note);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        validate();
        if (position())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QLineEdit *edit : { m_coin, m_quantity, m_koreaPrice, m_foreignPrice, m_fx, m_koreaFee, m_foreignFee, m_note })
        connect(edit, &QLineEdit::textChanged, this, &PositionEntryDialog::validate);
    connect(m_coin, &QLineEdit::textChanged, this, &PositionEntryDialog::lookUpPrices);
    for (QComboBox *venue : { m_koreaVenue, m_foreignVenue }) {
        connect(venue, &QComboBox::currentIndexChanged, this, &PositionEntryDialog::lookUpPrices);
        connect(venue, &QComboBox::currentIndexChanged, this, &PositionEntryDialog::validate);
    }
    connect(m_openedAt, &QDateTimeEdit::dateTimeChanged, this, &PositionEntryDialog::validate);
    validate();
}

PositionEntryDialog::~PositionEntryDialog() = default;

void PositionEntryDialog::setCoins(const QStringList &coins)
{
    m_coins->setStringList(coins);
}

void PositionEntryDialog::setVenues(const PositionVenues &venues)
{
    m_venues = venues;
    fillVenues();
    validate();
}

void PositionEntryDialog::setPair(const VenuePair &pair)
{
    m_pair = pair;
    m_koreaVenue->setCurrentIndex(m_koreaVenue->findData(pair.korea));
    m_foreignVenue->setCurrentIndex(m_foreignVenue->findData(pair.foreign));
}

void PositionEntryDialog::fillVenues()
{
    for (const auto &[combo, ids] :
         { std::pair { m_koreaVenue, &m_venues.korea }, std::pair { m_foreignVenue, &m_venues.foreign } }) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const QString &id : *ids)
            combo->addItem(PositionText::venueName(id), id);
    }
    setPair(m_pair);
}

void PositionEntryDialog::setLivePrices(const std::optional<LegPrices> &entry)
{
    if (!entry)
        return;
    m_koreaPrice->setText(entry->korea.normalized().toString());
    m_foreignPrice->setText(entry->foreign.normalized().toString());
    m_fx->setText(entry->fx.normalized().toString());
}

void PositionEntryDialog::setPriceLookup(PriceLookup lookup)
{
    m_lookup = std::move(lookup);
    lookUpPrices();
}

void PositionEntryDialog::lookUpPrices()
{
    if (!m_lookup)
        return;
    const PositionInput typed = input();
    const std::optional<LegPrices> entry = m_lookup(typed.symbol, typed.pair);
    if (entry) {
        setLivePrices(entry);
        return;
    }
    for (QLineEdit *price : { m_koreaPrice, m_foreignPrice, m_fx })
        price->clear();
}

void PositionEntryDialog::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_openedAt->setDateTime(QDateTime::fromMSecsSinceEpoch(m_clock()));
    validate();
}

PositionInput PositionEntryDialog::input() const
{
    PositionInput input;
    input.symbol = m_coin->text();
    input.pair = VenuePair { m_koreaVenue->currentData().toString(), m_foreignVenue->currentData().toString() };
    input.quantity = m_quantity->text();
    input.koreaPrice = m_koreaPrice->text();
    input.foreignPrice = m_foreignPrice->text();
    input.fx = m_fx->text();
    // The defaults are already in the fields: an emptied one is a missing value.
    input.koreaFee = m_koreaFee->text();
    input.foreignFee = m_foreignFee->text();
    input.openedAt = m_openedAt->dateTime().toUTC().toString(Qt::ISODateWithMs);
    input.note = m_note->text();
    return input;
}

std::optional<Position> PositionEntryDialog::position() const
{
    auto result = PositionValidator::validateOpen(input(), m_fees, m_venues, m_clock());
    if (auto *valid = std::get_if<Position>(&result))
        return *valid;
    return std::nullopt;
}

FieldIssues PositionEntryDialog::issues() const
{
    auto result = PositionValidator::validateOpen(input(), m_fees, m_venues, m_clock());
    if (auto *issues = std::get_if<FieldIssues>(&result))
        return *issues;
    return {};
}

void PositionEntryDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_feedback->show(issues()));
}
