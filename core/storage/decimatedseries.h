#pragma once

#include <QPointF>

#include <vector>

// What a chart draws for a series: points (x = epoch ms, y = percent) split into runs. A run
// ends at a gap in the data (app closed, feed down) and where fresh turns stale or back, so
// neither is drawn as a line across.
struct DecimatedSeries
{
    struct Run
    {
        std::size_t begin = 0;  // into points
        std::size_t end = 0;
        bool stale = false;
    };

    std::vector<QPointF> points;
    std::vector<Run> runs;
};
