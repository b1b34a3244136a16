#include "healthtablemodel.h"

#include "alerttext.h"

#include "observability/healthboard.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

HealthTableModel::HealthTableModel(const HealthBoard *board, QObject *parent)
    : QAbstractTableModel(parent)
    , m_board(board)
    , m_jobs(board->jobs())
{
}

int HealthTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_jobs.size());
}

int HealthTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HealthTableModel::sparkline(const QList<std::optional<qint64>> &values)
{
    static const QString bars = QStringLiteral("▁▂▃▄▅▆▇█");
    qint64 top = 0;
    for (const auto &value : values)
        top = std::max(top, value.value_or(0));
    QString line;
    for (const auto &value : values) {
        if (!value)
            line += u' ';
        else
            line += bars.at(top <= 0 ? 0 : static_cast<qsizetype>(*value * (bars.size() - 1) / top));
    }
    return line;
}

QVariant HealthTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const JobHealth *job = m_board->job(m_jobs.at(index.row()));
    if (!job)
        return {};
    const qint64 now = m_board->now();
    const JobHealth::State state = job->state(now);
    if (role == Qt::ForegroundRole && index.column() == StateColumn && state == JobHealth::State::Stale)
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role != Qt::DisplayRole)
        return {};
    const auto latency = [&](int percent) {
        const auto ms = job->latencyPercentileMs(percent, now);
        return ms ? tr("%1 ms").arg(*ms) : QStringLiteral("–");
    };
    switch (index.column()) {
    case JobColumn:
        return AlertText::subjectText(job->job());
    case StateColumn:
        return AlertText::healthText(state);
    case AgeColumn:
        return tr("%1 s").arg(job->ageMs(now) / 1000);
    case ErrorsColumn:
        return tr("%1 of %2").arg(job->errors(now)).arg(job->attempts(now));
    case P50Column:
        return latency(50);
    case P99Column:
        return latency(99);
    case LatencyTrendColumn:
    case ErrorTrendColumn: {
        QList<std::optional<qint64>> values;
        for (const JobHealth::Slice &slice : job->slices(SparklineSlices, now)) {
            if (index.column() == LatencyTrendColumn)
                values.append(slice.maxLatencyMs);
            else
                values.append(slice.attempts > 0 ? std::optional<qint64>(slice.errors) : std::nullopt);
        }
        return sparkline(values);
    }
    }
    return {};
}

QVariant HealthTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case JobColumn:
        return tr("Job");
    case StateColumn:
        return tr("State");
    case AgeColumn:
        return tr("Age");
    case ErrorsColumn:
        return tr("Errors (5 min)");
    case P50Column:
        return tr("Latency p50");
    case P99Column:
        return tr("Latency p99");
    case LatencyTrendColumn:
        return tr("Latency (5 min)");
    case ErrorTrendColumn:
        return tr("Errors trend");
    }
    return {};
}

void HealthTableModel::refresh()
{
    const QStringList jobs = m_board->jobs();
    if (jobs != m_jobs) {
        beginResetModel();
        m_jobs = jobs;
        endResetModel();
        return;
    }
    if (!m_jobs.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
