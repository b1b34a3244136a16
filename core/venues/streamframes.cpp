#include "streamframes.h"

#include <algorithm>

namespace {

// Enough of a message to recognise it in a log line.
constexpr qsizetype kShownBytes = 60;

} // namespace

namespace StreamFrames {

StreamEvent event(StreamEvent::Kind kind)
{
    StreamEvent result;
    result.kind = kind;
    return result;
}

StreamEvent failure(const QString &why, bool fatal)
{
    StreamEvent result = event(StreamEvent::Kind::Error);
    result.error = why;
    result.fatal = fatal;
    return result;
}

StreamEvent venueError(const QString &code, const QString &message)
{
    if (code.isEmpty() && message.isEmpty())
        return failure(QStringLiteral("an error of the venue without a code or a message"), true);
    return failure(code.isEmpty() ? message : message.isEmpty() ? code : code + QStringLiteral(": ") + message, true);
}

StreamEvent unreadable(QByteArrayView payload)
{
    if (payload.isEmpty())
        return failure(QStringLiteral("an empty message"));
    return failure(QStringLiteral("a message in no known shape: ")
                   + QString::fromUtf8(payload.first(std::min(payload.size(), kShownBytes))));
}

StreamEvent fromBatch(QuoteBatch batch)
{
    for (MarketQuote &quote : batch.quotes)
        quote.origin = QuoteOrigin::Stream;
    StreamEvent result;
    if (!batch.quotes.isEmpty())
        result.kind = StreamEvent::Kind::Quotes;
    else if (!batch.issues.isEmpty())
        result = failure(batch.issues.constFirst().describe());
    result.batch = std::move(batch);
    return result;
}

QList<QStringList> runs(const QStringList &items, qsizetype maxCount, qsizetype maxLength, qsizetype separator)
{
    QList<QStringList> result;
    qsizetype length = 0;
    for (const QString &item : items) {
        const bool fits = !result.isEmpty() && result.constLast().size() < maxCount
            && length + separator + item.size() <= maxLength;
        if (fits) {
            length += separator + item.size();
            result.last().append(item);
        } else {
            length = item.size();
            result.append(QStringList { item });
        }
    }
    return result;
}

} // namespace StreamFrames
