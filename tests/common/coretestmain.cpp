#include <QCoreApplication>

#include <gtest/gtest.h>

// Tests of core run inside a real event loop: pollers, timers and sockets need one.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
