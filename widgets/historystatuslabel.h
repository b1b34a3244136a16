#pragma once

#include "storage/historystatus.h"

#include <QLabel>

// Tells the user when the history cannot be written: which database, why (locked, read-only,
// full, corrupt, server gone, newer schema) and that the live view goes on with the rows kept
// in memory. Hidden while everything is written.
class HistoryStatusLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStatusLabel)

public:
    explicit HistoryStatusLabel(QWidget *parent = nullptr);

    void setStatus(const HistoryStatus &status);
    static QString errorText(const StorageError &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateText();

    HistoryStatus m_status;
};
