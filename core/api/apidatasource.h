#pragma once

#include "apihealth.h"

#include "observability/metricfamily.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// Everything the API serves, and nothing of the application's classes: the server depends on
// this interface only. The server calls it from its own thread, so an implementation must be
// thread-safe and must answer at once (no I/O, no waiting on the GUI thread). JSON comes as
// serialised bytes so that the formats of the headless line and the position export are reused
// exactly, field order included.
class ApiDataSource
{
public:
    virtual ~ApiDataSource() = default;

    // A JSON array of premium objects (the headless line's fields), one per followed coin.
    virtual QByteArray premiums() const = 0;
    // One premium object, or nullopt for a coin that is not followed or has no premium yet.
    virtual std::optional<QByteArray> premium(const QString &symbol) const = 0;
    virtual QByteArray tickers() const = 0; // a JSON array
    virtual QByteArray positions() const = 0; // a JSON array
    virtual QByteArray alerts() const = 0; // a JSON array
    virtual ApiHealth health() const = 0;
    virtual QList<MetricFamily> metrics() const = 0;
};
