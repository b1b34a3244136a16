#pragma once

#include "fieldfeedback.h"

#include "positions/feerates.h"
#include "positions/legprices.h"
#include "positions/position.h"
#include "positions/positioninput.h"

#include <QDialog>

#include <functional>
#include <memory>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLineEdit;

// The form for a new position (issue 5): symbol, quantity, entry prices and FX (prefilled from
// what opening would cost now, editable), fee rates (prefilled from the settings), opening time
// and note. Every edit re-validates every field; each refusal shows next to its field, and OK
// stays disabled until there is none, so nothing invalid can be saved.
class PositionEntryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PositionEntryDialog)

public:
    using Clock = std::function<qint64()>;

    PositionEntryDialog(const QString &symbol, const FeeRates &fees, QWidget *parent = nullptr);
    ~PositionEntryDialog() override;

    // Fills the prices with the live entry prices (Korean ask, perp bid, FX) when there are some.
    void setLivePrices(const std::optional<LegPrices> &entry);
    void setClock(Clock clock);

    PositionInput input() const;
    // The validated position (id 0), when every field is valid.
    std::optional<Position> position() const;
    FieldIssues issues() const;

private:
    void validate();

    Clock m_clock;
    FeeRates m_fees;
    QComboBox *m_symbol;
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
