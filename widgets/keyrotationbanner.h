#pragma once

#include "secrets/rotationpolicy.h"

#include <QFrame>
#include <QPointer>
#include <QTimer>

class QLabel;
class QPushButton;
class SecretStore;

// The rotation reminder of the seed (5.4) in the window: from day 85 a warning, from day 90 a
// request to replace the key now, each with a button that opens the key for replacement. Shows
// the most urgent key; hidden while every key is fresh.
class KeyRotationBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyRotationBanner)

public:
    explicit KeyRotationBanner(QWidget *parent = nullptr);

    // Watches `store`: checks again whenever a key changes, and every hour.
    void setStore(const SecretStore *store);
    // Looks at every stored key's creation date as of `now`.
    void refresh(const QDateTime &now);
    QString text() const;
    const QString &keyId() const { return m_id; }

Q_SIGNALS:
    void rotateRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QPointer<const SecretStore> m_store;
    QLabel *m_text;
    QPushButton *m_rotate;
    QTimer m_hourly;
    QString m_id;
    RotationPolicy::Stage m_stage = RotationPolicy::Stage::Fresh;
    int m_ageDays = 0;
};
