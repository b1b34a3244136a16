#include "markettablemodel.h"

#include "priceformat.h"
#include "textcolors.h"
#include "volumeformat.h"

#include "premium/stalenesspolicy.h"

#include <QApplication>
#include <QBrush>
#include <QDateTime>
#include <QPalette>

#include <algorithm>
#include <bit>

namespace {

using Column = MarketTableModel::Column;
using Wallet = MarketTableIcons::Wallet;

constexpr quint32 bit(int column)
{
    return 1u << column;
}

constexpr quint32 AllColumns = (1u << Column::ColumnCount) - 1;
// Cells that flash when their value changes; the rest change too rarely or are pictures.
constexpr quint32 FlashingColumns = bit(Column::KoreaPrice) | bit(Column::ForeignPrice) | bit(Column::Premium)
    | bit(Column::Entry) | bit(Column::Exit) | bit(Column::Change24h) | bit(Column::Volume24h) | bit(Column::Funding);
// Greyed with the last prices (the entry and exit rates go with the books).
constexpr quint32 LastStaleColumns = bit(Column::KoreaPrice) | bit(Column::ForeignPrice) | bit(Column::Premium)
    | bit(Column::Change24h) | bit(Column::Volume24h) | bit(Column::Funding) | bit(Column::Sparkline);
constexpr quint32 BookStaleColumns = bit(Column::Entry) | bit(Column::Exit);
// Of those, the ones that are one venue's own values: greyed only when that venue's price is old,
// so that a failing perp venue does not make the live Korean price look dead.
constexpr quint32 KoreanColumns = bit(Column::KoreaPrice) | bit(Column::Change24h) | bit(Column::Volume24h);
constexpr quint32 PerpColumns = bit(Column::ForeignPrice) | bit(Column::Funding);

// Points of the sparkline closer than this are one point (the latest wins): an hour is 360 points
// whatever the update rate.
constexpr qint64 SparklineStepMs = 10'000;

const Decimal Hundred = Decimal::fromInteger(100);

template<typename T> quint32 differs(const T &a, const T &b, quint32 columns)
{
    return a == b ? 0 : columns;
}

std::optional<Decimal> volumeKrw(const CoinPremium &premium)
{
    if (!premium.koreaPrice || !premium.koreaVolume24h)
        return std::nullopt;
    return *premium.koreaPrice * *premium.koreaVolume24h;
}

// The coin's wallet over every network; nullopt when the venue said nothing.
std::optional<Wallet> walletState(const std::optional<CoinStatus> &status, const std::optional<CoinPremium> &premium)
{
    int open = 0;
    int closed = 0;
    const auto count = [&](bool isOpen) {
        ++(isOpen ? open : closed);
    };
    if (status && !status->networks.isEmpty()) {
        for (const NetworkWallet &network : status->networks) {
            count(network.depositOpen);
            count(network.withdrawalOpen);
        }
    } else if (premium) {
        if (premium->depositOpen)
            count(*premium->depositOpen);
        if (premium->withdrawalOpen)
            count(*premium->withdrawalOpen);
    }
    if (open + closed == 0)
        return std::nullopt;
    if (closed == 0)
        return Wallet::Open;
    return open == 0 ? Wallet::Suspended : Wallet::Partial;
}

std::optional<bool> cautionOf(const std::optional<CoinStatus> &status, const std::optional<CoinPremium> &premium)
{
    if (status && status->caution)
        return status->caution;
    return premium ? premium->caution : std::nullopt;
}

// Whether a stale premium's Korean (or perp) price is missing or older than the feed's staleness
// policy allowed when the premium was computed.
bool sideStale(const CoinPremium &premium, FeedRole role)
{
    const bool korea = role == FeedRole::KoreanSpot;
    const std::optional<Decimal> &price = korea ? premium.koreaPrice : premium.foreignPrice;
    const qint64 receivedAtMs = korea ? premium.koreaReceivedAtMs : premium.foreignReceivedAtMs;
    return premium.stale && (!price || StalenessPolicy().isStale(role, premium.observedAtMs - receivedAtMs));
}

QString fixedNumber(const Decimal &value, int minimumPlaces)
{
    return PriceFormat::grouped(value, std::max(minimumPlaces, value.normalized().scale()));
}

QString percentOfRatio(const Decimal &ratio, int places)
{
    return MarketTableModel::tr("%1 %").arg(PriceFormat::signedNumber(ratio * Hundred, places));
}

QString timeUntil(qint64 ms)
{
    if (ms <= 0)
        return MarketTableModel::tr("now");
    const qint64 minutes = (ms + 59'999) / 60'000;
    if (minutes < 60)
        //: Time to the next funding: minutes
        return MarketTableModel::tr("%1m").arg(minutes);
    //: Time to the next funding: hours and minutes
    return MarketTableModel::tr("%1h %2m").arg(minutes / 60).arg(minutes % 60);
}

QString fundingText(const Decimal &rate, std::optional<qint64> msToNext)
{
    const QString percent = percentOfRatio(rate, 4);
    if (!msToNext)
        return percent;
    //: Funding rate and the time to the next funding, e.g. +0.0100 % · 3h 12m
    return MarketTableModel::tr("%1 · %2").arg(percent, timeUntil(*msToNext));
}

QString openText(bool open)
{
    return open ? MarketTableModel::tr("open") : MarketTableModel::tr("suspended");
}

// Korean convention: red for up, blue for down.
const QColor WarmColor(0xd9, 0x48, 0x0f);
const QColor CoolColor(0x1c, 0x7e, 0xd6);

} // namespace

MarketTableModel::MarketTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_monotonic.start();
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &MarketTableModel::flush);
}

