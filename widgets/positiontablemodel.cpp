#include "positiontablemodel.h"

#include "feedtext.h"
#include "positiontext.h"
#include "priceformat.h"

#include <QFont>

namespace {

using Column = PositionTableModel::Column;

bool isKrw(int column)
{
    switch (column) {
    case Column::KoreaLegColumn:
    case Column::ForeignLegKrwColumn:
    case Column::FeesColumn:
    case Column::NetColumn:
    case Column::PremiumPartColumn:
    case Column::FxPartColumn:
    case Column::FundingPartColumn:
    case Column::FeesPartColumn:
        return true;
    default:
        return false;
    }
}

bool isSummed(int column)
{
    return isKrw(column) || column == Column::ForeignLegUsdtColumn || column == Column::FundingColumn;
}

// The exact amount a numeric cell shows; nullopt while it is unknown (no live prices yet).
std::optional<Decimal> amount(const Position &position, const PositionValuation &valuation, int column)
{
    const std::optional<PositionPnl> &pnl = valuation.pnl;
    switch (column) {
    case Column::QuantityColumn:
        return position.quantity;
    case Column::EntryPremiumColumn:
        return valuation.entryPremium;
    case Column::ExitPremiumColumn:
        return valuation.exitPremium;
    case Column::FundingColumn:
        return valuation.fundingUsdt;
    default:
        break;
    }
    if (!pnl)
        return std::nullopt;
    switch (column) {
    case Column::KoreaLegColumn:
        return pnl->koreaLeg;
    case Column::ForeignLegUsdtColumn:
        return pnl->foreignLeg;
    case Column::ForeignLegKrwColumn:
        return pnl->foreignLegKrw;
    case Column::FeesColumn:
        return pnl->feesKrw;
    case Column::NetColumn:
        return pnl->net;
    case Column::PremiumPartColumn:
        return pnl->premiumPart;
    case Column::FxPartColumn:
        return pnl->fxPart;
    case Column::FundingPartColumn:
        return pnl->fundingPart;
    case Column::FeesPartColumn:
        return pnl->feesPart;
    default:
        return std::nullopt;
    }
}

QString amountText(const std::optional<Decimal> &value, int column)
{
    if (!value)
        return QString();
    switch (column) {
    case Column::QuantityColumn:
        return PriceFormat::grouped(*value, value->normalized().scale());
    case Column::EntryPremiumColumn:
    case Column::ExitPremiumColumn:
        return PriceFormat::percent(*value);
    case Column::FeesColumn:
        return PriceFormat::grouped(*value, 0);
    default:
        return PriceFormat::signedNumber(*value, isKrw(column) ? 0 : 2);
    }
}

qint64 heldMs(const Position &position, qint64 nowMs)
{
    return (position.isOpen() ? nowMs : position.closedAtMs) - position.openedAtMs;
}

} // namespace

PositionTableModel::PositionTableModel(PositionBook *book, QObject *parent)
    : QAbstractTableModel(parent)
    , m_book(book)
{
    connect(book, &PositionBook::positionsReset, this, &PositionTableModel::reload);
    connect(book, &PositionBook::positionAdded, this, &PositionTableModel::onAdded);
    connect(book, &PositionBook::positionChanged, this, &PositionTableModel::onChanged);
    connect(book, &PositionBook::positionRemoved, this, &PositionTableModel::onRemoved);
    connect(book, &PositionBook::valuationsUpdated, this, &PositionTableModel::refresh);
    reload();
}

void PositionTableModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

bool PositionTableModel::accepts(const Position &position) const
{
    return m_filter == Filter::All || (m_filter == Filter::Open) == position.isOpen();
}

int PositionTableModel::rowOf(qint64 positionId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].position.id == positionId)
            return static_cast<int>(i);
    }
    return -1;
}

qint64 PositionTableModel::positionIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].position.id : 0;
}

QList<qint64> PositionTableModel::positionIds() const
{
    QList<qint64> ids;
    for (const Row &row : m_rows)
        ids.append(row.position.id);
    return ids;
}

void PositionTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_shown.clear();
    if (m_book) {
        for (const Position &position : m_book->positions()) {
            if (accepts(position))
                m_rows.append(Row{position, m_book->valuation(position.id)});
        }
    }
    for (const Row &row : std::as_const(m_rows))
        m_shown.append(texts(row));
    m_shown.append(totalsTexts());
    endResetModel();
}

