#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

// Why a fetch gave no usable value. Core reports the kind and the venue's own words; the window
// turns the kind into translated text.
struct FetchError
{
    enum class Kind {
        ConnectionRefused,
        Timeout,
        Network,
        HttpStatus,
        RateLimited,
        Banned,
        ApiError,
        Malformed,
        Empty,
        Absurd,
        NoData,  // the source answered correctly but has nothing yet (Korea Eximbank before 11:00 KST)
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString detail;
    std::optional<qint64> retryAfterMs;

    // One English line for logs and the headless stderr.
    QString describe() const;
    static QString kindName(Kind kind);
};

Q_DECLARE_METATYPE(FetchError)
