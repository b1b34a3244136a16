#include "alertlogmodel.h"

#include "alerttext.h"

#include <QDateTime>
#include <QLocale>

AlertLogModel::AlertLogModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(1, capacity))
{
}

int AlertLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int AlertLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const AlertEvent &alert = event(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(alert.atMs),
                                      QStringLiteral("MM-dd HH:mm:ss"));
        case RuleColumn:
            return AlertText::ruleName(alert.rule);
        case StateColumn:
            return AlertText::stateText(alert.kind);
        case ValueColumn:
            return alert.value ? alert.value->toString() : QString();
        case MessageColumn:
            return AlertText::message(alert);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == MessageColumn)
        return AlertText::message(alert);
    return {};
}

QVariant AlertLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case RuleColumn:
        return tr("Rule");
    case StateColumn:
        return tr("State");
    case ValueColumn:
        return tr("Value");
    case MessageColumn:
        return tr("Alert");
    }
    return {};
}

void AlertLogModel::append(const AlertEvent &event)
{
    beginInsertRows({}, 0, 0);
    m_events.push_front(event);
    endInsertRows();
    if (static_cast<int>(m_events.size()) > m_capacity) {
        const int last = static_cast<int>(m_events.size()) - 1;
        beginRemoveRows({}, m_capacity, last);
        m_events.resize(static_cast<size_t>(m_capacity));
        endRemoveRows();
    }
}
