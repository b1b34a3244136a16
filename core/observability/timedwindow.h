#pragma once

#include <QtGlobal>

#include <deque>

// Values stamped with a time, of the last `spanMs` only: the "over 5 minutes" of error rates,
// latency percentiles and premium moves. Times are expected in order; older entries are dropped
// as newer ones arrive (prune), and queries take `nowMs` so that a quiet window still ages.
template<typename T> class TimedWindow final
{
public:
    struct Entry
    {
        qint64 atMs;
        T value;
    };

    explicit TimedWindow(qint64 spanMs)
        : m_spanMs(spanMs)
    {
    }

    void add(qint64 atMs, T value)
    {
        m_entries.push_back(Entry { atMs, std::move(value) });
        prune(atMs);
    }

    void prune(qint64 nowMs)
    {
        while (!m_entries.empty() && m_entries.front().atMs <= nowMs - m_spanMs)
            m_entries.pop_front();
    }

    void setSpanMs(qint64 spanMs) { m_spanMs = spanMs; }
    qint64 spanMs() const { return m_spanMs; }

    // Calls `visit(entry)` for each entry inside the window ending at `nowMs`, oldest first.
    template<typename Visit> void forEach(qint64 nowMs, Visit visit) const
    {
        for (const Entry &entry : m_entries) {
            if (entry.atMs > nowMs - m_spanMs && entry.atMs <= nowMs)
                visit(entry);
        }
    }

    bool isEmpty() const { return m_entries.empty(); }
    const Entry &latest() const { return m_entries.back(); }

private:
    qint64 m_spanMs;
    std::deque<Entry> m_entries;
};
