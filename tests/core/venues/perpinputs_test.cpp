#include "perpvenuetest.h"

#include "premium/marketboard.h"
#include "venues/binancevenue.h"
#include "venues/venuedirectory.h"

#include <map>

// The "Perpetual inputs" table of tests/data/expected-premiums.md, every coin on every perpetual
// venue, read from the all-symbol fixtures through each venue's adapter into the market board and
// given per coin: the value of one coin whatever the contract's multiplier, volumes in coins.

namespace {

struct PerpInput
{
    const char *coin;
    const char *venue;
    const char *instrument;
    const char *last;
    const char *bid;
    const char *ask;
    const char *mark;
    const char *fundingRate;
    qint64 nextFundingMs;
    const char *volume24h;
};

void PrintTo(const PerpInput &input, std::ostream *out)
{
    *out << input.coin << " on " << input.venue;
}

// As quoted in the table, divided by the multiplier where there is one (SHIB on Binance and Bybit:
// 1000). One departure: SOL's Binance volume is 18,442,733.12 in the table, but the fixture (and
// Binance, whose SOLUSDT quantities are whole) says 18442733, which is what is asserted.
const PerpInput kTable[] = {
    { "BTC", "binance", "BTCUSDT", "89277.1", "89277", "89277.2", "89279.43104562", "0.0001", kEightHourlyFundingMs,
      "152318.442" },
    { "BTC", "okx", "BTC-USDT-SWAP", "89313.3", "89313.3", "89313.4", "89312.9", "0.0000823", kEightHourlyFundingMs,
      "98211.37" },
    { "BTC", "bybit", "BTCUSDT", "89213.8", "89213.7", "89213.8", "89214.25", "0.00005", kEightHourlyFundingMs,
      "61877.412" },
    { "ETH", "binance", "ETHUSDT", "2954.83", "2954.82", "2954.84", "2954.91", "0.00008512", kEightHourlyFundingMs,
      "2871455.118" },
    { "ETH", "okx", "ETH-USDT-SWAP", "2956.03", "2956.03", "2956.04", "2955.98", "0.0000641", kEightHourlyFundingMs,
      "1804233.5" },
    { "ETH", "bybit", "ETHUSDT", "2952.72", "2952.71", "2952.72", "2952.8", "-0.0000125", kEightHourlyFundingMs,
      "1402660.84" },
    { "XRP", "binance", "XRPUSDT", "2.1594", "2.1593", "2.1595", "2.15951", "0.00005", kEightHourlyFundingMs,
      "512775903.1" },
    { "XRP", "okx", "XRP-USDT-SWAP", "2.1603", "2.1603", "2.1604", "2.1602", "0.0000312", kEightHourlyFundingMs,
      "301288400" },
    { "XRP", "bybit", "XRPUSDT", "2.1579", "2.1578", "2.1579", "2.158", "0.0001", kEightHourlyFundingMs, "276440120" },
    { "SOL", "binance", "SOLUSDT", "138.45", "138.44", "138.46", "138.4612", "0.0001", kEightHourlyFundingMs,
      "18442733" },
    { "SOL", "okx", "SOL-USDT-SWAP", "138.5", "138.5", "138.51", "138.49", "0.0000489", kEightHourlyFundingMs,
      "11902211" },
    { "SOL", "bybit", "SOLUSDT", "138.35", "138.34", "138.35", "138.36", "0.0000725", kEightHourlyFundingMs,
      "9870122.4" },
    { "DOGE", "binance", "DOGEUSDT", "0.21656", "0.21655", "0.21657", "0.21657204", "0.00007543", kEightHourlyFundingMs,
      "4880122301" },
    { "DOGE", "okx", "DOGE-USDT-SWAP", "0.21665", "0.21665", "0.21666", "0.21664", "0.000055", kEightHourlyFundingMs,
      "3102440000" },
    { "DOGE", "bybit", "DOGEUSDT", "0.2164", "0.21639", "0.2164", "0.21641", "0.0001", kEightHourlyFundingMs,
      "2661002101" },
    { "SHIB", "binance", "1000SHIBUSDT", "0.000013952", "0.000013951", "0.000013953", "0.00001395288", "0.00006122",
      kEightHourlyFundingMs, "4912003118000" },
    { "SHIB", "okx", "SHIB-USDT-SWAP", "0.000013958", "0.000013958", "0.000013959", "0.000013957", "0.0000402",
      kEightHourlyFundingMs, "2901776000000" },
    { "SHIB", "bybit", "SHIB1000USDT", "0.000013942", "0.000013941", "0.000013942", "0.000013943", "0.0001",
      kEightHourlyFundingMs, "1804420000000" },
    { "ORDI", "binance", "ORDIUSDT", "9.874", "9.873", "9.875", "9.8748", "-0.00004181", kFourHourlyFundingMs,
      "8412200.4" },
    { "ORDI", "okx", "ORDI-USDT-SWAP", "9.881", "9.881", "9.882", "9.879", "-0.0000317", kFourHourlyFundingMs,
      "5204411.3" },
    { "ORDI", "bybit", "ORDIUSDT", "9.866", "9.865", "9.866", "9.867", "-0.00005", kFourHourlyFundingMs, "3320114.1" },
};

// The fixture answering each of a venue's requests, the listing first.
const std::map<QString, std::vector<std::pair<QString, QString>>> kReplies = {
    { QStringLiteral("binance"),
      { { QStringLiteral("listing"), QStringLiteral("binance/fapi-v1-exchangeinfo-many.json") },
        { QStringLiteral("book"), QStringLiteral("binance/fapi-v1-bookticker-all.json") },
        { QStringLiteral("funding"), QStringLiteral("binance/fapi-v1-premiumindex-all.json") },
        { QStringLiteral("last"), QStringLiteral("binance/fapi-v1-ticker-price-all.json") },
        { QStringLiteral("statistics"), QStringLiteral("binance/fapi-v1-ticker-24hr-all.json") } } },
    { QStringLiteral("okx"),
      { { QStringLiteral("listing"), QStringLiteral("okx/api-v5-public-instruments-swap.json") },
        { QStringLiteral("ticker"), QStringLiteral("okx/api-v5-market-tickers-swap.json") },
        { QStringLiteral("mark"), QStringLiteral("okx/api-v5-public-mark-price-swap.json") },
        { QStringLiteral("funding"), QStringLiteral("okx/api-v5-public-funding-rate-any.json") } } },
    { QStringLiteral("bybit"),
      { { QStringLiteral("listing"), QStringLiteral("bybit/v5-market-instruments-info-linear.json") },
        { QStringLiteral("ticker"), QStringLiteral("bybit/v5-market-tickers-linear.json") } } },
};

// Every reply of one cycle of the venue, through its adapter into the market board, the way the
// app joins the parts each reply carries (Binance's last price comes twice, OKX's mark price and
// funding rate apart).
const MarketBoard &boardOf(const QString &venue)
{
    static std::map<QString, MarketBoard> boards;
    auto it = boards.find(venue);
    if (it != boards.end())
        return it->second;
    MarketBoard &board = boards[venue];
    const VenueAdapter &adapter = *VenueDirectory::standard().find(venue);
    const auto &replies = kReplies.at(venue);
    const InstrumentSet followed(listingOf(adapter, replies.front().second));
    // Every request of a cycle has its fixture, and every fixture its request.
    EXPECT_EQ(adapter.quoteRequests(followed).size(), static_cast<qsizetype>(replies.size() - 1));
    for (auto reply = replies.cbegin() + 1; reply != replies.cend(); ++reply) {
        const QList<DataIssue> issues = board.apply(batchOf(adapter, followed, reply->first, reply->second));
        EXPECT_TRUE(issues.isEmpty()) << reply->second.toStdString() << ": " << issues.size() << " issues, first "
                                      << (issues.isEmpty() ? std::string() : issues[0].describe().toStdString());
    }
    return board;
}

class PerpInputs : public testing::TestWithParam<PerpInput>
{
};

} // namespace

