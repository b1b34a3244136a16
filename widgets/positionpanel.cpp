#include "positionpanel.h"

#include "positionclosedialog.h"
#include "positionentrydialog.h"
#include "positionsortproxy.h"
#include "positiontext.h"
#include "priceformat.h"

#include "positions/positionexport.h"
#include "positions/positionstore.h"
#include "premium/premiumcalculator.h"
#include "settings/appsettings.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QSaveFile>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

PositionPanel::PositionPanel(PositionBook *book, AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_settings(settings)
    , m_symbol(QStringLiteral("BTC"))
    , m_venues(PositionVenues::standard())
    , m_model(new PositionTableModel(book, this))
    , m_proxy(new PositionSortProxy(this))
    , m_view(new QTableView)
    , m_filter(new QComboBox)
    , m_premiums(new QLabel)
    , m_status(new QLabel)
{
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("positionTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PositionTableModel::IdColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_premiums->setObjectName(QStringLiteral("livePremiums"));
    m_status->setObjectName(QStringLiteral("storageStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    m_filter->setObjectName(QStringLiteral("filter"));

    createActions();
    // The live premiums get a line of their own: beside the buttons they pushed the last ones out
    // of a window of ordinary width.
    m_premiums->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter);
    for (QAction *action : {m_newAction, m_closeAction, m_deleteAction, m_exportAction}) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        bar->addWidget(button);
    }
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_premiums);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_model->setFilter(static_cast<PositionTableModel::Filter>(m_filter->itemData(index).toInt()));
        updateActions();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PositionPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PositionPanel::updateActions);
    // Fitted when rows come, not on every tick: the columns would otherwise jitter as digits change.
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTableView::resizeColumnsToContents);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_view, &QTableView::resizeColumnsToContents);
    connect(m_model, &PositionTableModel::noteEditRequested, this, [this](qint64 id, const QString &note) {
        if (m_store)
            m_store->setNote(id, note);
    });
    connect(book, &PositionBook::valuationsUpdated, this, &PositionPanel::updateHeader);
    const auto markersMayHaveChanged = [this] { Q_EMIT chartMarkersChanged(chartMarkers()); };
    connect(book, &PositionBook::positionsReset, this, markersMayHaveChanged);
    connect(book, &PositionBook::positionAdded, this, markersMayHaveChanged);
    connect(book, &PositionBook::positionChanged, this, markersMayHaveChanged);
    connect(book, &PositionBook::positionRemoved, this, markersMayHaveChanged);
    // A new basis moves every entry premium; a price tick moves none.
    connect(book, &PositionBook::valuationsUpdated, this, [markersMayHaveChanged](bool openOnly) {
        if (!openOnly)
            markersMayHaveChanged();
    });
    connect(book, &PositionBook::positionChanged, this, &PositionPanel::updateActions);
    retranslate();
    updateActions();
}

PositionPanel::~PositionPanel() = default;

void PositionPanel::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setObjectName(QStringLiteral("newPosition"));
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &PositionPanel::newPosition);
    m_closeAction = new QAction(this);
    m_closeAction->setObjectName(QStringLiteral("closePosition"));
    connect(m_closeAction, &QAction::triggered, this, &PositionPanel::closeSelected);
    m_deleteAction = new QAction(this);
    m_deleteAction->setObjectName(QStringLiteral("deletePosition"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &PositionPanel::deleteSelected);
    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(QStringLiteral("exportPositions"));
    connect(m_exportAction, &QAction::triggered, this, &PositionPanel::chooseExportFile);
    addAction(m_deleteAction);
}

void PositionPanel::retranslate()
{
    m_newAction->setText(tr("&New position…"));
    m_closeAction->setText(tr("&Close position…"));
    m_deleteAction->setText(tr("&Delete position"));
    m_exportAction->setText(tr("&Export positions as CSV…"));
    const int current = m_filter->currentIndex();
    const QSignalBlocker blocker(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("All positions"), static_cast<int>(PositionTableModel::Filter::All));
    m_filter->addItem(tr("Open"), static_cast<int>(PositionTableModel::Filter::Open));
    m_filter->addItem(tr("Closed"), static_cast<int>(PositionTableModel::Filter::Closed));
    m_filter->setCurrentIndex(std::max(0, current));
    m_model->retranslate();
    updateHeader();
}

void PositionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PositionPanel::setStore(PositionStore *store)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_storeConnections))
        disconnect(connection);
    m_storeConnections.clear();
    m_store = store;
    if (store) {
        m_storeConnections << connect(store, &PositionStore::requestFailed, this, [this](quint64, const StorageError &error) {
            showStorageError(PositionText::storageText(error), error.describe());
        });
        m_storeConnections << connect(store, &PositionStore::loadFailed, this, [this](const StorageError &error) {
            showStorageError(PositionText::storageText(error), error.describe());
        });
        m_storeConnections << connect(store, &PositionStore::loaded, m_status, &QWidget::hide);
        m_storeConnections << connect(store, &PositionStore::requestDone, m_status, &QWidget::hide);
    }
    updateActions();
}

