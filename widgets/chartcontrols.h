#pragma once

#include "chartviewport.h"

#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QToolButton;

// The row above the chart: range presets (5 min … all), back to live, the inputs toggle and the
// two exports. Says what the user asked for; the chart panel decides what it means.
class ChartControls final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartControls)

public:
    explicit ChartControls(QWidget *parent = nullptr);

    void setPreset(ChartViewport::Preset preset);
    void setFollowingLive(bool following);
    bool inputsShown() const;
    void setInputsShown(bool shown);

    QAbstractButton *presetButton(ChartViewport::Preset preset) const;
    QToolButton *liveButton() const { return m_live; }
    QToolButton *inputsButton() const { return m_inputs; }
    QToolButton *csvButton() const { return m_csv; }
    QToolButton *pngButton() const { return m_png; }

Q_SIGNALS:
    void presetChosen(ChartViewport::Preset preset);
    void liveRequested();
    void inputsToggled(bool shown);
    void csvExportRequested();
    void pngExportRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();

    QButtonGroup *m_presets;
    QToolButton *m_live;
    QToolButton *m_inputs;
    QToolButton *m_csv;
    QToolButton *m_png;
};
