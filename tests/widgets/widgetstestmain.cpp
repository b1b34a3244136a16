#include <QApplication>
#include <QLocale>

#include <gtest/gtest.h>

// Widget tests need a QApplication; the offscreen platform lets them run without a display.
// The locale is fixed so that separators in expectations do not depend on the machine.
int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
