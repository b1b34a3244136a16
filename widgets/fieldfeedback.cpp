#include "fieldfeedback.h"

#include "feedstatusbadge.h"
#include "positiontext.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>

FieldFeedback::FieldFeedback(QFormLayout *layout)
    : m_layout(layout)
{
}

void FieldFeedback::addRow(PositionField field, const QString &label, QWidget *editor)
{
    auto *row = new QWidget;
    auto *box = new QHBoxLayout(row);
    box->setContentsMargins(0, 0, 0, 0);
    auto *error = new QLabel;
    error->setObjectName(QStringLiteral("error_") + positionFieldId(field));
    error->setWordWrap(true);
    // The colour the feed badges use for a failing feed: one colour means "something is wrong".
    QPalette palette = error->palette();
    palette.setColor(QPalette::WindowText, FeedStatusBadge::colorFor(FeedStatus::State::Failing));
    error->setPalette(palette);
    error->hide();
    editor->setObjectName(positionFieldId(field));
    box->addWidget(editor, 1);
    box->addWidget(error, 1);
    m_layout->addRow(label, row);
    m_errors.insert(field, error);
}

bool FieldFeedback::show(const FieldIssues &issues)
{
    QHash<PositionField, QStringList> texts;
    for (const FieldIssue &issue : issues)
        texts[issue.field].append(PositionText::issueText(issue));
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QStringList reasons = texts.value(it.key());
        it.value()->setText(reasons.join(u' '));
        it.value()->setVisible(!reasons.isEmpty());
    }
    return issues.isEmpty();
}
