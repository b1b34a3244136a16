#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>

class PositionBook;
class RedisClient;

// The PnL of this instance's open positions, cached in Redis while it has any (SPEC section 6,
// the seed's `pnl:*`): one hash per open position with live prices,
//
//   pnl:{instance}:{position id}   hash symbol, quantity, korea_venue, foreign_venue,
//                                  entry_premium, exit_premium, korea_leg, foreign_leg, funding,
//                                  fx_rate, foreign_leg_krw, fees_krw, net, timestamp,
//                                  observed_at, instance                                   30 s
//
// KRW amounts (korea_leg, foreign_leg_krw, fees_krw, net) and USDT ones (foreign_leg, funding)
// carry the book's own decimals. Written when the book re-values or changes its positions, at
// most once per interval; the hash of a position that closes or goes is deleted, and those of
// an instance that dies expire like its share of `position:open:count`. The instance is in the
// key because instances with their own databases number their positions independently.
class PositionPnlCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PositionPnlCache)

public:
    static constexpr int TtlMs = 30'000;
    static constexpr int DefaultIntervalMs = 1'000;

    PositionPnlCache(RedisClient *client, QString instanceId, PositionBook *book, QObject *parent = nullptr,
                     int intervalMs = DefaultIntervalMs);

    static QByteArray key(const QString &instanceId, qint64 positionId);

private:
    void schedule();
    void write();

    RedisClient *m_client;
    QString m_instanceId;
    QPointer<PositionBook> m_book;
    QTimer m_interval;
    bool m_pending = false;
    QSet<qint64> m_written;
};
