#pragma once

#include "fieldfeedback.h"

#include "positions/closeinput.h"
#include "positions/legprices.h"
#include "positions/position.h"

#include <QDialog>

#include <functional>
#include <memory>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Closing a position: exit prices and FX prefilled from what closing gets now (Korean bid, perp
// ask), editable, validated like the entry form; the realised PnL at the typed prices is shown
// before anything is stored.
class PositionCloseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PositionCloseDialog)

public:
    using Clock = std::function<qint64()>;

    // `fundingUsdt`: what the short has received so far, for the preview.
    PositionCloseDialog(const Position &position, const Decimal &fundingUsdt, QWidget *parent = nullptr);
    ~PositionCloseDialog() override;

    void setLivePrices(const std::optional<LegPrices> &exit);
    void setClock(Clock clock);

    const Position &original() const { return m_position; }
    CloseInput input() const;
    // The position with its exit, when every field is valid.
    std::optional<Position> closedPosition() const;

private:
    void validate();

    Position m_position;
    Decimal m_funding;
    Clock m_clock;
    QLineEdit *m_koreaPrice;
    QLineEdit *m_foreignPrice;
    QLineEdit *m_fx;
    QDateTimeEdit *m_closedAt;
    QLabel *m_preview;
    QDialogButtonBox *m_buttons;
    std::unique_ptr<FieldFeedback> m_feedback;
};
