#include "feedtext.h"

#include "venues/venuedirectory.h"

#include <QCoreApplication>

#include <algorithm>

QString FeedText::errorText(const FetchError &error)
{
    switch (error.kind) {
    case FetchError::Kind::ConnectionRefused:
        return tr("connection refused");
    case FetchError::Kind::Timeout:
        return tr("timed out");
    case FetchError::Kind::Network:
        return error.detail.isEmpty() ? tr("network error") : tr("network error: %1").arg(error.detail);
    case FetchError::Kind::HttpStatus:
        return tr("HTTP %1").arg(error.httpStatus);
    case FetchError::Kind::RateLimited:
        return error.retryAfterMs ? tr("rate limited, %1 left").arg(remainingText(*error.retryAfterMs)) : tr("rate limited");
    case FetchError::Kind::Banned:
        return error.retryAfterMs ? tr("banned, %1 left").arg(remainingText(*error.retryAfterMs)) : tr("banned");
    case FetchError::Kind::ApiError:
        // The venue's own message is the most useful part; it is not translated (it is theirs).
        return error.detail.isEmpty() ? tr("API error") : tr("API error: %1").arg(error.detail);
    case FetchError::Kind::Malformed:
        return tr("malformed reply");
    case FetchError::Kind::Empty:
        return tr("empty reply");
    case FetchError::Kind::Absurd:
        return tr("absurd value");
    case FetchError::Kind::NoData:
        return tr("no data published yet");
    }
    return tr("unknown error");
}

QString FeedText::stateText(const FeedStatus &status)
{
    switch (status.state) {
    case FeedStatus::State::Waiting:
        return tr("Waiting…");
    case FeedStatus::State::Live:
        return tr("Live");
    case FeedStatus::State::Stale:
        return tr("Stale for %1").arg(durationText(status.ageMs));
    case FeedStatus::State::Failing:
        return status.error ? tr("Error: %1").arg(errorText(*status.error)) : tr("Error");
    }
    return QString();
}

QString FeedText::stateDetail(const FeedStatus &status)
{
    QStringList lines{roleName(status.role) + QStringLiteral(": ") + stateText(status)};
    if (status.lastQuote)
        lines.append(tr("Last value from %1, received %2.")
                         .arg(venueName(status.lastQuote->venue), ageText(status.ageMs)));
    else
        lines.append(tr("No value received yet."));
    if (status.error) {
        if (status.error->httpStatus != 0 && status.error->kind != FetchError::Kind::HttpStatus)
            lines.append(tr("HTTP status %1.").arg(status.error->httpStatus));
        if (status.error->retryAfterMs)
            lines.append(tr("The venue asked to wait %1.").arg(durationText(*status.error->retryAfterMs)));
        if (!status.error->detail.isEmpty() && status.error->kind != FetchError::Kind::ApiError
            && status.error->kind != FetchError::Kind::Network)
            lines.append(status.error->detail);
    }
    return lines.join(u'\n');
}

QString FeedText::durationText(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms / 1000);
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString FeedText::remainingText(qint64 ms)
{
    // Rounded up to the unit shown: "1 min left" must not be said of 1 min 59 s.
    const qint64 unit = ms < 60'000 ? 1'000 : 60'000;
    return durationText((std::max<qint64>(0, ms) + unit - 1) / unit * unit);
}

QString FeedText::ageText(qint64 ms)
{
    // Under a second the number would flicker between "0 s" and "1 s" on every beat.
    if (ms < 1000)
        return tr("just now");
    return tr("%1 ago").arg(durationText(ms));
}

QString FeedText::venueName(const QString &venueId)
{
    // Venue names live with their adapters, marked for translation in the "Venue" context.
    if (const VenueAdapter *venue = VenueDirectory::standard().find(venueId))
        return QCoreApplication::translate("Venue", venue->displayName().toUtf8().constData());
    if (venueId == u"dunamu")
        return tr("Dunamu");
    if (venueId == u"open-er-api")
        return tr("open.er-api");
    if (venueId == u"exchangerate-api")
        return tr("ExchangeRate-API");
    if (venueId == u"koreaexim")
        return tr("Korea Eximbank");
    return venueId;
}

QString FeedText::dataIssueText(const DataIssue &issue)
{
    QString what;
    switch (issue.kind) {
    case DataIssue::Kind::UnknownInstrument:
        what = tr("unknown market");
        break;
    case DataIssue::Kind::CrossedBook:
        what = tr("crossed order book");
        break;
    case DataIssue::Kind::Absurd:
        what = tr("impossible value");
        break;
    case DataIssue::Kind::Malformed:
        what = tr("unreadable row");
        break;
    case DataIssue::Kind::Outlier:
        what = tr("outlier held for confirmation");
        break;
    }
    const QString coin = issue.coin.isEmpty() ? issue.instrument : issue.coin;
    return tr("%1: %2 on %3").arg(what, coin, venueName(issue.venue));
}

QString FeedText::roleName(FeedRole role)
{
    switch (role) {
    case FeedRole::KoreanSpot:
        return tr("Korean spot");
    case FeedRole::ForeignPerp:
        return tr("Foreign perpetual");
    case FeedRole::Fx:
        return tr("USD/KRW");
    }
    return QString();
}

QString FeedText::basisText(PremiumBasis basis)
{
    return basis == PremiumBasis::Seed ? tr("vs Korean price") : tr("vs global price");
}
