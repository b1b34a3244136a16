#include "mainwindow.h"

MainWindow::MainWindow(AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
{
}

void MainWindow::setFeed(LiveFeed *feed)
{
    m_feed = feed;
}
