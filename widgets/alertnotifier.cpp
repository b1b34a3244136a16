#include "alertnotifier.h"

#include "alerttext.h"

#include <QSystemTrayIcon>

AlertNotifier::AlertNotifier(QSystemTrayIcon *tray, QObject *parent)
    : QObject(parent)
    , m_tray(tray)
{
}

void AlertNotifier::onAlert(const AlertEvent &event)
{
    if (!event.notify || event.kind != AlertEvent::Kind::Fired)
        return;
    const QString title = AlertText::ruleName(event.rule);
    const QString message = AlertText::message(event);
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, message, QSystemTrayIcon::Warning);
    Q_EMIT notified(title, message);
}
