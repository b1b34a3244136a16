#pragma once

#include "premium/venuepair.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class PremiumMatrix;
class QLabel;
class QGridLayout;
class QToolButton;

// The selected coin's premium on every venue pair: a row per Korean venue, a column per perpetual
// venue. The pair the window follows is framed and bold; a premium from an old or missing input is
// greyed (and says why in its tooltip); a pair where a venue does not list the coin shows a dash.
// Clicking a cell chooses that pair.
class PremiumMatrixView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PremiumMatrixView)

public:
    explicit PremiumMatrixView(QWidget *parent = nullptr);

    // Follows `matrix` (owned by the feed); nullptr detaches and empties the cells.
    void setMatrix(PremiumMatrix *matrix);
    PremiumMatrix *matrix() const { return m_matrix; }

    // For tests and accessibility: what a cell shows.
    QToolButton *cell(const VenuePair &pair) const { return m_cells.value(pair.id()); }
    bool isStale(const VenuePair &pair) const;
    bool isActive(const VenuePair &pair) const;

Q_SIGNALS:
    void pairChosen(const VenuePair &pair);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void refresh();

    QPointer<PremiumMatrix> m_matrix;
    QGridLayout *m_grid;
    QLabel *m_title;
    QList<QLabel *> m_headers;
    QHash<QString, QToolButton *> m_cells; // by VenuePair::id()
    QStringList m_koreanVenues;
    QStringList m_foreignVenues;
};
