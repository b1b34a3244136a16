#include "markettableview.h"

#include "centredicondelegate.h"
#include "favouritedelegate.h"
#include "markettablemodel.h"
#include "markettableproxy.h"
#include "sparklinedelegate.h"
#include "stalemarketbanner.h"

#include "premium/premiumbands.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSettings>
#include <QShortcut>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

using Column = MarketTableModel::Column;

const QString Group = QStringLiteral("marketTable");
const QString HeaderKey = QStringLiteral("header");
const QString SortColumnKey = QStringLiteral("sortColumn");
const QString SortOrderKey = QStringLiteral("sortOrder");
const QString FavouritesOnlyKey = QStringLiteral("favouritesOnly");
const QString WalletSuspendedOnlyKey = QStringLiteral("walletSuspendedOnly");
const QString CautionOnlyKey = QStringLiteral("cautionOnly");
const QString LiveSortKey = QStringLiteral("liveSort");
const QString FavouritesKey = QStringLiteral("favourites");

} // namespace

MarketTableView::MarketTableView(QWidget *parent)
    : QWidget(parent)
    , m_model(new MarketTableModel(this))
    , m_proxy(new MarketTableProxy(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_staleBanner(new StaleMarketBanner(this))
{
    m_proxy->setSourceModel(m_model);

    m_search->setObjectName(QStringLiteral("marketSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &MarketTableProxy::setSearchText);

    m_favouritesOnly = addToggle("favouritesOnly");
    connect(m_favouritesOnly, &QToolButton::toggled, m_proxy, &MarketTableProxy::setFavouritesOnly);
    m_walletSuspendedOnly = addToggle("walletSuspendedOnly");
    connect(m_walletSuspendedOnly, &QToolButton::toggled, m_proxy, &MarketTableProxy::setWalletSuspendedOnly);
    m_cautionOnly = addToggle("cautionOnly");
    connect(m_cautionOnly, &QToolButton::toggled, m_proxy, &MarketTableProxy::setCautionOnly);
    m_liveSort = addToggle("liveSort");
    connect(m_liveSort, &QToolButton::toggled, m_proxy, &MarketTableProxy::setLiveSort);

    m_table->setObjectName(QStringLiteral("marketTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setSortIndicatorClearable(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setItemDelegateForColumn(Column::Sparkline, new SparklineDelegate(m_table));
    m_table->setItemDelegateForColumn(Column::Favourite, new FavouriteDelegate(m_table));
    auto *icons = new CentredIconDelegate(m_table);
    m_table->setItemDelegateForColumn(Column::Wallet, icons);
    m_table->setItemDelegateForColumn(Column::Caution, icons);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // What the window's width leaves over goes to the sparkline (the last column unless moved).
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->installEventFilter(this);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_table, &QTableView::doubleClicked, this, [this] { activateCurrent(); });

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_search, 1);
    for (QToolButton *toggle : { m_favouritesOnly, m_walletSuspendedOnly, m_cautionOnly, m_liveSort })
        bar->addWidget(toggle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_staleBanner);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);
    retranslate();
}

QToolButton *MarketTableView::addToggle(const char *objectName)
{
    auto *button = new QToolButton(this);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setCheckable(true);
    button->setAutoRaise(true);
    return button;
}

void MarketTableView::retranslate()
{
    m_search->setPlaceholderText(tr("Search coin, name or 초성 (Ctrl+F)"));
    m_favouritesOnly->setText(tr("★ Favourites"));
    m_favouritesOnly->setToolTip(tr("Show favourite coins only"));
    m_walletSuspendedOnly->setText(tr("Wallet suspended"));
    m_walletSuspendedOnly->setToolTip(tr("Show coins with a suspended deposit or withdrawal only"));
    m_cautionOnly->setText(tr("Caution"));
    m_cautionOnly->setToolTip(tr("Show coins the venue flags with a caution only"));
    m_liveSort->setText(tr("Live sort"));
    m_liveSort->setToolTip(tr("Re-sort after every update; off, rows stay in place until you sort again"));
    if (!m_widthsRestored)
        applyDefaultWidths();
}

void MarketTableView::applyDefaultWidths()
{
    constexpr int SparklineWidth = 90;
    // Cell padding on both sides of the text, as the style draws it, and a little air.
    const int padding = 2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1) + 8;
    QHeaderView *header = m_table->horizontalHeader();
    // The style may give the header and the cells their own fonts: measure in those.
    m_table->ensurePolished();
    header->ensurePolished();
    for (int column = 0; column < MarketTableModel::ColumnCount; ++column) {
        const QString sample = MarketTableModel::typicalWideText(column);
        int width = column == Column::Sparkline ? SparklineWidth : 0;
        if (!sample.isEmpty())
            width = m_table->fontMetrics().horizontalAdvance(sample) + padding;
        // The header's own hint counts its sort arrow: no title is cut when the column is sorted.
        header->resizeSection(column, std::max(width, header->sectionSizeHint(column)));
    }
}

void MarketTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MarketTableView::setCoins(const QStringList &coins)
{
    // Another pair's rows: its staleness is no longer the table's.
    if (coins.isEmpty())
        m_staleBanner->showPremiums({});
    m_model->setCoins(coins);
}

void MarketTableView::setInstruments(const InstrumentSet &korea)
{
    m_model->setInstruments(korea);
}

void MarketTableView::setPremiums(const QList<CoinPremium> &premiums)
{
    m_model->updatePremiums(premiums);
    m_staleBanner->showPremiums(premiums);
}

void MarketTableView::setStatuses(const QList<CoinStatus> &statuses)
{
    m_model->updateStatuses(statuses);
}

QString MarketTableView::currentCoin() const
{
    return m_currentCoin;
}

void MarketTableView::selectCoin(const QString &coin)
{
    const int sourceRow = m_model->rowOf(coin);
    const QModelIndex index
        = sourceRow < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(sourceRow, Column::Coin));
    if (!index.isValid()) {
        m_table->selectionModel()->clear();
        return;
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void MarketTableView::onCurrentChanged(const QModelIndex &current)
{
    const QString coin = current.isValid() ? current.data(MarketTableModel::CoinRole).toString() : QString();
    if (coin == m_currentCoin)
        return;
    m_currentCoin = coin;
    Q_EMIT currentCoinChanged(coin);
}

void MarketTableView::toggleCurrentFavourite()
{
    if (!m_currentCoin.isEmpty())
        m_model->setFavourite(m_currentCoin, !m_model->isFavourite(m_currentCoin));
}

void MarketTableView::activateCurrent()
{
    if (!m_currentCoin.isEmpty())
        Q_EMIT coinActivated(m_currentCoin);
}

bool MarketTableView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search) {
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
        // From the search field straight into the results.
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            m_table->setFocus(Qt::OtherFocusReason);
            if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
                m_table->setCurrentIndex(m_proxy->index(0, Column::Coin));
            return true;
        }
    } else if (watched == m_table && key->modifiers() == Qt::NoModifier) {
        if (key->key() == Qt::Key_Space) {
            toggleCurrentFavourite();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            activateCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MarketTableView::saveState(QSettings &settings) const
{
    m_model->premiumBands().save(settings);
    settings.beginGroup(Group);
    settings.setValue(HeaderKey, m_table->horizontalHeader()->saveState());
    settings.setValue(SortColumnKey, m_proxy->sortColumn());
    settings.setValue(SortOrderKey,
                      m_proxy->sortOrder() == Qt::AscendingOrder ? QStringLiteral("ascending")
                                                                 : QStringLiteral("descending"));
    settings.setValue(FavouritesOnlyKey, m_favouritesOnly->isChecked());
    settings.setValue(WalletSuspendedOnlyKey, m_walletSuspendedOnly->isChecked());
    settings.setValue(CautionOnlyKey, m_cautionOnly->isChecked());
    settings.setValue(LiveSortKey, m_liveSort->isChecked());
    settings.setValue(FavouritesKey, m_model->favourites());
    settings.endGroup();
}

void MarketTableView::restoreState(QSettings &settings)
{
    m_model->setPremiumBands(PremiumBands::load(settings));
    settings.beginGroup(Group);
    m_model->setFavourites(settings.value(FavouritesKey).toStringList());
    // The user's own widths win over the defaults, in every language.
    m_widthsRestored = m_table->horizontalHeader()->restoreState(settings.value(HeaderKey).toByteArray());
    m_favouritesOnly->setChecked(settings.value(FavouritesOnlyKey, false).toBool());
    m_walletSuspendedOnly->setChecked(settings.value(WalletSuspendedOnlyKey, false).toBool());
    m_cautionOnly->setChecked(settings.value(CautionOnlyKey, false).toBool());
    m_liveSort->setChecked(settings.value(LiveSortKey, false).toBool());
    const int column = settings.value(SortColumnKey, -1).toInt();
    const Qt::SortOrder order = settings.value(SortOrderKey).toString() == QStringLiteral("descending")
        ? Qt::DescendingOrder
        : Qt::AscendingOrder;
    m_table->sortByColumn(column >= 0 && column < MarketTableModel::ColumnCount ? column : -1, order);
    settings.endGroup();
}
