#include "historycsv.h"

#include <QDateTime>

namespace {

QByteArray field(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text.toUtf8();
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

} // namespace

namespace HistoryCsv {

QByteArray header()
{
    return QByteArrayLiteral("observed_at_utc,observed_at_ms,symbol,basis,rate,rate_precise,korea_price,foreign_price,fx_rate,stale,source,korea_venue,foreign_venue,entry_rate,exit_rate\r\n");
}

QByteArray line(const PremiumSample &sample)
{
    const QString time = QDateTime::fromMSecsSinceEpoch(sample.observedAtMs, Qt::UTC).toString(Qt::ISODateWithMs);
    QByteArrayList fields{field(time),
                          QByteArray::number(sample.observedAtMs),
                          field(sample.symbol),
                          field(premiumBasisId(sample.basis)),
                          sample.rate.toFixed(2).toUtf8(),
                          sample.preciseRate.toString().toUtf8(),
                          sample.korea.price.toString().toUtf8(),
                          sample.foreign.price.toString().toUtf8(),
                          sample.fx.price.toString().toUtf8(),
                          sample.stale ? QByteArrayLiteral("1") : QByteArrayLiteral("0"),
                          field(sample.source),
                          field(sample.pair.korea),
                          field(sample.pair.foreign),
                          sample.entryRate ? sample.entryRate->toString().toUtf8() : QByteArray(),
                          sample.exitRate ? sample.exitRate->toString().toUtf8() : QByteArray()};
    return fields.join(',') + "\r\n";
}

QByteArray document(const std::vector<PremiumSample> &samples)
{
    QByteArray out = header();
    out.reserve(out.size() + static_cast<qsizetype>(samples.size()) * 110);
    for (const PremiumSample &sample : samples)
        out += line(sample);
    return out;
}

} // namespace HistoryCsv
