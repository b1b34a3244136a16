#include "venuerequest.h"

QUrl VenueRequest::url(const QUrl &baseUrl) const
{
    QUrl result = baseUrl;
    result.setPath(path);
    result.setQuery(query);
    return result;
}