void MarketTableModel::setCoins(const QStringList &coins)
{
    const QSet<QString> wanted(coins.cbegin(), coins.cend());
    // Gone coins leave in contiguous runs, last run first, so the rows before stay valid.
    for (int last = static_cast<int>(m_coins.size()) - 1; last >= 0;) {
        if (wanted.contains(m_coins.at(last))) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !wanted.contains(m_coins.at(first - 1)))
            --first;
        beginRemoveRows(QModelIndex(), first, last);
        for (int row = first; row <= last; ++row) {
            m_dirty.remove(m_coins.at(row));
            m_flashing.remove(m_coins.at(row));
        }
        m_coins.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }
    m_rowOf.clear();
    for (int row = 0; row < m_coins.size(); ++row)
        m_rowOf.insert(m_coins.at(row), row);

    QStringList added;
    for (const QString &coin : coins) {
        if (!m_rowOf.contains(coin) && !added.contains(coin))
            added.append(coin);
    }
    if (added.isEmpty())
        return;
    const int first = static_cast<int>(m_coins.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(added.size()) - 1);
    for (const QString &coin : added) {
        m_rowOf.insert(coin, static_cast<int>(m_coins.size()));
        m_coins.append(coin);
    }
    endInsertRows();
}

void MarketTableModel::setInstruments(const InstrumentSet &korea)
{
    for (const Instrument &instrument : korea.all()) {
        CoinData &entry = m_entries[instrument.coin];
        if (entry.englishName == instrument.englishName && entry.koreanName == instrument.koreanName)
            continue;
        entry.englishName = instrument.englishName;
        entry.koreanName = instrument.koreanName;
        markDirty(instrument.coin, bit(Column::Coin), false);
    }
}

void MarketTableModel::updatePremiums(const QList<CoinPremium> &premiums)
{
    for (const CoinPremium &premium : premiums) {
        CoinData &entry = m_entries[premium.coin];
        quint32 changed = changedColumns(entry.premium, premium);
        if (appendSparkline(entry, premium))
            changed |= bit(Column::Sparkline);
        // A first value is no change to point at.
        const bool flash = entry.premium.has_value();
        entry.premium = premium;
        markDirty(premium.coin, changed, flash);
    }
}

