#include "api/httprequest.h"

#include <gtest/gtest.h>

// The request reader is a pure function of the bytes received so far: the same answer however
// the bytes are split across reads.
namespace {

using Kind = HttpRequest::ReadResult::Kind;

HttpRequest::ReadResult readInPieces(const QByteArray &bytes, qsizetype piece, HttpRequest *request)
{
    QByteArray received;
    HttpRequest::ReadResult result;
    for (qsizetype at = 0; at < bytes.size(); at += piece) {
        received += bytes.mid(at, piece);
        result = HttpRequest::read(received, {}, request);
        if (result.kind != Kind::Incomplete)
            return result;
    }
    return result;
}

} // namespace

TEST(HttpRequest, ReadsTheSameRequestWhateverTheSplit)
{
    const QByteArray bytes
        = "POST /api/v1/premium?symbol=BTC HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nAuthorization:  Bearer abc \r\n"
          "Content-Length: 4\r\n\r\nbody";
    for (const qsizetype piece : { qsizetype(1), qsizetype(3), qsizetype(7), bytes.size() }) {
        HttpRequest request;
        const auto result = readInPieces(bytes, piece, &request);
        ASSERT_EQ(result.kind, Kind::Complete) << piece;
        EXPECT_EQ(request.method, "POST");
        EXPECT_EQ(request.path, "/api/v1/premium");
        EXPECT_EQ(request.query, "symbol=BTC");
        EXPECT_EQ(request.header("authorization"), "Bearer abc");
        EXPECT_EQ(request.header("host"), "127.0.0.1:8080");
        EXPECT_TRUE(request.header("cookie").isNull());
    }
}

TEST(HttpRequest, WaitsForTheDeclaredBody)
{
    HttpRequest request;
    EXPECT_EQ(HttpRequest::read("DELETE / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nab", {}, &request).kind,
              Kind::Incomplete);
    EXPECT_EQ(HttpRequest::read("DELETE / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc", {}, &request).kind,
              Kind::Complete);
}

TEST(HttpRequest, LimitsApplyBeforeTheHeadEnds)
{
    HttpRequest::Limits limits;
    limits.maxHeaderBytes = 64;
    HttpRequest request;
    const auto result
        = HttpRequest::read("GET / HTTP/1.1\r\nHost: x\r\nX-Long: " + QByteArray(64, 'a'), limits, &request);
    EXPECT_EQ(result.kind, Kind::Invalid);
    EXPECT_EQ(result.status, 431);
}

TEST(HttpRequest, ControlCharactersAreRefused)
{
    HttpRequest request;
    EXPECT_EQ(HttpRequest::read("GET /a\x01 HTTP/1.1\r\nHost: x\r\n\r\n", {}, &request).status, 400);
    // A NUL inside a header value: the length comes from the array, not from strlen.
    static constexpr char withNul[] = "GET / HTTP/1.1\r\nHost: x\r\nX: a\0b\r\n\r\n";
    EXPECT_EQ(HttpRequest::read(QByteArray(withNul, sizeof(withNul) - 1), {}, &request).status, 400);
}
