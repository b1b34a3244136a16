#pragma once

#include <QObject>
#include <QSocketNotifier>
#include <QTimer>

struct redisAsyncContext;

// Drives one non-blocking hiredis context from the Qt event loop: hiredis says when it wants to
// read or write, two socket notifiers tell it when it can. hiredis ships a Qt adapter, but it
// connects to the Qt 5 signature of QSocketNotifier::activated, which Qt 6 no longer has.
//
// hiredis 0.14 has no timers of its own (no connect or command timeout), so the adapter also
// carries one deadline that the client arms while it waits for the server.
//
// The context owns itself: when hiredis frees it (an error, or redisAsyncFree) it calls the
// cleanup hook, the adapter stops watching the socket and emits contextReleased(); from then on
// nothing may touch the context.
class RedisEventAdapter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedisEventAdapter)

public:
    RedisEventAdapter(redisAsyncContext *context, QObject *parent = nullptr);
    ~RedisEventAdapter() override;

    void armDeadline(int ms);
    void disarmDeadline();
    bool isDeadlineArmed() const { return m_deadline.isActive(); }

    // How often buffered commands left for the socket: commands queued in one pass of the event
    // loop go out together, so this counts round trips, not commands.
    quint64 writeFlushes() const { return m_writeFlushes; }

Q_SIGNALS:
    void deadlinePassed();
    void contextReleased();

private:
    static void addRead(void *adapter);
    static void delRead(void *adapter);
    static void addWrite(void *adapter);
    static void delWrite(void *adapter);
    static void cleanup(void *adapter);

    void onReadable();
    void onWritable();

    redisAsyncContext *m_context;
    QSocketNotifier m_read;
    QSocketNotifier m_write;
    QTimer m_deadline;
    quint64 m_writeFlushes = 0;
};