void MarketTableModel::updateStatuses(const QList<CoinStatus> &statuses)
{
    for (const CoinStatus &status : statuses) {
        CoinData &entry = m_entries[status.coin];
        const quint32 changed = changedColumns(entry.status, status);
        entry.status = status;
        markDirty(status.coin, changed, false);
    }
}

quint32 MarketTableModel::changedColumns(const std::optional<CoinPremium> &before, const CoinPremium &after)
{
    if (!before)
        return AllColumns & ~(bit(Column::Coin) | bit(Column::Favourite));
    const CoinPremium &b = *before;
    quint32 changed = 0;
    changed |= differs(b.koreaPrice, after.koreaPrice, bit(Column::KoreaPrice) | bit(Column::Volume24h));
    changed |= differs(b.foreignPrice, after.foreignPrice, bit(Column::ForeignPrice));
    changed |= differs(b.rate, after.rate, bit(Column::Premium));
    changed |= differs(b.entryRate, after.entryRate, bit(Column::Entry));
    changed |= differs(b.exitRate, after.exitRate, bit(Column::Exit));
    changed |= differs(b.koreaChange24hRatio, after.koreaChange24hRatio, bit(Column::Change24h));
    changed |= differs(b.koreaVolume24h, after.koreaVolume24h, bit(Column::Volume24h));
    changed |= differs(b.fundingRate, after.fundingRate, bit(Column::Funding));
    changed |= differs(b.nextFundingTimeMs, after.nextFundingTimeMs, bit(Column::Funding));
    changed |= differs(b.depositOpen, after.depositOpen, bit(Column::Wallet));
    changed |= differs(b.withdrawalOpen, after.withdrawalOpen, bit(Column::Wallet));
    changed |= differs(b.caution, after.caution, bit(Column::Caution));
    changed |= differs(b.stale, after.stale, LastStaleColumns);
    changed |= differs(sideStale(b, FeedRole::KoreanSpot), sideStale(after, FeedRole::KoreanSpot), KoreanColumns);
    changed |= differs(sideStale(b, FeedRole::ForeignPerp), sideStale(after, FeedRole::ForeignPerp), PerpColumns);
    changed |= differs(b.bookStale, after.bookStale, BookStaleColumns);
    return changed;
}

quint32 MarketTableModel::changedColumns(const std::optional<CoinStatus> &before, const CoinStatus &after)
{
    if (!before)
        return bit(Column::Wallet) | bit(Column::Caution);
    quint32 changed = 0;
    const auto sameNetworks = [](const QList<NetworkWallet> &a, const QList<NetworkWallet> &b) {
        return std::equal(
            a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const NetworkWallet &x, const NetworkWallet &y) {
                return x.network == y.network && x.depositOpen == y.depositOpen && x.withdrawalOpen == y.withdrawalOpen;
            });
    };
    if (!sameNetworks(before->networks, after.networks))
        changed |= bit(Column::Wallet);
    changed |= differs(before->caution, after.caution, bit(Column::Caution));
    changed |= differs(before->cautionReasons, after.cautionReasons, bit(Column::Caution));
    return changed;
}

bool MarketTableModel::appendSparkline(CoinData &entry, const CoinPremium &premium)
{
    const std::optional<Decimal> &rate = premium.preciseRate ? premium.preciseRate : premium.rate;
    if (!rate || premium.observedAtMs <= 0)
        return false;
    const QPointF point(static_cast<double>(premium.observedAtMs), rate->toDouble());
    QList<QPointF> &line = entry.sparkline;
    bool changed = true;
    if (!line.isEmpty()
        && premium.observedAtMs / SparklineStepMs == static_cast<qint64>(line.last().x()) / SparklineStepMs) {
        changed = line.last().y() != point.y();
        line.last() = point;
    } else {
        line.append(point);
    }
    const double oldest = static_cast<double>(premium.observedAtMs - SparklineSpanMs);
    const auto firstKept = std::find_if(line.cbegin(), line.cend(), [&](const QPointF &p) { return p.x() >= oldest; });
    if (firstKept != line.cbegin())
        line.erase(line.cbegin(), firstKept);
    return changed;
}

