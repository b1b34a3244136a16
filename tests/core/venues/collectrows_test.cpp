#include "venues/venuereply.h"

#include "../../common/fixturefile.h"

#include "venues/venuedirectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace {

QString text(const std::optional<Decimal> &value)
{
    return value ? value->toString() : QStringLiteral("-");
}

// Everything a batch holds, one line per quote and issue, to compare two batches.
QStringList lines(const QuoteBatch &batch)
{
    QStringList all;
    for (const MarketQuote &q : batch.quotes) {
        QStringList fields { q.venue,
                             q.coin,
                             q.instrument,
                             text(q.last),
                             text(q.volume24h),
                             text(q.change24hRatio),
                             text(q.markPrice),
                             text(q.fundingRate),
                             QString::number(q.nextFundingTimeMs),
                             QString::number(q.receivedAtMs) };
        if (q.book)
            fields << q.book->bid.toString() << q.book->bidSize.toString() << q.book->ask.toString()
                   << q.book->askSize.toString();
        if (q.funding)
            fields << q.funding->markPrice.toString() << q.funding->rate.toString()
                   << QString::number(q.funding->nextFundingTimeMs);
        all.append(fields.join(u' '));
    }
    for (const DataIssue &issue : batch.issues)
        all.append(issue.describe());
    return all;
}

struct Case
{
    const char *file;
    QStringList rowsAt;
    QString symbolKey;
    std::function<void(QuoteRow &)> read;
};

// Instruments for every row's symbol, with a multiplier of 1000 on some, so that every conversion
// is exercised.
InstrumentSet everySymbol(const QJsonArray &rows, const QString &symbolKey)
{
    QList<Instrument> instruments;
    for (const QJsonValue &row : rows) {
        Instrument instrument;
        instrument.venue = QStringLiteral("venue");
        instrument.symbol = row.toObject().value(symbolKey).toString();
        instrument.coin = instrument.symbol;
        if (instrument.symbol.contains(QStringLiteral("SHIB")))
            instrument.priceMultiplier = instrument.sizeMultiplier = Decimal::fromInteger(1000);
        instruments.append(instrument);
    }
    return InstrumentSet(instruments);
}

} // namespace

// The same rows read through a QJsonDocument and straight from the bytes give the same batch:
// the same quotes to the last digit, the same issues (the dated future's empty funding, a size-0
// level, numbers written as JSON numbers and as strings, absurd values).
TEST(CollectRows, GivesTheBatchTheDocumentPathGives)
{
    const QList<Case> cases = {
        { "binance/fapi-v1-premiumindex-all.json",
          {},
          QStringLiteral("symbol"),
          [](QuoteRow &r) {
              r.readFunding(u"markPrice", u"lastFundingRate", u"nextFundingTime");
          } },
        { "binance/fapi-v1-ticker-24hr-all.json",
          {},
          QStringLiteral("symbol"),
          [](QuoteRow &r) {
              r.readLast(u"lastPrice");
              r.readVolume(u"volume", QuoteRow::VolumeUnit::Venue);
              r.readChange(u"priceChangePercent", QuoteRow::ChangeUnit::Percent);
          } },
        { "okx/api-v5-market-tickers-swap.json",
          { QStringLiteral("data") },
          QStringLiteral("instId"),
          [](QuoteRow &r) {
              r.readLast(u"last");
              r.readBook(u"bidPx", u"bidSz", u"askPx", u"askSz");
              r.readChangeSinceOpen(u"open24h");
          } },
        { "okx/api-v5-public-funding-rate-any.json",
          { QStringLiteral("data") },
          QStringLiteral("instId"),
          [](QuoteRow &r) {
              r.readFundingRate(u"fundingRate", u"fundingTime");
          } },
        { "bybit/v5-market-tickers-linear.json",
          { QStringLiteral("result"), QStringLiteral("list") },
          QStringLiteral("symbol"),
          [](QuoteRow &r) {
              r.readBook(u"bid1Price", u"bid1Size", u"ask1Price", u"ask1Size");
              r.readMark(u"markPrice");
              r.readVolume(u"volume24h", QuoteRow::VolumeUnit::Venue);
          } },
        { "upbit/v1-ticker-all-krw.json",
          {},
          QStringLiteral("market"),
          [](QuoteRow &r) {
              r.readLast(u"trade_price");
              r.readVolume(u"acc_trade_volume_24h", QuoteRow::VolumeUnit::Coins);
              r.readChange(u"signed_change_rate", QuoteRow::ChangeUnit::Ratio);
              r.readLast(u"no_such_field");
          } },
        { "errors/absurd-values.json",
          {},
          QStringLiteral("market"),
          [](QuoteRow &r) {
              r.readLast(u"trade_price");
          } },
    };
    const ReplyContext context { QStringLiteral("venue"), QStringLiteral("ticker"), QString(), 200, 1'796'025'600'000 };
    for (const Case &c : cases) {
        const QByteArray body = fixtureFile(QString::fromLatin1(c.file));
        QJsonValue rows = QJsonDocument::fromJson(body).isArray() ? QJsonValue(QJsonDocument::fromJson(body).array())
                                                                  : QJsonValue(QJsonDocument::fromJson(body).object());
        QList<QByteArray> storage;
        QList<QLatin1StringView> rowsAt;
        for (const QString &key : c.rowsAt) {
            rows = rows.toObject().value(key);
            storage.append(key.toLatin1());
            rowsAt.append(QLatin1StringView(storage.constLast()));
        }
        const InstrumentSet followed = everySymbol(rows.toArray(), c.symbolKey);
        const QuoteBatch document
            = VenueReply::collect(rows.toArray(), c.symbolKey, followed, QStringLiteral("ticker"), context, c.read);
        const auto direct = VenueReply::collectRows(body, rowsAt, {}, c.symbolKey, followed, QStringLiteral("ticker"),
                                                    context, c.read);
        ASSERT_TRUE(direct) << c.file;
        EXPECT_FALSE(lines(document).isEmpty()) << c.file;
        EXPECT_EQ(lines(*direct).join(u'\n').toStdString(), lines(document).join(u'\n').toStdString()) << c.file;
    }
}