TEST_P(PerpInputs, EveryValuePerCoin)
{
    const PerpInput &row = GetParam();
    const BoardQuote *coin
        = boardOf(QString::fromLatin1(row.venue)).quote(QString::fromLatin1(row.venue), QString::fromLatin1(row.coin));
    ASSERT_NE(coin, nullptr);
    EXPECT_EQ(coin->instrument, QString::fromLatin1(row.instrument));
    ASSERT_TRUE(coin->last && coin->book && coin->mark && coin->funding && coin->volume24h);
    EXPECT_EQ(coin->last->value.toString(), QString::fromLatin1(row.last));
    EXPECT_EQ(coin->book->value.bid.toString(), QString::fromLatin1(row.bid));
    EXPECT_EQ(coin->book->value.ask.toString(), QString::fromLatin1(row.ask));
    EXPECT_EQ(coin->mark->value.toString(), QString::fromLatin1(row.mark));
    EXPECT_EQ(coin->funding->value.rate.toString(), QString::fromLatin1(row.fundingRate));
    EXPECT_EQ(coin->funding->value.nextFundingTimeMs, row.nextFundingMs);
    EXPECT_EQ(coin->volume24h->value.toString(), QString::fromLatin1(row.volume24h));
    EXPECT_EQ(coin->last->receivedAtMs, kReceivedAtMs);
}

INSTANTIATE_TEST_SUITE_P(ExpectedPremiumsTable, PerpInputs, testing::ValuesIn(kTable),
                         [](const testing::TestParamInfo<PerpInput> &info) {
                             return std::string(info.param.coin) + "_" + info.param.venue;
                         });

TEST(PerpInputsCoverage, EveryPerpetualCoinOfTheTableOnEveryVenue)
{
    for (const QString &venue : VenueDirectory::standard().ids(VenueSide::Perpetual)) {
        QStringList coins = boardOf(venue).coins(venue);
        coins.sort();
        EXPECT_EQ(coins.join(u','), QStringLiteral("BTC,DOGE,ETH,ORDI,SHIB,SOL,XRP")) << venue.toStdString();
    }
    EXPECT_EQ(std::size(kTable), 7u * 3u);
}

TEST(PerpInputsCoverage, BinanceLastPriceFromEveryCycleAgreesWithTheDailyStatistics)
{
    // ticker/price (weight 2) every cycle, and the 24 h statistics (weight 40) once a minute.
    const BinanceVenue binance;
    const InstrumentSet followed(listingOf(binance, QStringLiteral("binance/fapi-v1-exchangeinfo-many.json")));
    const QuoteBatch last
        = batchOf(binance, followed, QStringLiteral("last"), QStringLiteral("binance/fapi-v1-ticker-price-all.json"));
    const QuoteBatch statistics = batchOf(binance, followed, QStringLiteral("statistics"),
                                          QStringLiteral("binance/fapi-v1-ticker-24hr-all.json"));
    ASSERT_EQ(last.quotes.size(), statistics.quotes.size());
    for (qsizetype i = 0; i < last.quotes.size(); ++i) {
        EXPECT_EQ(last.quotes[i].coin, statistics.quotes[i].coin);
        EXPECT_EQ(text(last.quotes[i].last), text(statistics.quotes[i].last)) << last.quotes[i].coin.toStdString();
    }
}
