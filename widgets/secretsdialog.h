#pragma once

#include "secrets/secretstore.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

// The API keys page: every key the app can use, shown only in masked form, with its creation
// date and rotation state; add, replace (rotation is a replacement in one step) and delete. All
// keychain work is asynchronous; the page updates as each job ends. Without a keychain it says so
// and offers to keep keys in memory for this run.
class SecretsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretsDialog)

public:
    enum Column { NameColumn, StoredColumn, CreatedColumn, RotationColumn, ColumnCount };

    SecretsDialog(SecretStore *store, QWidget *parent = nullptr);

    // Opens the editor for `id` at once (the rotation reminder's "Rotate now").
    void editKey(const QString &id);
    QString selectedId() const;
    void selectKey(const QString &id);

    // The key editor or the delete confirmation last opened (they are window-modal, not nested loops).
    QDialog *prompt() const { return m_prompt; }

Q_SIGNALS:
    // A key was saved or deleted: whoever uses it should read it again.
    void keyChanged(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reload();
    void showBackend();
    void fillRow(int row);
    void askToDelete();
    void onRead(const QString &id, const QString &value, SecretStore::Error error);
    void onWritten(const QString &id, SecretStore::Error error);
    void onRemoved(const QString &id, SecretStore::Error error);
    int rowOf(const QString &id) const;

    SecretStore *m_store;
    QLabel *m_backend;
    QPushButton *m_memoryOnly;
    QTableWidget *m_table;
    QPushButton *m_replace;
    QPushButton *m_delete;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QDialog *m_prompt = nullptr;
    QHash<QString, QString> m_masked;
};
