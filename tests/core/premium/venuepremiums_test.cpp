#include "premiumtable.h"

#include "../../common/fixturefile.h"
#include "../../common/venueplayback.h"

#include "marketfixtures.h"
#include "venues/venuedirectory.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace MarketQuotes;

namespace {

// Every venue of the directory played from the many-coin fixtures of one moment through its own
// adapter: its listing, every quote request of a cycle and its wallet status, into one board.
class FixtureMarket
{
public:
    // A fatal failure inside returns early, and the test using it stops there.
    void load(qint64 momentMs)
    {
        const VenueDirectory &directory = VenueDirectory::standard();
        for (const QString &id : directory.ids()) {
            const VenueAdapter &adapter = *directory.find(id);
            const VenuePlayback::Body body = [this, id](const VenueRequest &request) {
                QString file;
                for (const MarketFixtures::Route &route : MarketFixtures::routes(id)) {
                    if (route.path == request.path)
                        file = route.file;
                }
                EXPECT_FALSE(file.isEmpty()) << "no fixture for " << qPrintable(id + QLatin1Char(' ') + request.path);
                m_files.insert(file);
                return fixtureFile(file);
            };
            auto listed = VenuePlayback::listing(adapter, body, momentMs);
            ASSERT_TRUE(std::holds_alternative<InstrumentSet>(listed))
                << qPrintable(id + QStringLiteral(": ") + std::get<FetchError>(listed).describe());
            m_listed.insert(id, std::get<InstrumentSet>(listed));
            auto batches = VenuePlayback::quotes(adapter, m_listed.value(id), body, momentMs);
            ASSERT_TRUE(std::holds_alternative<QList<QuoteBatch>>(batches))
                << qPrintable(id + QStringLiteral(": ") + std::get<FetchError>(batches).describe());
            for (const QuoteBatch &batch : std::get<QList<QuoteBatch>>(batches)) {
                for (const DataIssue &issue : m_board.apply(batch))
                    ADD_FAILURE() << qPrintable(issue.describe());
            }
            auto statuses = VenuePlayback::statuses(adapter, body, momentMs);
            ASSERT_TRUE(std::holds_alternative<QList<CoinStatus>>(statuses))
                << qPrintable(id + QStringLiteral(": ") + std::get<FetchError>(statuses).describe());
            m_board.apply(std::get<QList<CoinStatus>>(statuses));
        }
    }

    const MarketBoard &board() const { return m_board; }
    InstrumentSet listed(const QString &venue) const { return m_listed.value(venue); }
    const QSet<QString> &filesRead() const { return m_files; }

private:
    MarketBoard m_board;
    QHash<QString, InstrumentSet> m_listed;
    QSet<QString> m_files;
};

class VenuePremiums : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        table = ExpectedPremiums::load(&error);
        ASSERT_TRUE(table) << qPrintable(error);
        market.load(table->momentMs());
    }

    std::optional<ExpectedPremiums> table;
    FixtureMarket market;
};

} // namespace

// The expected-premiums table once more, now from the fixture files themselves through the real
// adapters' parsers: listings (multipliers, the perpetuals only), every quote reply, wallets.
TEST_F(VenuePremiums, TheAdaptersReproduceTheExpectedPremiumsTableFromTheFixtures)
{
    EXPECT_EQ(VenueDirectory::standard().ids().size(), 6);

    for (const QString &file : table->sourceFiles())
        EXPECT_TRUE(market.filesRead().contains(file)) << "never read: " << qPrintable(file);
    EXPECT_GE(table->sourceFiles().size(), 12);
    expectTheTable(market.board(), *table);
}

TEST_F(VenuePremiums, TheDatedFutureAndTheDelistingPerpetualAreNeverFollowed)
{
    const InstrumentSet binance = market.listed(QStringLiteral("binance"));
    ASSERT_NE(binance.byCoin(QStringLiteral("BTC")), nullptr);
    EXPECT_EQ(binance.byCoin(QStringLiteral("BTC"))->symbol, QStringLiteral("BTCUSDT"));
    EXPECT_EQ(binance.bySymbol(QStringLiteral("BTCUSDT_261225")), nullptr);
    EXPECT_EQ(binance.byCoin(QStringLiteral("BORA")), nullptr);
    // 90,114.2 is the quarter future's price.
    EXPECT_EQ(market.board().quote(QStringLiteral("binance"), QStringLiteral("BTC"))->last->value, d("89277.1"));
}

TEST_F(VenuePremiums, TheKoreanVenuesWalletAndCautionFlagsComeWithTheCoin)
{
    const std::optional<Quote> fx = fxQuote(table->fx(), table->momentMs());
    const auto premium = [&](const char *coin, const char *korea) {
        return market.board().premium(QString::fromLatin1(coin),
                                      VenuePair { QString::fromLatin1(korea), QStringLiteral("okx") }, fx,
                                      PremiumBasis::Seed, table->momentMs());
    };
    EXPECT_EQ(premium("XRP", "bithumb").withdrawalOpen, std::optional<bool>(false));
    EXPECT_EQ(premium("XRP", "bithumb").depositOpen, std::optional<bool>(true));
    EXPECT_EQ(premium("ETH", "bithumb").withdrawalOpen, std::optional<bool>(true));
    EXPECT_EQ(premium("SOL", "coinone").depositOpen, std::optional<bool>(false));
    EXPECT_EQ(premium("SOL", "coinone").withdrawalOpen, std::optional<bool>(true));
    EXPECT_EQ(premium("SHIB", "upbit").caution, std::optional<bool>(true));
    EXPECT_EQ(premium("SHIB", "bithumb").caution, std::optional<bool>(true));
    EXPECT_NE(premium("BTC", "upbit").caution, std::optional<bool>(true));
    EXPECT_NE(premium("XRP", "coinone").withdrawalOpen, std::optional<bool>(false));
}