void PositionTableModel::onAdded(const Position &position)
{
    if (!accepts(position))
        return;
    const int row = totalsRow();
    beginInsertRows(QModelIndex(), row, row);
    m_rows.append(Row{position, m_book->valuation(position.id)});
    m_shown.insert(row, texts(m_rows.last()));
    endInsertRows();
    refresh(false);
}

void PositionTableModel::onChanged(const Position &position)
{
    const int row = rowOf(position.id);
    if (row < 0) {
        onAdded(position);
        return;
    }
    if (!accepts(position)) {
        onRemoved(position.id);
        return;
    }
    m_rows[row] = Row{position, m_book->valuation(position.id)};
    refresh(false);
}

void PositionTableModel::onRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    m_shown.removeAt(row);
    endRemoveRows();
    refresh(false);
}

void PositionTableModel::refresh(bool openOnly)
{
    if (!m_book)
        return;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (openOnly && !row.position.isOpen())
            continue;
        row.valuation = m_book->valuation(row.position.id);
        const QStringList after = texts(row);
        emitChanges(static_cast<int>(i), m_shown[i], after);
        m_shown[i] = after;
    }
    const QStringList totals = totalsTexts();
    emitChanges(totalsRow(), m_shown.last(), totals);
    m_shown.last() = totals;
}

void PositionTableModel::emitChanges(int row, const QStringList &before, const QStringList &after)
{
    // One signal per run of adjacent changed cells: views repaint exactly what moved.
    int column = 0;
    while (column < ColumnCount) {
        if (before.value(column) == after.value(column)) {
            ++column;
            continue;
        }
        const int first = column;
        while (column < ColumnCount && before.value(column) != after.value(column))
            ++column;
        Q_EMIT dataChanged(index(row, first), index(row, column - 1), {Qt::DisplayRole, ExactValueRole, Qt::ToolTipRole});
    }
}

