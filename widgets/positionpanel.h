#pragma once

#include "positionmarker.h"
#include "positiontablemodel.h"

#include "positions/positionvenues.h"

#include <QPointer>
#include <QWidget>

class AppSettings;
class PositionCloseDialog;
class PositionEntryDialog;
class PositionSortProxy;
class PositionStore;
class QAction;
class QComboBox;
class QLabel;
class QMessageBox;
class QTableView;

// The positions view: what opening and closing cost now (entry and exit premiums at the best
// bid and ask), the table with live PnL and a totals row, and the actions on it (new, close,
// delete, export). Changes go through the PositionStore; the table follows the book, which
// changes once the database has committed.
class PositionPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PositionPanel)

public:
    PositionPanel(PositionBook *book, AppSettings *settings, QWidget *parent = nullptr);
    ~PositionPanel() override;

    // Where changes are stored; without one the panel is read-only.
    void setStore(PositionStore *store);
    // The coin and venue pair whose live prices prefill the new position form and fill the
    // header, and whose positions the chart marks.
    void setSymbol(const QString &symbol);
    void setPair(const VenuePair &pair);
    // The coins the form's coin field completes to (the ones the market engine follows).
    void setCoins(const QStringList &coins);
    // The venues the form offers: PositionVenues::standard() until set.
    void setVenues(const PositionVenues &venues);

    PositionTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QAction *newAction() const { return m_newAction; }
    QAction *closeAction() const { return m_closeAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *exportAction() const { return m_exportAction; }

    // Each opens its dialog without blocking and returns it (deleted when closed).
    PositionEntryDialog *newPosition();
    PositionCloseDialog *closeSelected();
    QMessageBox *deleteSelected();
    // Writes the positions shown (the filter applies) as CSV; false with `error` otherwise.
    bool exportCsv(const QString &path, QString *error) const;

    qint64 selectedId() const;
    void selectPosition(qint64 id);

    // What the premium chart should mark for the book's positions of the panel's symbol.
    PositionMarkers chartMarkers() const;

Q_SIGNALS:
    void chartMarkersChanged(const PositionMarkers &markers);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void updateHeader();
    void updateActions();
    void showStorageError(const QString &text, const QString &detail);
    void chooseExportFile();

    QPointer<PositionBook> m_book;
    AppSettings *m_settings;
    QPointer<PositionStore> m_store;
    QString m_symbol;
    VenuePair m_pair;
    QStringList m_coins;
    PositionVenues m_venues;
    PositionTableModel *m_model;
    PositionSortProxy *m_proxy;
    QTableView *m_view;
    QComboBox *m_filter;
    QLabel *m_premiums;
    QLabel *m_status;
    QAction *m_newAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_exportAction = nullptr;
    QList<QMetaObject::Connection> m_storeConnections;
};
