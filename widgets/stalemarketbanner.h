#pragma once

#include "premium/coinpremium.h"

#include <QFrame>

class QLabel;

// Above the market table when no row is live: every premium of the pair was computed from an input
// that stopped (a venue failing, the FX rate too old). Names the input that stopped and since when,
// so that greyed numbers are not read as a quiet market. Hidden while any row is fresh.
class StaleMarketBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaleMarketBanner)

public:
    explicit StaleMarketBanner(QWidget *parent = nullptr);

    // One period's premiums of the pair; an empty list hides the banner.
    void showPremiums(const QList<CoinPremium> &premiums);
    // Empty while hidden.
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Stopped
    {
        QString source; // a venue id or the FX source; empty when no single input stopped
        qint64 lastReceivedAtMs = 0;
    };

    void retranslate();

    QLabel *m_text;
    QList<Stopped> m_stopped; // empty while the banner is hidden
};