void MarketTableModel::markDirty(const QString &coin, quint32 columns, bool flash)
{
    if (columns == 0 || !m_rowOf.contains(coin))
        return;
    Dirty &dirty = m_dirty[coin];
    dirty.columns |= columns;
    if (flash && m_flashMs > 0)
        dirty.flash |= columns & FlashingColumns;
    scheduleFlush();
}

void MarketTableModel::scheduleFlush()
{
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void MarketTableModel::flush()
{
    m_flushTimer.stop();
    const qint64 now = m_monotonic.elapsed();

    // The countdown to funding moves on its own, once a minute.
    const qint64 minute = m_now() / 60'000;
    if (minute != m_fundingMinute) {
        m_fundingMinute = minute;
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
            if (it->premium && it->premium->nextFundingTimeMs > 0 && m_rowOf.contains(it.key()))
                m_dirty[it.key()].columns |= bit(Column::Funding);
        }
    }

    QList<std::pair<int, quint32>> rows;
    rows.reserve(m_dirty.size() + m_flashing.size());
    for (auto it = m_dirty.cbegin(); it != m_dirty.cend(); ++it) {
        if (it->flash != 0) {
            CoinData &entry = m_entries[it.key()];
            for (int column = 0; column < ColumnCount; ++column) {
                if (it->flash & bit(column))
                    entry.flashUntil[column] = now + m_flashMs;
            }
            m_flashing.insert(it.key());
        }
        rows.append({ m_rowOf.value(it.key()), it->columns });
    }
    m_dirty.clear();

    // Highlights that ran out are repainted once, in the same blocks as the changes.
    for (auto it = m_flashing.begin(); it != m_flashing.end();) {
        CoinData &entry = m_entries[*it];
        quint32 expired = 0;
        bool stillOn = false;
        for (int column = 0; column < ColumnCount; ++column) {
            qint64 &until = entry.flashUntil[column];
            if (until == 0)
                continue;
            if (until <= now) {
                until = 0;
                expired |= bit(column);
            } else {
                stillOn = true;
            }
        }
        if (expired != 0)
            rows.append({ m_rowOf.value(*it), expired });
        it = stillOn ? std::next(it) : m_flashing.erase(it);
    }

    if (!rows.isEmpty()) {
        std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        qsizetype i = 0;
        while (i < rows.size()) {
            const int first = rows.at(i).first;
            int last = first;
            quint32 columns = 0;
            while (i < rows.size() && rows.at(i).first <= last + 1) {
                last = rows.at(i).first;
                columns |= rows.at(i).second;
                ++i;
            }
            const int left = std::countr_zero(columns);
            const int right = 31 - std::countl_zero(columns);
            Q_EMIT dataChanged(index(first, left), index(last, right));
        }
        Q_EMIT flushed();
    }
    if (!m_flashing.isEmpty())
        scheduleFlush();
}

void MarketTableModel::setFavourite(const QString &coin, bool favourite)
{
    if (favourite == m_favourites.contains(coin))
        return;
    if (favourite)
        m_favourites.insert(coin);
    else
        m_favourites.remove(coin);
    emitFavouriteChange(coin);
}

QStringList MarketTableModel::favourites() const
{
    QStringList coins(m_favourites.cbegin(), m_favourites.cend());
    coins.sort();
    return coins;
}

void MarketTableModel::setFavourites(const QStringList &coins)
{
    const QSet<QString> wanted(coins.cbegin(), coins.cend());
    if (wanted == m_favourites)
        return;
    const QSet<QString> changed = (wanted - m_favourites) + (m_favourites - wanted);
    m_favourites = wanted;
    for (const QString &coin : changed) {
        const int row = rowOf(coin);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, Column::Favourite), index(row, Column::Favourite));
    }
    Q_EMIT favouritesChanged(favourites());
}

void MarketTableModel::emitFavouriteChange(const QString &coin)
{
    // The user's own click: shown at once, not at the next flush.
    const int row = rowOf(coin);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, Column::Favourite), index(row, Column::Favourite));
    Q_EMIT favouritesChanged(favourites());
}

