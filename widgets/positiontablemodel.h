#pragma once

#include "positions/positionbook.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>

// The positions of a PositionBook as a table, with a totals row last. Each tick of the book
// (valuationsUpdated) recomputes what the cells show and emits dataChanged for the cells whose
// text changed, and for no other; on a price tick closed positions, whose values are settled,
// are not even looked at.
//
// Display text is rounded for reading (won without decimals, USDT with two); ExactValueRole gives
// the exact decimal, which is also what sorting compares.
class PositionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PositionTableModel)

public:
    enum Column {
        IdColumn,
        SymbolColumn, // the coin
        PairColumn, // its venues: "Upbit / OKX"
        StatusColumn,
        QuantityColumn,
        AgeColumn,
        EntryPremiumColumn,
        ExitPremiumColumn,
        KoreaLegColumn, // KRW
        ForeignLegUsdtColumn, // USDT
        ForeignLegKrwColumn, // KRW at the current (or exit) FX
        FeesColumn, // KRW
        FundingColumn, // USDT received (+) or paid (−) since opening
        NetColumn, // KRW
        PremiumPartColumn, // the split of the net PnL, KRW
        FxPartColumn,
        FundingPartColumn,
        FeesPartColumn,
        NoteColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        PositionIdRole = Qt::UserRole,  // qint64; 0 on the totals row
        ExactValueRole,                 // the exact decimal as text, or a number (id, age in ms), or text
        IsTotalsRole,                   // bool
        IsOpenRole,                     // bool
    };
    Q_ENUM(Role)

    enum class Filter { All, Open, Closed };
    Q_ENUM(Filter)

    explicit PositionTableModel(PositionBook *book, QObject *parent = nullptr);

    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    // The row of a position, or -1.
    int rowOf(qint64 positionId) const;
    qint64 positionIdAt(int row) const;
    int totalsRow() const { return static_cast<int>(m_rows.size()); }
    // The rows as shown (filtered), for export.
    QList<qint64> positionIds() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Editing the note asks for it to be stored (noteEditRequested); the cell changes when the
    // book does, that is once the database has it.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Texts that depend on the language (status, "Total") are cached: call after a change.
    void retranslate();

Q_SIGNALS:
    void noteEditRequested(qint64 positionId, const QString &note);

private:
    struct Row
    {
        Position position;
        PositionValuation valuation;
    };

    bool accepts(const Position &position) const;
    void reload();
    void onAdded(const Position &position);
    void onChanged(const Position &position);
    void onRemoved(qint64 id);
    // Recomputes the cells (of open positions only when `openOnly`) and signals the changed ones.
    void refresh(bool openOnly);
    QStringList texts(const Row &row) const;
    QStringList totalsTexts() const;
    QVariant exactValue(const Row &row, int column) const;
    // A column's sum over the shown rows; nullopt for columns without a total.
    std::optional<Decimal> total(int column) const;
    void emitChanges(int row, const QStringList &before, const QStringList &after);

    QPointer<PositionBook> m_book;
    QList<Row> m_rows;
    QList<QStringList> m_shown;  // what each cell shows, totals row last
    Filter m_filter = Filter::All;
};
