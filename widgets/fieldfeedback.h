#pragma once

#include "positions/fieldissue.h"

#include <QHash>

class QFormLayout;
class QLabel;
class QWidget;

// The rows of a position form: each editor with, beside it, the reason its value is refused.
// The labels are named "error_<field id>" (e.g. "error_quantity") for tests and accessibility.
class FieldFeedback final
{
    Q_DISABLE_COPY_MOVE(FieldFeedback)

public:
    explicit FieldFeedback(QFormLayout *layout);

    void addRow(PositionField field, const QString &label, QWidget *editor);
    // Shows each issue next to its field and clears the others. True when there is none.
    bool show(const FieldIssues &issues);
    QLabel *errorLabel(PositionField field) const { return m_errors.value(field); }

private:
    QFormLayout *m_layout;
    QHash<PositionField, QLabel *> m_errors;
};