void MarketTableModel::setPremiumBands(const PremiumBands &bands)
{
    if (bands == m_bands)
        return;
    m_bands = bands;
    if (!m_coins.isEmpty())
        Q_EMIT dataChanged(index(0, Column::Premium), index(rowCount() - 1, Column::Exit), { Qt::ForegroundRole });
}

void MarketTableModel::setFlashDuration(int ms)
{
    m_flashMs = std::max(0, ms);
}

QString MarketTableModel::coinAt(int row) const
{
    return row >= 0 && row < m_coins.size() ? m_coins.at(row) : QString();
}

int MarketTableModel::rowOf(const QString &coin) const
{
    return m_rowOf.value(coin, -1);
}

void MarketTableModel::setClock(std::function<qint64()> nowMs)
{
    m_now = std::move(nowMs);
}

int MarketTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_coins.size());
}

int MarketTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MarketTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &coin = m_coins.at(index.row());
    static const CoinData empty;
    const auto found = m_entries.constFind(coin);
    const CoinData &entry = found == m_entries.cend() ? empty : *found;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(coin, entry, column);
    case Qt::ToolTipRole:
        return toolTip(coin, entry, column);
    case Qt::ForegroundRole:
        return foreground(entry, column);
    case Qt::BackgroundRole:
        if (entry.flashUntil[column] > m_monotonic.elapsed())
            return QBrush(QApplication::palette().color(QPalette::Highlight).lighter(170));
        return {};
    case Qt::DecorationRole:
        return decoration(coin, entry, column);
    case Qt::TextAlignmentRole:
        return column == Column::Coin ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
        return sortValue(coin, entry, column);
    case CoinRole:
        return coin;
    case EnglishNameRole:
        return entry.englishName;
    case KoreanNameRole:
        return entry.koreanName;
    case FavouriteRole:
        return m_favourites.contains(coin);
    case WalletSuspendedRole: {
        const auto wallet = walletState(entry.status, entry.premium);
        return wallet && *wallet != Wallet::Open;
    }
    case CautionRole:
        return cautionOf(entry.status, entry.premium).value_or(false);
    case StaleRole:
        return isStale(entry, column);
    case SparklineRole:
        return QVariant::fromValue(entry.sparkline);
    default:
        return {};
    }
}

QVariant MarketTableModel::display(const QString &coin, const CoinData &entry, int column) const
{
    if (column == Column::Coin)
        return entry.koreanName.isEmpty() ? coin : coin + u' ' + entry.koreanName;
    if (!entry.premium)
        return {};
    const CoinPremium &p = *entry.premium;
    switch (column) {
    case Column::KoreaPrice:
        return p.koreaPrice ? fixedNumber(*p.koreaPrice, 0) : QVariant();
    case Column::ForeignPrice:
        return p.foreignPrice ? fixedNumber(*p.foreignPrice, 2) : QVariant();
    case Column::Premium:
        return p.rate ? PriceFormat::percent(*p.rate) : QVariant();
    case Column::Entry:
        return p.entryRate ? PriceFormat::percent(*p.entryRate) : QVariant();
    case Column::Exit:
        return p.exitRate ? PriceFormat::percent(*p.exitRate) : QVariant();
    case Column::Change24h:
        return p.koreaChange24hRatio ? percentOfRatio(*p.koreaChange24hRatio, 2) : QVariant();
    case Column::Volume24h: {
        const auto volume = volumeKrw(p);
        return volume ? VolumeFormat::krw(*volume) : QVariant();
    }
    case Column::Funding: {
        if (!p.fundingRate)
            return {};
        return fundingText(*p.fundingRate,
                           p.nextFundingTimeMs > 0 ? std::optional(p.nextFundingTimeMs - m_now()) : std::nullopt);
    }
    default:
        return {};
    }
}

