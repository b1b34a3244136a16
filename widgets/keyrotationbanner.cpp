#include "keyrotationbanner.h"

#include "secrettext.h"

#include "secrets/rotationpolicy.h"
#include "secrets/secretstore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

KeyRotationBanner::KeyRotationBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_rotate(new QPushButton(this))
{
    setObjectName(QStringLiteral("keyRotationBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setWordWrap(true);
    m_rotate->setObjectName(QStringLiteral("rotateButton"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_rotate);
    connect(m_rotate, &QPushButton::clicked, this, [this] { Q_EMIT rotateRequested(m_id); });
    m_hourly.setInterval(3600 * 1000);
    connect(&m_hourly, &QTimer::timeout, this, [this] { refresh(QDateTime::currentDateTimeUtc()); });
    hide();
}

void KeyRotationBanner::setStore(const SecretStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    const auto check = [this] {
        refresh(QDateTime::currentDateTimeUtc());
    };
    connect(store, &SecretStore::backendChanged, this, check);
    connect(store, &SecretStore::writeFinished, this, check);
    connect(store, &SecretStore::removeFinished, this, check);
    m_hourly.start();
    check();
}

void KeyRotationBanner::refresh(const QDateTime &now)
{
    m_id.clear();
    m_stage = RotationPolicy::Stage::Fresh;
    m_ageDays = 0;
    const QStringList ids = m_store ? m_store->storedIds() : QStringList();
    for (const QString &id : ids) {
        const std::optional<QDateTime> created = m_store->createdAt(id);
        if (!created)
            continue;
        const RotationPolicy::Stage stage = RotationPolicy::stage(*created, now);
        const int days = RotationPolicy::ageDays(*created, now);
        // The most urgent stage first, then the oldest key within it.
        if (stage > m_stage || (stage == m_stage && stage != RotationPolicy::Stage::Fresh && days > m_ageDays)) {
            m_id = id;
            m_stage = stage;
            m_ageDays = days;
        }
    }
    retranslate();
    setVisible(m_stage != RotationPolicy::Stage::Fresh);
}

QString KeyRotationBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void KeyRotationBanner::retranslate()
{
    if (m_stage == RotationPolicy::Stage::Fresh)
        return;
    m_text->setText(SecretText::reminderText(m_id, m_stage, m_ageDays));
    m_rotate->setText(m_stage == RotationPolicy::Stage::Rotate ? tr("Rotate now…") : tr("Rotate…"));
    // Amber for the warning, red once the key is due.
    setStyleSheet(m_stage == RotationPolicy::Stage::Rotate
                      ? QStringLiteral("#keyRotationBanner { background: #f8d7da; }")
                      : QStringLiteral("#keyRotationBanner { background: #fff3cd; }"));
}

void KeyRotationBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}
