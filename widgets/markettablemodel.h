#pragma once

#include "markettableicons.h"
#include "premium/coinpremium.h"
#include "premium/premiumbands.h"
#include "venues/coinstatus.h"
#include "venues/instrumentset.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <array>
#include <functional>

// Every followed coin of one venue pair as a table row. Updates are batched: updatePremiums() and
// updateStatuses() only keep the latest value per coin and mark what changed; a 100 ms timer then
// flushes, with one dataChanged per contiguous block of changed rows (spanning the changed
// columns), so a burst of thousands of quotes costs the view one repaint. Rows keep their order:
// setCoins() appends new coins and removes gone ones, never reorders.
//
// Display text is rounded for reading; SortRole gives the exact Decimal (or text, or a number),
// and an invalid QVariant for a missing value.
class MarketTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketTableModel)

public:
    enum Column {
        Coin, // symbol and Korean name
        KoreaPrice, // ₩
        ForeignPrice, // USDT
        Premium, // last vs last on the chosen basis
        Entry,
        Exit,
        Change24h,
        Volume24h, // Korean 24 h volume in KRW
        Funding, // rate and time to the next funding
        Wallet,
        Caution,
        Favourite,
        Sparkline, // the last hour of the premium
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole, // Decimal, QString, bool or qint64; invalid when missing
        CoinRole, // QString, any column
        EnglishNameRole,
        KoreanNameRole,
        FavouriteRole, // bool
        WalletSuspendedRole, // bool: a deposit or withdrawal is closed on some network
        CautionRole, // bool
        StaleRole, // bool: the cell's value is not fresh
        SparklineRole, // QList<QPointF>: x = ms since epoch, y = premium in percent
    };
    Q_ENUM(Role)

    // How long a changed cell is highlighted.
    static constexpr int FlashMs = 500;
    static constexpr int FlushIntervalMs = 100;
    static constexpr qint64 SparklineSpanMs = 60 * 60 * 1000;

    explicit MarketTableModel(QObject *parent = nullptr);

    // The rows: existing rows keep their place, new coins are appended, gone coins removed.
    void setCoins(const QStringList &coins);
    QStringList coins() const { return m_coins; }
    // The Korean venue's instruments, for the coins' English and Korean names.
    void setInstruments(const InstrumentSet &korea);

    // Keep the latest per coin; the view hears of it at the next flush.
    void updatePremiums(const QList<CoinPremium> &premiums);
    void updateStatuses(const QList<CoinStatus> &statuses);
    // Emits the pending changes now (the timer calls it; public for tests and benchmarks).
    void flush();

    void setFavourite(const QString &coin, bool favourite);
    bool isFavourite(const QString &coin) const { return m_favourites.contains(coin); }
    QStringList favourites() const; // sorted
    void setFavourites(const QStringList &coins);

    void setPremiumBands(const PremiumBands &bands);
    PremiumBands premiumBands() const { return m_bands; }
    // 0 turns the flash of changed cells off.
    void setFlashDuration(int ms);

    // -1 / empty when out of range or not listed.
    QString coinAt(int row) const;
    int rowOf(const QString &coin) const;

    // The wall clock for "time to next funding" and the sparkline's hour (tests pin it).
    void setClock(std::function<qint64()> nowMs);

    // A long value of the column as the model writes it in the current language, for the view's
    // default widths; empty for the columns drawn without text.
    static QString typicalWideText(int column);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The Favourite column takes a bool (the star's click).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void favouritesChanged(const QStringList &favourites);
    // After a flush that emitted dataChanged (the proxy's live sort listens).
    void flushed();

private:
    struct CoinData
    {
        std::optional<CoinPremium> premium;
        std::optional<CoinStatus> status;
        QString englishName;
        QString koreanName;
        QList<QPointF> sparkline;
        // Monotonic ms until which a cell is highlighted, per column; 0: not highlighted.
        std::array<qint64, ColumnCount> flashUntil {};
    };

    static quint32 changedColumns(const std::optional<CoinPremium> &before, const CoinPremium &after);
    static quint32 changedColumns(const std::optional<CoinStatus> &before, const CoinStatus &after);
    void markDirty(const QString &coin, quint32 columns, bool flash);
    void scheduleFlush();
    // Whether the line changed.
    static bool appendSparkline(CoinData &entry, const CoinPremium &premium);
    QVariant display(const QString &coin, const CoinData &entry, int column) const;
    QVariant sortValue(const QString &coin, const CoinData &entry, int column) const;
    QVariant toolTip(const QString &coin, const CoinData &entry, int column) const;
    QVariant foreground(const CoinData &entry, int column) const;
    QVariant decoration(const QString &coin, const CoinData &entry, int column) const;
    bool isStale(const CoinData &entry, int column) const;
    void emitFavouriteChange(const QString &coin);

    QStringList m_coins;
    QHash<QString, int> m_rowOf;
    QHash<QString, CoinData> m_entries;
    struct Dirty
    {
        quint32 columns = 0; // to signal
        quint32 flash = 0; // to highlight
    };
    QHash<QString, Dirty> m_dirty; // until the next flush
    QSet<QString> m_flashing; // coins with a highlighted cell
    QSet<QString> m_favourites;
    PremiumBands m_bands;
    MarketTableIcons m_icons;
    int m_flashMs = FlashMs;
    QTimer m_flushTimer;
    QElapsedTimer m_monotonic;
    std::function<qint64()> m_now;
    qint64 m_fundingMinute = 0;
};