QVariant MarketTableModel::sortValue(const QString &coin, const CoinData &entry, int column) const
{
    const auto decimal = [](const std::optional<Decimal> &value) {
        return value ? QVariant::fromValue(*value) : QVariant();
    };
    switch (column) {
    case Column::Coin:
        return coin;
    case Column::Favourite:
        return m_favourites.contains(coin);
    case Column::Wallet: {
        // Suspended first when ascending: that is what one sorts this column for.
        const auto wallet = walletState(entry.status, entry.premium);
        return wallet ? QVariant(-static_cast<int>(*wallet)) : QVariant();
    }
    case Column::Caution: {
        const auto caution = cautionOf(entry.status, entry.premium);
        return caution ? QVariant(!*caution) : QVariant();
    }
    default:
        break;
    }
    if (!entry.premium)
        return {};
    const CoinPremium &p = *entry.premium;
    switch (column) {
    case Column::KoreaPrice:
        return decimal(p.koreaPrice);
    case Column::ForeignPrice:
        return decimal(p.foreignPrice);
    case Column::Premium:
    case Column::Sparkline:
        return decimal(p.rate);
    case Column::Entry:
        return decimal(p.entryRate);
    case Column::Exit:
        return decimal(p.exitRate);
    case Column::Change24h:
        return decimal(p.koreaChange24hRatio);
    case Column::Volume24h:
        return decimal(volumeKrw(p));
    case Column::Funding:
        return decimal(p.fundingRate);
    default:
        return {};
    }
}

QVariant MarketTableModel::toolTip(const QString &coin, const CoinData &entry, int column) const
{
    switch (column) {
    case Column::Coin: {
        QStringList names;
        for (const QString &name : { entry.englishName, entry.koreanName }) {
            if (!name.isEmpty())
                names.append(name);
        }
        return names.isEmpty() ? coin : tr("%1: %2").arg(coin, names.join(QStringLiteral(" / ")));
    }
    case Column::Wallet: {
        QStringList lines;
        if (entry.status && !entry.status->networks.isEmpty()) {
            for (const NetworkWallet &network : entry.status->networks) {
                const QString name = network.network.isEmpty() ? tr("All networks") : network.network;
                //: Wallet tooltip line: network, deposit state, withdrawal state
                lines.append(tr("%1: deposit %2, withdrawal %3")
                                 .arg(name, openText(network.depositOpen), openText(network.withdrawalOpen)));
            }
        } else if (entry.premium && (entry.premium->depositOpen || entry.premium->withdrawalOpen)) {
            const CoinPremium &p = *entry.premium;
            const QString unknown = tr("unknown");
            lines.append(tr("%1: deposit %2, withdrawal %3")
                             .arg(tr("All networks"), p.depositOpen ? openText(*p.depositOpen) : unknown,
                                  p.withdrawalOpen ? openText(*p.withdrawalOpen) : unknown));
        }
        return lines.isEmpty() ? tr("No wallet information from the venue") : lines.join(u'\n');
    }
    case Column::Caution: {
        const auto caution = cautionOf(entry.status, entry.premium);
        if (!caution || !*caution)
            return {};
        const QStringList reasons = entry.status ? entry.status->cautionReasons : QStringList();
        return reasons.isEmpty()
            ? tr("Caution (유의) designated by the venue")
            : tr("Caution (유의) designated by the venue: %1").arg(reasons.join(QStringLiteral(", ")));
    }
    case Column::Favourite:
        return m_favourites.contains(coin) ? tr("Favourite (Space to remove)") : tr("Not a favourite (Space to add)");
    case Column::Funding:
        if (entry.premium && entry.premium->nextFundingTimeMs > 0) {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(entry.premium->nextFundingTimeMs);
            return tr("Next funding at %1").arg(QLocale().toString(at, QLocale::ShortFormat));
        }
        return {};
    default:
        break;
    }
    if (isStale(entry, column))
        return tr("Not fresh: the last value received is shown");
    return {};
}

bool MarketTableModel::isStale(const CoinData &entry, int column) const
{
    if (!entry.premium)
        return false;
    if (KoreanColumns & bit(column))
        return sideStale(*entry.premium, FeedRole::KoreanSpot);
    if (PerpColumns & bit(column))
        return sideStale(*entry.premium, FeedRole::ForeignPerp);
    if (LastStaleColumns & bit(column))
        return entry.premium->stale;
    if (BookStaleColumns & bit(column))
        return entry.premium->bookStale;
    return false;
}

