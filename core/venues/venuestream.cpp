#include "venuestream.h"

namespace {

// "https://api.upbit.com/" and "https://api.upbit.com" are the same base.
QUrl comparable(const QUrl &url)
{
    QUrl result = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (result.path() == u"/")
        result.setPath({});
    return result;
}

} // namespace

QUrl VenueStream::socketUrl(const QUrl &restBaseUrl, const QUrl &defaultRestBaseUrl, const QUrl &socketHost,
                            const QString &path, const QString &query)
{
    QUrl url = socketHost;
    if (!restBaseUrl.isEmpty() && comparable(restBaseUrl) != comparable(defaultRestBaseUrl)) {
        url = restBaseUrl;
        url.setScheme(restBaseUrl.scheme() == u"https" || restBaseUrl.scheme() == u"wss" ? QStringLiteral("wss")
                                                                                         : QStringLiteral("ws"));
        url.setUserInfo({});
        url.setFragment({});
    }
    url.setPath(path);
    url.setQuery(query.isEmpty() ? QString() : query);
    return url;
}