void PositionTableModel::retranslate()
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_shown[i] = texts(m_rows[i]);
    m_shown.last() = totalsTexts();
    if (!m_shown.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(totalsRow(), ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QStringList PositionTableModel::texts(const Row &row) const
{
    const Position &p = row.position;
    QStringList cells;
    cells.reserve(ColumnCount);
    for (int column = 0; column < ColumnCount; ++column) {
        switch (column) {
        case IdColumn:
            cells.append(QString::number(p.id));
            break;
        case SymbolColumn:
            cells.append(p.symbol);
            break;
        case PairColumn:
            cells.append(PositionText::pairText(p.pair()));
            break;
        case StatusColumn:
            cells.append(p.isOpen() ? tr("Open") : tr("Closed"));
            break;
        case AgeColumn:
            cells.append(FeedText::durationText(heldMs(p, m_book ? m_book->now() : p.openedAtMs)));
            break;
        case NoteColumn:
            cells.append(p.note);
            break;
        default:
            cells.append(amountText(amount(p, row.valuation, column), column));
            break;
        }
    }
    return cells;
}

std::optional<Decimal> PositionTableModel::total(int column) const
{
    if (column == QuantityColumn) {
        // Quantities add up only within one coin.
        std::optional<Decimal> sum;
        for (const Row &row : m_rows) {
            if (row.position.symbol != m_rows.first().position.symbol)
                return std::nullopt;
            sum = sum.value_or(Decimal()) + row.position.quantity;
        }
        return sum;
    }
    if (!isSummed(column) || m_rows.isEmpty())
        return std::nullopt;
    Decimal sum;
    for (const Row &row : m_rows) {
        const std::optional<Decimal> value = amount(row.position, row.valuation, column);
        // A total that leaves out a position without prices would be a wrong number, not a partial one.
        if (!value)
            return std::nullopt;
        sum += *value;
    }
    return sum;
}

QStringList PositionTableModel::totalsTexts() const
{
    QStringList cells;
    for (int column = 0; column < ColumnCount; ++column) {
        if (column == SymbolColumn)
            cells.append(tr("Total"));
        else
            cells.append(amountText(total(column), column));
    }
    return cells;
}

QVariant PositionTableModel::exactValue(const Row &row, int column) const
{
    const Position &p = row.position;
    switch (column) {
    case IdColumn:
        return p.id;
    case SymbolColumn:
        return p.symbol;
    case PairColumn:
        return p.pair().id();
    case StatusColumn:
        return p.isOpen() ? QStringLiteral("open") : QStringLiteral("closed");
    case AgeColumn:
        return heldMs(p, m_book ? m_book->now() : p.openedAtMs);
    case NoteColumn:
        return p.note;
    default: {
        const auto value = amount(p, row.valuation, column);
        return value ? QVariant(value->normalized().toString()) : QVariant();
    }
    }
}

int PositionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int PositionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PositionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int row = index.row();
    const int column = index.column();
    const bool totals = row == totalsRow();
    switch (role) {
    case Qt::DisplayRole:
        return m_shown[row][column];
    case Qt::EditRole:
        return column == NoteColumn && !totals ? QVariant(m_rows[row].position.note) : QVariant();
    case Qt::ToolTipRole: {
        if (totals || column < QuantityColumn || column == NoteColumn || column == AgeColumn)
            return QVariant();
        const QVariant exact = exactValue(m_rows[row], column);
        if (!exact.isValid())
            return m_rows[row].position.isOpen() ? tr("Waiting for live bid and ask prices") : QString();
        return isKrw(column) ? tr("%1 KRW exactly").arg(exact.toString()) : exact.toString();
    }
    case Qt::TextAlignmentRole:
        if (column == SymbolColumn || column == PairColumn || column == StatusColumn || column == NoteColumn)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (totals) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case PositionIdRole:
        return totals ? qint64(0) : m_rows[row].position.id;
    case ExactValueRole: {
        if (!totals)
            return exactValue(m_rows[row], column);
        const auto value = total(column);
        return value ? QVariant(value->normalized().toString()) : QVariant();
    }
    case IsTotalsRole:
        return totals;
    case IsOpenRole:
        return !totals && m_rows[row].position.isOpen();
    default:
        return QVariant();
    }
}

QVariant PositionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QVariant();
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ExitPremiumColumn:
            return tr("Open: what closing gets now (Korean bid against perpetual ask). Closed: the premium of the exit.");
        case EntryPremiumColumn:
            return tr("The premium of the entry prices.");
        case ForeignLegKrwColumn:
            return tr("The foreign leg in won, at the current FX (at the exit FX once closed).");
        case FundingColumn:
            return tr("Funding received (+) or paid (−) by the short at the funding times while it was open.");
        case PremiumPartColumn:
        case FxPartColumn:
        case FundingPartColumn:
        case FeesPartColumn:
            return tr("The net PnL split into premium change, FX change, funding and fees; the four add up to it.");
        default:
            return QVariant();
        }
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case IdColumn:
        return tr("ID");
    case SymbolColumn:
        return tr("Coin");
    case PairColumn:
        return tr("Venues");
    case StatusColumn:
        return tr("Status");
    case QuantityColumn:
        return tr("Quantity");
    case AgeColumn:
        return tr("Age");
    case EntryPremiumColumn:
        return tr("Entry premium");
    case ExitPremiumColumn:
        return tr("Exit premium");
    case KoreaLegColumn:
        return tr("Korean leg (KRW)");
    case ForeignLegUsdtColumn:
        return tr("Foreign leg (USDT)");
    case ForeignLegKrwColumn:
        return tr("Foreign leg (KRW)");
    case FeesColumn:
        return tr("Fees (KRW)");
    case FundingColumn:
        return tr("Funding (USDT)");
    case NetColumn:
        return tr("Net PnL (KRW)");
    case PremiumPartColumn:
        return tr("Premium part");
    case FxPartColumn:
        return tr("FX part");
    case FundingPartColumn:
        return tr("Funding part");
    case FeesPartColumn:
        return tr("Fees part");
    case NoteColumn:
        return tr("Note");
    default:
        return QVariant();
    }
}

Qt::ItemFlags PositionTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NoteColumn && index.row() != totalsRow())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool PositionTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != NoteColumn || index.row() >= totalsRow())
        return false;
    const Row &row = m_rows[index.row()];
    const QString note = value.toString();
    if (note == row.position.note)
        return false;
    Q_EMIT noteEditRequested(row.position.id, note);
    return true;
}
