#include "textcolors.h"

#include <QPalette>
#include <QWidget>

QColor TextColors::muted(const QWidget *widget)
{
    return muted(widget->palette(), QPalette::WindowText);
}

QColor TextColors::muted(const QPalette &palette, QPalette::ColorRole textRole)
{
    const QColor text = palette.color(textRole);
    const QColor background = palette.color(QPalette::Base);
    return QColor::fromRgbF((text.redF() + background.redF()) / 2, (text.greenF() + background.greenF()) / 2,
                            (text.blueF() + background.blueF()) / 2);
}
