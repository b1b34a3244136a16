#include "endpoint.h"

QUrl Endpoint::url() const
{
    QUrl url = baseUrl;
    url.setPath(path);
    url.setQuery(query);
    return url;
}
