#pragma once

#include <QAbstractTableModel>
#include <QStringList>

class HealthBoard;

// Every job of the health board in a row: state, age, errors and latency percentiles over the
// last 5 minutes, and small text sparklines of latency and errors. refresh() re-reads the board
// (the window calls it once a second).
class HealthTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthTableModel)

public:
    enum Column {
        JobColumn,
        StateColumn,
        AgeColumn,
        ErrorsColumn,
        P50Column,
        P99Column,
        LatencyTrendColumn,
        ErrorTrendColumn,
        ColumnCount
    };
    static constexpr int SparklineSlices = 20;

    explicit HealthTableModel(const HealthBoard *board, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // ▁▂▃▅▇ from values, scaled to their maximum; a space for a slice without any.
    static QString sparkline(const QList<std::optional<qint64>> &values);

public Q_SLOTS:
    void refresh();

private:
    const HealthBoard *m_board;
    QStringList m_jobs;
};
