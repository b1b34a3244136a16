#pragma once

#include "observability/alertevent.h"

#include <QAbstractTableModel>

#include <deque>

// The alert log: every fire and clear, newest first, at most `capacity` of them (the oldest go).
class AlertLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertLogModel)

public:
    enum Column { TimeColumn, StateColumn, RuleColumn, ValueColumn, MessageColumn, ColumnCount };
    static constexpr int DefaultCapacity = 500;

    explicit AlertLogModel(int capacity = DefaultCapacity, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const AlertEvent &event(int row) const { return m_events.at(static_cast<size_t>(row)); }

public Q_SLOTS:
    void append(const AlertEvent &event);

private:
    int m_capacity;
    std::deque<AlertEvent> m_events;
};
