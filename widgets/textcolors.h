#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

// Colours shared by the widgets that show live numbers.
class TextColors final
{
public:
    TextColors() = delete;

    // Muted text for captions and for values that are not news any more: half way between the text
    // and its background, so it reads as grey in light and dark themes alike (the styles' disabled
    // colour is sometimes indistinguishable from normal text).
    static QColor muted(const QWidget *widget);
    // The same from a palette and its text role (item views: QPalette::Text on Base).
    static QColor muted(const QPalette &palette, QPalette::ColorRole textRole);
};
