#include "historystatuslabel.h"

#include <QEvent>

HistoryStatusLabel::HistoryStatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("historyStatus"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    updateText();
}

void HistoryStatusLabel::setStatus(const HistoryStatus &status)
{
    m_status = status;
    updateText();
}

QString HistoryStatusLabel::errorText(const StorageError &error)
{
    switch (error.kind) {
    case StorageError::Kind::DriverMissing: return tr("the database driver is not installed");
    case StorageError::Kind::CannotOpen: return tr("the database cannot be opened");
    case StorageError::Kind::AccessDenied: return tr("the database refused the user name or password");
    case StorageError::Kind::Unreachable: return tr("the database server cannot be reached");
    case StorageError::Kind::Locked: return tr("another program has locked the database");
    case StorageError::Kind::ReadOnly: return tr("the database is read-only");
    case StorageError::Kind::Full: return tr("the disk or the database is full");
    case StorageError::Kind::Corrupt: return tr("the database file is damaged");
    case StorageError::Kind::SchemaTooNew:
        return tr("the database was written by a newer version of Premium Spread (schema %1, this version knows %2); update the app")
            .arg(error.foundSchemaVersion)
            .arg(error.supportedSchemaVersion);
    case StorageError::Kind::Query: return tr("the database rejected a query");
    }
    return QString();
}

void HistoryStatusLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateText();
    QLabel::changeEvent(event);
}

void HistoryStatusLabel::updateText()
{
    if (m_status.state != HistoryStatus::State::Failing || !m_status.error) {
        clear();
        setToolTip(QString());
        hide();
        return;
    }
    QString text = tr("History not saved: %1 (%2). The live view goes on; %n row(s) wait in memory and are written when the "
                      "database is back.", nullptr, int(m_status.pendingRows))
                       .arg(errorText(*m_status.error), m_status.location.display());
    if (m_status.droppedRows > 0)
        text += u' ' + tr("%n older row(s) could not be kept.", nullptr, int(m_status.droppedRows));
    setText(text);
    setToolTip(m_status.error->detail);
    show();
}
