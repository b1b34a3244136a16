#pragma once

#include "premium/venuepair.h"

#include <QWidget>

class QComboBox;
class QLabel;

// The venue pair in the toolbar: a Korean spot venue and a perpetual venue, by their names.
// Choosing either emits the new pair; setPair() shows the pair in use without emitting.
class VenuePairBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VenuePairBar)

public:
    explicit VenuePairBar(QWidget *parent = nullptr);

    void setPair(const VenuePair &pair);
    VenuePair pair() const;
    QComboBox *koreanCombo() const { return m_korea; }
    QComboBox *foreignCombo() const { return m_foreign; }

Q_SIGNALS:
    void pairChosen(const VenuePair &pair);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_koreaLabel;
    QComboBox *m_korea;
    QLabel *m_foreignLabel;
    QComboBox *m_foreign;
};
