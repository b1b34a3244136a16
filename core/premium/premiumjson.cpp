#include "premiumjson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace {

QByteArray quoted(const QString &text)
{
    // QJsonValue does the escaping; the surrounding object is built by hand to keep field order.
    const QByteArray array = QJsonDocument(QJsonArray{QJsonValue(text)}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

namespace PremiumJson {

QString isoUtc(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QByteArray line(const PremiumSample &sample)
{
    QByteArray out;
    out.reserve(256);
    out += "{\"symbol\":" + quoted(sample.symbol);
    out += ",\"rate\":" + quoted(sample.rate.toFixed(2));
    out += ",\"basis\":" + quoted(premiumBasisId(sample.basis));
    out += ",\"korea_price\":" + quoted(sample.korea.price.toString());
    out += ",\"foreign_price\":" + quoted(sample.foreign.price.toString());
    out += ",\"fx_rate\":" + quoted(sample.fx.price.toString());
    out += ",\"stale\":" + QByteArray(sample.stale ? "true" : "false");
    out += ",\"observed_at\":" + quoted(isoUtc(sample.observedAtMs));
    out += ",\"source\":" + quoted(sample.source);
    out += ",\"korea_venue\":" + quoted(sample.korea.venue);
    out += ",\"foreign_venue\":" + quoted(sample.foreign.venue);
    out += ",\"fx_source\":" + quoted(sample.fx.venue);
    // When the rate was received: a rate saved by an earlier run shows its age here.
    out += ",\"fx_observed_at\":" + quoted(isoUtc(sample.fx.receivedAtMs));
    out += '}';
    return out;
}

} // namespace PremiumJson
