#include "statelessstreamdecoder.h"

StatelessStreamDecoder::StatelessStreamDecoder(QString venue, InstrumentSet followed, Decode decode)
    : m_venue(std::move(venue))
    , m_followed(std::move(followed))
    , m_decode(decode)
{
}

StreamEvent StatelessStreamDecoder::decode(QByteArrayView payload, qint64 receivedAtMs)
{
    return m_decode(m_venue, payload, receivedAtMs, m_followed);
}
