#pragma once

#include "quotebatch.h"
#include "streamevent.h"

#include <QByteArrayView>
#include <QList>
#include <QStringList>

// What the venues' stream decoders and socket plans share: the events a message turns into, and
// the cutting of a long subscription into frames and sockets under a venue's caps. The formats
// themselves stay in each venue's stream.
namespace StreamFrames {

StreamEvent event(StreamEvent::Kind kind);
// A message the venue did not mean as an error but that we cannot use; `fatal` when the socket
// is no use any more.
StreamEvent failure(const QString &why, bool fatal = false);
// The venue's own error answer: fatal, since it closes the socket or refused a subscription.
StreamEvent venueError(const QString &code, const QString &message);
// A message in no known shape: not JSON, an HTML page, nothing, or JSON we cannot place.
StreamEvent unreadable(QByteArrayView payload);
// The event of a batch read from one message, every quote marked as streamed: Quotes when it
// holds any, an Error carrying the batch when the rows of followed coins held nothing usable
// (a price of NaN, 1e308, -1), Ignored when the message carried no followed coin.
StreamEvent fromBatch(QuoteBatch batch);

// `items` in order, cut into runs of at most `maxCount` items whose lengths, with `separator`
// characters between two items, add up to at most `maxLength`. An item longer than `maxLength`
// alone is a run of its own.
QList<QStringList> runs(const QStringList &items, qsizetype maxCount, qsizetype maxLength, qsizetype separator = 0);

} // namespace StreamFrames
