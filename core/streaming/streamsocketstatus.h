#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// One socket of a venue's stream as the feeds view shows it.
struct StreamSocketStatus
{
    enum class State {
        Connecting, // waiting for a connection slot, or the handshake is under way
        Open, // subscribed and reading
        BackingOff, // it failed and waits before the next attempt
        Closed, // stopped
    };

    QString venue;
    QString name; // the plan's name: "public", "market", "tickers-1"
    State state = State::Closed;
    double messagesPerSecond = 0; // over the last second of the stream's clock
    std::optional<qint64> roundTripMs; // the last keep-alive's answer
    qint64 lastMessageAtMs = 0; // 0 before the first message
    QStringList coins;
    int reconnects = 0; // openings after the first, planned replacements included
    QString lastError; // why it last failed, in English for the log

    static QString stateId(State state); // "connecting", "open", "backing-off", "closed"
};

Q_DECLARE_METATYPE(StreamSocketStatus)