void PositionPanel::setSymbol(const QString &symbol)
{
    m_symbol = symbol.toUpper();
    updateHeader();
    Q_EMIT chartMarkersChanged(chartMarkers());
}

void PositionPanel::setPair(const VenuePair &pair)
{
    m_pair = pair;
    updateHeader();
    Q_EMIT chartMarkersChanged(chartMarkers());
}

void PositionPanel::setCoins(const QStringList &coins)
{
    m_coins = coins;
}

void PositionPanel::setVenues(const PositionVenues &venues)
{
    m_venues = venues;
}

PositionMarkers PositionPanel::chartMarkers() const
{
    PositionMarkers markers;
    if (!m_book)
        return markers;
    for (const Position &position : m_book->positions()) {
        const auto premium = m_book->valuation(position.id).entryPremium;
        if (position.symbol != m_symbol || position.pair() != m_pair || !premium)
            continue;
        markers.append(PositionMarker{position.id, premium->toDouble(), position.openedAtMs, position.isOpen() ? 0 : position.closedAtMs});
    }
    return markers;
}

void PositionPanel::showStorageError(const QString &text, const QString &detail)
{
    m_status->setText(tr("Positions: %1").arg(text));
    m_status->setToolTip(detail);
    m_status->show();
}

void PositionPanel::updateHeader()
{
    const PremiumBasis basis = m_book ? m_book->basis() : PremiumBasis::Seed;
    const auto premium = [&](const std::optional<LegPrices> &prices) -> std::optional<Decimal> {
        if (!prices)
            return std::nullopt;
        return PremiumCalculator::rate(prices->korea, prices->foreign, prices->fx, basis);
    };
    const auto entry = m_book ? premium(m_book->entryPrices(m_symbol, m_pair)) : std::nullopt;
    const auto exit = m_book ? premium(m_book->exitPrices(m_symbol, m_pair)) : std::nullopt;
    if (!entry || !exit) {
        m_premiums->setText(tr("%1: waiting for bid and ask prices…").arg(m_symbol));
        return;
    }
    m_premiums->setText(tr("%1 now: opening costs %2 (Korean ask, perpetual bid), closing gets %3 (Korean bid, perpetual ask)")
                            .arg(m_symbol, PriceFormat::percent(*entry), PriceFormat::percent(*exit)));
}

void PositionPanel::updateActions()
{
    const qint64 id = selectedId();
    const auto position = m_book && id ? m_book->position(id) : std::nullopt;
    const bool writable = !m_store.isNull();
    m_newAction->setEnabled(writable);
    m_closeAction->setEnabled(writable && position && position->isOpen());
    m_deleteAction->setEnabled(writable && position.has_value());
}

qint64 PositionPanel::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(PositionTableModel::PositionIdRole).toLongLong();
}

void PositionPanel::selectPosition(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_view->clearSelection();
        return;
    }
    m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
}

PositionEntryDialog *PositionPanel::newPosition()
{
    if (!m_store)
        return nullptr;
    auto *dialog = new PositionEntryDialog(m_symbol, m_settings->positionFees(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setVenues(m_venues);
    dialog->setPair(m_pair);
    dialog->setCoins(m_coins);
    dialog->setPriceLookup([book = m_book](const QString &coin, const VenuePair &pair) {
        return book ? book->entryPrices(coin, pair) : std::nullopt;
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto position = dialog->position(); position && m_store)
            m_store->open(*position);
    });
    dialog->open();
    return dialog;
}

PositionCloseDialog *PositionPanel::closeSelected()
{
    const auto position = m_book ? m_book->position(selectedId()) : std::nullopt;
    if (!m_store || !position || !position->isOpen())
        return nullptr;
    auto *dialog = new PositionCloseDialog(*position, m_book->valuation(position->id).fundingUsdt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLivePrices(m_book->exitPrices(position->symbol, position->pair()));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto closed = dialog->closedPosition(); closed && m_store)
            m_store->close(*closed);
    });
    dialog->open();
    return dialog;
}

QMessageBox *PositionPanel::deleteSelected()
{
    const auto position = m_book ? m_book->position(selectedId()) : std::nullopt;
    if (!m_store || !position)
        return nullptr;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete position"),
                                tr("Delete position %1 (%2 %3)? This cannot be undone.")
                                    .arg(position->id)
                                    .arg(PriceFormat::grouped(position->quantity, position->quantity.normalized().scale()), position->symbol),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = position->id;
    connect(box, &QMessageBox::finished, this, [this, id](int result) {
        if (result == QMessageBox::Yes && m_store)
            m_store->remove(id);
    });
    box->open();
    return box;
}

bool PositionPanel::exportCsv(const QString &path, QString *error) const
{
    QList<PositionExport::Row> rows;
    for (const qint64 id : m_model->positionIds()) {
        if (const auto position = m_book->position(id))
            rows.append({*position, m_book->valuation(id)});
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(PositionExport::csv(rows, m_book->basis())) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void PositionPanel::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export positions"), QStringLiteral("positions.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export positions"), tr("Could not write %1: %2").arg(path, error));
}
