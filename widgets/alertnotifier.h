#pragma once

#include <QObject>

class QSystemTrayIcon;
struct AlertEvent;

// Desktop notifications through the system tray icon: one balloon per alert fire marked for
// notification (the engine has already left out muted rules, clears and repeats within the
// cooldown). Without a system tray (some desktops, the offscreen platform) nothing pops up, but
// `notified` still says what would have.
class AlertNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertNotifier)

public:
    explicit AlertNotifier(QSystemTrayIcon *tray, QObject *parent = nullptr);

public Q_SLOTS:
    void onAlert(const AlertEvent &event);

Q_SIGNALS:
    void notified(const QString &title, const QString &message);

private:
    QSystemTrayIcon *m_tray;
};
