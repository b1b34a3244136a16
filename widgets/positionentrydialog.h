#pragma once

#include "fieldfeedback.h"

#include "positions/feerates.h"
#include "positions/legprices.h"
#include "positions/position.h"
#include "positions/positioninput.h"
#include "positions/positionvenues.h"

#include <QDialog>

#include <functional>
#include <memory>

class QComboBox;
class QDateTimeEdit;
class QStringListModel;
class QDialogButtonBox;
class QLineEdit;

// The form for a new position (issue 5): coin (any, typed with completion) and venue pair,
// quantity, entry prices and FX (prefilled from what opening would cost now, editable), fee rates
// (prefilled from the settings), opening time and note. Every edit re-validates every field; each refusal shows next to
// its field, and OK stays disabled until there is none, so nothing invalid can be saved.
class PositionEntryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PositionEntryDialog)

public:
    using Clock = std::function<qint64()>;
    // What opening `coin` on `pair` costs now (Korean ask, perp bid, FX), if known.
    using PriceLookup = std::function<std::optional<LegPrices>(const QString &coin, const VenuePair &pair)>;

    // The venues offered are PositionVenues::standard() until setVenues(); the pair the default one.
    PositionEntryDialog(const QString &coin, const FeeRates &fees, QWidget *parent = nullptr);
    ~PositionEntryDialog() override;

    // The coins the coin field completes to (any other coin can still be typed).
    void setCoins(const QStringList &coins);
    void setVenues(const PositionVenues &venues);
    // Selects the pair's venues; one not offered leaves its side unchosen (and the form says so).
    void setPair(const VenuePair &pair);

    // Fills the prices with the live entry prices (Korean ask, perp bid, FX) when there are some.
    void setLivePrices(const std::optional<LegPrices> &entry);
    // Fills the prices from `lookup` now and whenever the coin or a venue changes; with none known
    // for the new choice they are emptied, since the previous coin's prices would be wrong.
    void setPriceLookup(PriceLookup lookup);
    void setClock(Clock clock);

    PositionInput input() const;
    // The validated position (id 0), when every field is valid.
    std::optional<Position> position() const;
    FieldIssues issues() const;

private:
    void validate();
    void fillVenues();
    void lookUpPrices();

    Clock m_clock;
    PriceLookup m_lookup;
    FeeRates m_fees;
    PositionVenues m_venues;
    VenuePair m_pair;
    QLineEdit *m_coin;
    QStringListModel *m_coins;
    QComboBox *m_koreaVenue;
    QComboBox *m_foreignVenue;
    QLineEdit *m_quantity;
    QLineEdit *m_koreaPrice;
    QLineEdit *m_foreignPrice;
    QLineEdit *m_fx;
    QLineEdit *m_koreaFee;
    QLineEdit *m_foreignFee;
    QDateTimeEdit *m_openedAt;
    QLineEdit *m_note;
    QDialogButtonBox *m_buttons;
    std::unique_ptr<FieldFeedback> m_feedback;
};
