#include "secretsdialog.h"

#include "secrettext.h"

#include "secrets/rotationpolicy.h"
#include "secrets/secretcatalog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

SecretsDialog::SecretsDialog(SecretStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_backend(new QLabel(this))
    , m_memoryOnly(new QPushButton(this))
    , m_table(new QTableWidget(static_cast<int>(SecretCatalog::ids().size()), ColumnCount, this))
    , m_replace(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("SecretsDialog"));
    m_backend->setObjectName(QStringLiteral("keychainBanner"));
    m_backend->setWordWrap(true);
    m_memoryOnly->setObjectName(QStringLiteral("memoryOnlyButton"));
    m_table->setObjectName(QStringLiteral("secretsTable"));
    m_replace->setObjectName(QStringLiteral("replaceButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_status->setObjectName(QStringLiteral("secretsStatus"));
    m_status->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // One line a key, each column as wide as its longest text: names and masked values must read
    // whole, and every key should be in view without scrolling.
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_replace);
    actions->addWidget(m_delete);
    actions->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_backend);
    layout->addWidget(m_memoryOnly, 0, Qt::AlignLeft);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(760, 420);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_memoryOnly, &QPushButton::clicked, m_store, &SecretStore::useMemoryOnly);
    connect(m_replace, &QPushButton::clicked, this, [this] { editKey(selectedId()); });
    connect(m_delete, &QPushButton::clicked, this, &SecretsDialog::askToDelete);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const QString id = selectedId();
        m_replace->setEnabled(!id.isEmpty());
        m_delete->setEnabled(!id.isEmpty() && m_masked.contains(id));
    });
    connect(m_store, &SecretStore::backendChanged, this, [this] {
        showBackend();
        reload();
    });
    connect(m_store, &SecretStore::readFinished, this, &SecretsDialog::onRead);
    connect(m_store, &SecretStore::writeFinished, this, &SecretsDialog::onWritten);
    connect(m_store, &SecretStore::removeFinished, this, &SecretsDialog::onRemoved);

    retranslate();
    reload();
    m_table->selectRow(0);
}

int SecretsDialog::rowOf(const QString &id) const
{
    return static_cast<int>(SecretCatalog::ids().indexOf(id));
}

QString SecretsDialog::selectedId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < SecretCatalog::ids().size() ? SecretCatalog::ids().at(row) : QString();
}

void SecretsDialog::selectKey(const QString &id)
{
    m_table->selectRow(rowOf(id));
}

void SecretsDialog::reload()
{
    m_masked.clear();
    for (int row = 0; row < m_table->rowCount(); ++row)
        fillRow(row);
    // Values are read only to show their masked form; they are not kept.
    for (const QString &id : m_store->storedIds())
        m_store->read(id);
}

void SecretsDialog::fillRow(int row)
{
    const QString id = SecretCatalog::ids().at(row);
    const auto cell = [this, row](int column, const QString &text) {
        auto *item = m_table->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            m_table->setItem(row, column, item);
        }
        item->setText(text);
    };
    cell(NameColumn, SecretText::name(id));
    const std::optional<QDateTime> created = m_store->createdAt(id);
    const bool stored = m_masked.contains(id) || created.has_value();
    cell(StoredColumn, m_masked.value(id, stored ? tr("stored") : tr("not set")));
    cell(CreatedColumn, created ? QLocale().toString(created->toLocalTime().date(), QLocale::ShortFormat) : QString());
    if (created) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const int days = RotationPolicy::ageDays(*created, now);
        const QString stage = SecretText::stageText(RotationPolicy::stage(*created, now), days);
        cell(RotationColumn, stage.isEmpty() ? tr("%n day(s) old", nullptr, days) : stage);
    } else {
        cell(RotationColumn, QString());
    }
}

void SecretsDialog::showBackend()
{
    const SecretStore::Backend backend = m_store->backend();
    m_backend->setText(SecretText::backendText(backend, m_store->backendProblem()));
    m_memoryOnly->setVisible(backend == SecretStore::Backend::Unavailable);
    const bool usable = backend == SecretStore::Backend::Keychain || backend == SecretStore::Backend::MemoryOnly;
    m_table->setEnabled(usable);
    m_replace->setEnabled(usable && !selectedId().isEmpty());
    m_delete->setEnabled(usable && m_masked.contains(selectedId()));
}

void SecretsDialog::editKey(const QString &id)
{
    if (id.isEmpty())
        return;
    selectKey(id);
    auto *input = new QInputDialog(this);
    input->setObjectName(QStringLiteral("secretEditor"));
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(m_masked.contains(id) ? tr("Replace key") : tr("Add key"));
    input->setLabelText(tr("%1 (pasted text is not shown):").arg(SecretText::name(id)));
    input->setTextEchoMode(QLineEdit::Password);
    input->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    connect(input, &QInputDialog::textValueSelected, this, [this, id](const QString &text) {
        const QString value = text.trimmed();
        if (value.isEmpty())
            return;
        m_status->setText(tr("Saving…"));
        m_store->write(id, value);
    });
    m_prompt = input;
    input->open();
}

void SecretsDialog::askToDelete()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Delete key"),
        tr("Delete the %1 from the keychain? Features that use it stop working until a new one is added.")
            .arg(SecretText::name(id)),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, id](int result) {
        if (result == QMessageBox::Yes)
            m_store->remove(id);
    });
    m_prompt = box;
    box->open();
}

void SecretsDialog::onRead(const QString &id, const QString &value, SecretStore::Error error)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    if (error == SecretStore::Error::None)
        m_masked.insert(id, SecretStore::masked(value));
    else if (error != SecretStore::Error::NotFound)
        m_status->setText(tr("Could not read the %1: %2.").arg(SecretText::name(id), SecretText::errorText(error)));
    fillRow(row);
    showBackend();
}

void SecretsDialog::onWritten(const QString &id, SecretStore::Error error)
{
    if (error != SecretStore::Error::None) {
        m_status->setText(tr("The %1 was not saved: %2.").arg(SecretText::name(id), SecretText::errorText(error)));
        return;
    }
    m_status->setText(tr("The %1 was saved.").arg(SecretText::name(id)));
    m_store->read(id);
    Q_EMIT keyChanged(id);
}

void SecretsDialog::onRemoved(const QString &id, SecretStore::Error error)
{
    if (error != SecretStore::Error::None) {
        m_status->setText(tr("The %1 was not deleted: %2.").arg(SecretText::name(id), SecretText::errorText(error)));
        return;
    }
    m_masked.remove(id);
    m_status->setText(tr("The %1 was deleted.").arg(SecretText::name(id)));
    fillRow(rowOf(id));
    showBackend();
    Q_EMIT keyChanged(id);
}

void SecretsDialog::retranslate()
{
    setWindowTitle(tr("API keys"));
    m_table->setHorizontalHeaderLabels({ tr("Key"), tr("Stored"), tr("Added"), tr("Rotation") });
    m_memoryOnly->setText(tr("Keep keys in memory for this run"));
    m_replace->setText(tr("Add or replace…"));
    m_delete->setText(tr("Delete"));
    showBackend();
    for (int row = 0; row < m_table->rowCount(); ++row)
        fillRow(row);
}

void SecretsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
