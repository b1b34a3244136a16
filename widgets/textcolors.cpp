#include "textcolors.h"

#include <QPalette>
#include <QWidget>

QColor TextColors::muted(const QWidget *widget)
{
    const QColor text = widget->palette().color(QPalette::WindowText);
    const QColor background = widget->palette().color(QPalette::Base);
    return QColor::fromRgbF((text.redF() + background.redF()) / 2, (text.greenF() + background.greenF()) / 2,
                            (text.blueF() + background.blueF()) / 2);
}
