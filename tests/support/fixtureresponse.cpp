#include "fixtureresponse.h"

#include "fixtureserver.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

FixtureResponse FixtureResponse::fromFile(const QString &path, int status)
{
    const QString resolved = QDir::isAbsolutePath(path) ? path : QDir(FixtureServer::dataDir()).filePath(path);

    FixtureResponse response;
    response.status = status;

    QFile file(resolved);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("FixtureResponse::fromFile: cannot read %s: %s", qPrintable(resolved),
                 qPrintable(file.errorString()));
        response.status = 500;
        response.contentType = "text/plain; charset=utf-8";
        response.body = "fixture file missing: " + resolved.toUtf8() + '\n';
        return response;
    }
    response.body = file.readAll();

    // Clients branch on Content-Type (an HTML error page where JSON was expected is a fixture of its
    // own), so the type has to follow the file rather than always claim JSON.
    if (resolved.endsWith(u".html"_s, Qt::CaseInsensitive) || resolved.endsWith(u".htm"_s, Qt::CaseInsensitive))
        response.contentType = "text/html; charset=utf-8";
    else if (resolved.endsWith(u".txt"_s, Qt::CaseInsensitive))
        response.contentType = "text/plain; charset=utf-8";
    return response;
}
