#pragma once

#include <QMainWindow>

class AppSettings;
class LiveFeed;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(AppSettings *settings, QWidget *parent = nullptr);
    void setFeed(LiveFeed *feed);

private:
    AppSettings *m_settings;
    LiveFeed *m_feed = nullptr;
};
