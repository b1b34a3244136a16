#include "rediseventadapter.h"

#include <hiredis/async.h>
#include <hiredis/sds.h>

RedisEventAdapter::RedisEventAdapter(redisAsyncContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_read(context->c.fd, QSocketNotifier::Read)
    , m_write(context->c.fd, QSocketNotifier::Write)
{
    m_read.setEnabled(false);
    m_write.setEnabled(false);
    connect(&m_read, &QSocketNotifier::activated, this, &RedisEventAdapter::onReadable);
    connect(&m_write, &QSocketNotifier::activated, this, &RedisEventAdapter::onWritable);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &RedisEventAdapter::deadlinePassed);

    context->ev.data = this;
    context->ev.addRead = &RedisEventAdapter::addRead;
    context->ev.delRead = &RedisEventAdapter::delRead;
    context->ev.addWrite = &RedisEventAdapter::addWrite;
    context->ev.delWrite = &RedisEventAdapter::delWrite;
    context->ev.cleanup = &RedisEventAdapter::cleanup;
}

RedisEventAdapter::~RedisEventAdapter()
{
    // Destroyed before hiredis let go of the context: make sure it never calls back into us.
    if (m_context)
        m_context->ev = {};
}

void RedisEventAdapter::armDeadline(int ms)
{
    m_deadline.start(ms);
}

void RedisEventAdapter::disarmDeadline()
{
    m_deadline.stop();
}

void RedisEventAdapter::addRead(void *adapter)
{
    static_cast<RedisEventAdapter *>(adapter)->m_read.setEnabled(true);
}

void RedisEventAdapter::delRead(void *adapter)
{
    static_cast<RedisEventAdapter *>(adapter)->m_read.setEnabled(false);
}

void RedisEventAdapter::addWrite(void *adapter)
{
    static_cast<RedisEventAdapter *>(adapter)->m_write.setEnabled(true);
}

void RedisEventAdapter::delWrite(void *adapter)
{
    static_cast<RedisEventAdapter *>(adapter)->m_write.setEnabled(false);
}

void RedisEventAdapter::cleanup(void *adapter)
{
    auto *self = static_cast<RedisEventAdapter *>(adapter);
    // hiredis closes the socket right after this: the notifiers must be off before it does.
    self->m_read.setEnabled(false);
    self->m_write.setEnabled(false);
    self->m_deadline.stop();
    self->m_context = nullptr;
    Q_EMIT self->contextReleased();
}

void RedisEventAdapter::onReadable()
{
    if (m_context)
        redisAsyncHandleRead(m_context);
}

void RedisEventAdapter::onWritable()
{
    if (!m_context)
        return;
    if (m_context->c.obuf && sdslen(m_context->c.obuf) > 0)
        ++m_writeFlushes;
    redisAsyncHandleWrite(m_context);
}
