#pragma once

#include "premium/premiumsample.h"

#include <QLabel>

#include <optional>

// The values of the moment under the chart's crosshair, exactly as stored: time, premium, Korean
// price, foreign price, FX and whether the premium was stale. Says so when only the drawn value
// is known (the database does not have the moment).
class CrosshairReadout final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CrosshairReadout)

public:
    explicit CrosshairReadout(QWidget *parent = nullptr);

    void showSample(const PremiumSample &sample);
    // Only the drawn (display-precision) value at a time is known.
    void showApproximate(qint64 timeMs, double rate);
    void clearReading();
    const std::optional<PremiumSample> &sample() const { return m_sample; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateText();

    std::optional<PremiumSample> m_sample;
    std::optional<std::pair<qint64, double>> m_approximate;
};