QVariant MarketTableModel::foreground(const CoinData &entry, int column) const
{
    if (isStale(entry, column))
        return QBrush(TextColors::muted(QApplication::palette(), QPalette::Text));
    if (!entry.premium)
        return {};
    std::optional<Decimal> rate;
    if (column == Column::Premium)
        rate = entry.premium->rate;
    else if (column == Column::Entry)
        rate = entry.premium->entryRate;
    else if (column == Column::Exit)
        rate = entry.premium->exitRate;
    if (!rate)
        return {};
    switch (m_bands.bandOf(*rate)) {
    case PremiumBands::Band::Warm:
        return QBrush(WarmColor);
    case PremiumBands::Band::Cool:
        return QBrush(CoolColor);
    case PremiumBands::Band::Neutral:
        break;
    }
    return {};
}

QVariant MarketTableModel::decoration(const QString &coin, const CoinData &entry, int column) const
{
    switch (column) {
    case Column::Wallet: {
        const auto wallet = walletState(entry.status, entry.premium);
        return wallet ? QVariant(m_icons.wallet(*wallet)) : QVariant();
    }
    case Column::Caution:
        return cautionOf(entry.status, entry.premium).value_or(false) ? QVariant(m_icons.caution()) : QVariant();
    case Column::Favourite:
        return m_icons.star(m_favourites.contains(coin));
    default:
        return {};
    }
}

QString MarketTableModel::typicalWideText(int column)
{
    const auto decimal = [](const char *text) {
        return *Decimal::fromString(QString::fromLatin1(text));
    };
    switch (column) {
    case Column::Coin:
        return QStringLiteral("XRP 엑스알피 [리플]");
    case Column::KoreaPrice:
        return fixedNumber(decimal("143250000"), 0);
    case Column::ForeignPrice:
        return fixedNumber(decimal("0.000013952"), 2);
    case Column::Premium:
    case Column::Entry:
    case Column::Exit:
        return PriceFormat::percent(decimal("-12.34"));
    case Column::Change24h:
        return percentOfRatio(decimal("-0.1234"), 2);
    case Column::Volume24h:
        return VolumeFormat::krw(decimal("1234567890123"));
    case Column::Funding:
        return fundingText(decimal("-0.000125"), (7 * 60 + 59) * 60'000);
    default:
        return {};
    }
}

QVariant MarketTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Column::Coin:
            return tr("Coin");
        case Column::KoreaPrice:
            return tr("Korea (₩)");
        case Column::ForeignPrice:
            return tr("Perp (USDT)");
        case Column::Premium:
            return tr("Premium");
        case Column::Entry:
            return tr("Entry");
        case Column::Exit:
            return tr("Exit");
        case Column::Change24h:
            return tr("24h");
        case Column::Volume24h:
            return tr("Volume 24h");
        case Column::Funding:
            return tr("Funding");
        case Column::Wallet:
            return tr("Wallet");
        case Column::Caution:
            return tr("Caution");
        case Column::Favourite:
            return tr("★");
        case Column::Sparkline:
            return tr("1h");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Column::Premium:
            return tr("Premium of the last prices on the chosen basis");
        case Column::Entry:
            return tr("Entry premium: Korean best ask against the perpetual's best bid");
        case Column::Exit:
            return tr("Exit premium: Korean best bid against the perpetual's best ask");
        case Column::Change24h:
            return tr("Change of the Korean price over 24 hours");
        case Column::Volume24h:
            return tr("Korean 24 hour volume in won");
        case Column::Funding:
            return tr("Funding rate of the perpetual and the time to the next funding");
        case Column::Sparkline:
            return tr("Premium over the last hour");
        default:
            return {};
        }
    }
    return {};
}

bool MarketTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Column::Favourite
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    setFavourite(coinAt(index.row()), value.toBool());
    return true;
}
