#include "api/apirouter.h"
#include "api/apisnapshot.h"
#include "api/httprequest.h"

#include "fuzzcontext.h"

#include <QJsonDocument>

// Whatever a client sends, the server's reader and router answer with a known status and, for
// JSON, a body that parses.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static ApiSnapshot *snapshot = [] {
        auto *s = new ApiSnapshot;
        s->setPremium(QStringLiteral("BTC"), R"({"symbol":"BTC","rate":"1.28"})");
        return s;
    }();
    static const ApiRouter router(snapshot, "fuzz-token");

    HttpRequest request;
    HttpRequest::Limits limits;
    limits.maxHeaderBytes = 1024;
    limits.maxBodyBytes = 1024;
    const HttpRequest::ReadResult result = HttpRequest::read(fuzzBytes(data, size), limits, &request);
    if (result.kind == HttpRequest::ReadResult::Kind::Invalid) {
        const int status = result.status;
        if (status != 400 && status != 413 && status != 431 && status != 501 && status != 505)
            __builtin_trap();
        return 0;
    }
    if (result.kind == HttpRequest::ReadResult::Kind::Incomplete)
        return 0;
    if (!request.path.startsWith('/') || request.method.isEmpty())
        __builtin_trap();
    const ApiResponse response = router.respond(request);
    if (response.status != 200 && response.status != 400 && response.status != 401 && response.status != 404
        && response.status != 405)
        __builtin_trap();
    if (response.contentType == "application/json" && QJsonDocument::fromJson(response.body).isNull())
        __builtin_trap();
    return 0;
}
