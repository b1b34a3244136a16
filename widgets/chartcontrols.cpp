#include "chartcontrols.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QToolButton>

namespace {

constexpr ChartViewport::Preset kPresets[] = {ChartViewport::Preset::FiveMinutes, ChartViewport::Preset::OneHour,
                                              ChartViewport::Preset::Day,         ChartViewport::Preset::Week,
                                              ChartViewport::Preset::Month,       ChartViewport::Preset::All};

QToolButton *makeButton(QWidget *parent, bool checkable)
{
    auto *button = new QToolButton(parent);
    button->setCheckable(checkable);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

ChartControls::ChartControls(QWidget *parent)
    : QWidget(parent)
    , m_presets(new QButtonGroup(this))
    , m_live(makeButton(this, true))
    , m_inputs(makeButton(this, true))
    , m_csv(makeButton(this, false))
    , m_png(makeButton(this, false))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_presets->setExclusive(true);
    for (ChartViewport::Preset preset : kPresets) {
        QToolButton *button = makeButton(this, true);
        m_presets->addButton(button, static_cast<int>(preset));
        layout->addWidget(button);
    }
    layout->addWidget(m_live);
    layout->addStretch(1);
    layout->addWidget(m_inputs);
    layout->addWidget(m_csv);
    layout->addWidget(m_png);

    connect(m_presets, &QButtonGroup::idClicked, this, [this](int id) { Q_EMIT presetChosen(static_cast<ChartViewport::Preset>(id)); });
    connect(m_live, &QToolButton::clicked, this, [this] {
        m_live->setChecked(true);
        Q_EMIT liveRequested();
    });
    connect(m_inputs, &QToolButton::toggled, this, &ChartControls::inputsToggled);
    connect(m_csv, &QToolButton::clicked, this, &ChartControls::csvExportRequested);
    connect(m_png, &QToolButton::clicked, this, &ChartControls::pngExportRequested);
    setPreset(ChartViewport::Preset::OneHour);
    setFollowingLive(true);
    updateTexts();
}

void ChartControls::setPreset(ChartViewport::Preset preset)
{
    if (QAbstractButton *button = presetButton(preset))
        button->setChecked(true);
}

void ChartControls::setFollowingLive(bool following)
{
    m_live->setChecked(following);
}

bool ChartControls::inputsShown() const
{
    return m_inputs->isChecked();
}

void ChartControls::setInputsShown(bool shown)
{
    m_inputs->setChecked(shown);
}

QAbstractButton *ChartControls::presetButton(ChartViewport::Preset preset) const
{
    return m_presets->button(static_cast<int>(preset));
}

void ChartControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    QWidget::changeEvent(event);
}

void ChartControls::updateTexts()
{
    const QString labels[] = {tr("5m"), tr("1h"), tr("24h"), tr("7d"), tr("30d"), tr("All")};
    const QString tips[] = {tr("Last 5 minutes (key 1)"), tr("Last hour (key 2)"), tr("Last 24 hours (key 3)"),
                            tr("Last 7 days (key 4)"), tr("Last 30 days (key 5)"), tr("All stored history (key 6)")};
    for (std::size_t i = 0; i < std::size(kPresets); ++i) {
        QAbstractButton *button = presetButton(kPresets[i]);
        button->setText(labels[i]);
        button->setToolTip(tips[i]);
        button->setAccessibleName(tips[i]);
    }
    m_live->setText(tr("Live"));
    m_live->setToolTip(tr("Follow the newest premium (End)"));
    m_inputs->setText(tr("Inputs"));
    m_inputs->setToolTip(tr("Show the Korean price and the foreign price × FX on a second axis (I)"));
    m_csv->setText(tr("CSV…"));
    m_csv->setToolTip(tr("Export the visible range as CSV"));
    m_png->setText(tr("PNG…"));
    m_png->setToolTip(tr("Save the chart as a PNG image"));
}