// Anything but the success shape is left to the adapter's document path, which names the error.
TEST(CollectRows, LeavesEveryErrorToTheDocumentPath)
{
    const VenueDirectory &directory = VenueDirectory::standard();
    const struct
    {
        const char *venue;
        const char *file;
        int status;
        FetchError::Kind kind;
    } errors[] = {
        { "binance", "binance/fapi-error-invalid-symbol.json", 400, FetchError::Kind::ApiError },
        { "binance", "binance/fapi-error-too-many-requests.json", 429, FetchError::Kind::RateLimited },
        { "binance", "binance/fapi-v1-bookticker-all.json", 503, FetchError::Kind::HttpStatus },
        { "okx", "okx/api-v5-error.json", 200, FetchError::Kind::ApiError },
        { "bybit", "bybit/v5-error.json", 200, FetchError::Kind::ApiError },
        { "bybit", "errors/truncated.json", 200, FetchError::Kind::Malformed },
        { "okx", "errors/cloudflare-502.html", 502, FetchError::Kind::HttpStatus },
        { "binance", "errors/empty.json", 200, FetchError::Kind::Empty },
    };
    for (const auto &error : errors) {
        const VenueAdapter *adapter = directory.find(QString::fromLatin1(error.venue));
        ASSERT_NE(adapter, nullptr) << error.venue;
        const QList<Instrument> btc = { Instrument { QString::fromLatin1(error.venue),
                                                     QStringLiteral("BTC"),
                                                     QStringLiteral("BTCUSDT"),
                                                     Decimal::fromInteger(1),
                                                     Decimal::fromInteger(1),
                                                     {},
                                                     {},
                                                     0 } };
        const InstrumentSet followed(btc);
        const VenueRequest request = adapter->quoteRequests(followed).constFirst();
        const ReplyContext context { adapter->id(), request.name, QString(), error.status, 1 };
        const BatchResult result
            = adapter->parseQuotes(request, fixtureFile(QString::fromLatin1(error.file)), context, followed);
        ASSERT_TRUE(std::holds_alternative<FetchError>(result)) << error.file;
        EXPECT_EQ(std::get<FetchError>(result).kind, error.kind)
            << error.file << ": " << qPrintable(std::get<FetchError>(result).describe());
    }
}
