#include "httprequest.h"

namespace {

using Kind = HttpRequest::ReadResult::Kind;

HttpRequest::ReadResult invalid(int status, const char *why)
{
    return { Kind::Invalid, status, QString::fromLatin1(why) };
}

// RFC 9110 tchar: what a method and a header name may contain.
bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && !QByteArrayView("!#$%&'*+-.^_`|~").contains(c))
            return false;
    }
    return true;
}

bool hasControl(const QByteArray &text, bool allowTab)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && !(allowTab && c == '\t')) || u == 0x7f)
            return true;
    }
    return false;
}

// The end of the head (after its empty line) and the length of that terminator, or -1. Bare LF
// line ends are accepted, as most servers do.
std::pair<qsizetype, qsizetype> headEnd(const QByteArray &received)
{
    const qsizetype crlf = received.indexOf("\r\n\r\n");
    const qsizetype lf = received.indexOf("\n\n");
    if (crlf >= 0 && (lf < 0 || crlf < lf))
        return { crlf, 4 };
    if (lf >= 0)
        return { lf, 2 };
    return { -1, 0 };
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &lowerName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerName)
            return value;
    }
    return QByteArray();
}

HttpRequest::ReadResult HttpRequest::read(const QByteArray &received, const Limits &limits, HttpRequest *request)
{
    const auto [end, terminator] = headEnd(received);
    if (end < 0 ? received.size() > limits.maxHeaderBytes : end + terminator > limits.maxHeaderBytes)
        return invalid(431, "the request line and headers are too large");
    if (end < 0)
        return {};

    QList<QByteArray> lines = received.left(end).split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QList<QByteArray> parts = lines.takeFirst().split(' ');
    if (parts.size() != 3 || !isToken(parts[0]))
        return invalid(400, "malformed request line");
    const QByteArray &target = parts[1];
    if (!target.startsWith('/') || hasControl(target, false))
        return invalid(400, "malformed request target");
    const QByteArray &version = parts[2];
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        const bool looksLikeHttp = version.size() == 8 && version.startsWith("HTTP/") && version.at(6) == '.';
        return looksLikeHttp ? invalid(505, "only HTTP/1.0 and HTTP/1.1 are served")
                             : invalid(400, "malformed request line");
    }

    HttpRequest result;
    result.method = parts[0];
    const qsizetype question = target.indexOf('?');
    result.path = question < 0 ? target : target.left(question);
    result.query = question < 0 ? QByteArray() : target.mid(question + 1);
    for (const QByteArray &line : std::as_const(lines)) {
        if (line.startsWith(' ') || line.startsWith('\t'))
            return invalid(400, "folded header lines are not accepted");
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon)))
            return invalid(400, "malformed header line");
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (hasControl(value, true))
            return invalid(400, "control character in a header value");
        result.headers.append({ line.left(colon).toLower(), value });
    }
    if (version == "HTTP/1.1" && result.header("host").isNull())
        return invalid(400, "HTTP/1.1 requires a Host header");
    if (!result.header("transfer-encoding").isNull())
        return invalid(501, "request bodies with Transfer-Encoding are not accepted");

    qsizetype bodyLength = 0;
    bool lengthSeen = false;
    for (const auto &[name, value] : std::as_const(result.headers)) {
        if (name != "content-length")
            continue;
        bool ok = value.size() <= 18 && !value.isEmpty();
        for (const char c : value)
            ok = ok && c >= '0' && c <= '9';
        const qsizetype length = ok ? value.toLongLong() : -1;
        if (!ok || (lengthSeen && length != bodyLength))
            return invalid(400, "malformed Content-Length");
        bodyLength = length;
        lengthSeen = true;
    }
    if (bodyLength > limits.maxBodyBytes)
        return invalid(413, "the request body is too large");
    if (received.size() < end + terminator + bodyLength)
        return {};
    *request = std::move(result);
    return { Kind::Complete, 0, QString() };
}
