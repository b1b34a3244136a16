#include "venues/jsonrows.h"

#include "../../common/fixturefile.h"

#include "exchanges/jsonreply.h"
#include "venuefixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace {

QList<QLatin1StringView> path(const QStringList &keys, QList<QByteArray> &storage)
{
    QList<QLatin1StringView> views;
    for (const QString &key : keys) {
        storage.append(key.toLatin1());
        views.append(QLatin1StringView(storage.constLast()));
    }
    return views;
}

bool valid(const char *text)
{
    return JsonRows::isValid(QByteArrayView(text));
}

// What QJsonDocument thinks of the same text.
bool qtValid(const char *text)
{
    QJsonParseError error;
    QJsonDocument::fromJson(QByteArray(text), &error);
    return error.error == QJsonParseError::NoError;
}

} // namespace

// Every row of every many-coin fixture, every member: the same value as QJsonDocument gives, and
// the same number as the document path reads from it.
TEST(JsonRows, ReadsEveryFixtureRowAsQJsonDocumentDoes)
{
    int files = 0;
    int values = 0;
    for (const VenueFixture &fixture : VenueFixtures::all()) {
        const QByteArray body = fixtureFile(fixture.file);
        QList<QByteArray> storage;
        std::optional<JsonRows> rows = JsonRows::open(body, path(fixture.rowsAt, storage));
        ASSERT_TRUE(rows) << qPrintable(fixture.file);
        QJsonValue expected = QJsonDocument::fromJson(body).isArray()
            ? QJsonValue(QJsonDocument::fromJson(body).array())
            : QJsonValue(QJsonDocument::fromJson(body).object());
        for (const QString &key : fixture.rowsAt)
            expected = expected.toObject().value(key);
        const QJsonArray documentRows = expected.toArray();
        qsizetype index = 0;
        while (rows->next()) {
            ASSERT_LT(index, documentRows.size()) << qPrintable(fixture.file);
            const QJsonObject row = documentRows[index++].toObject();
            for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
                EXPECT_EQ(rows->value(it.key()), it.value()) << qPrintable(fixture.file + u' ' + it.key());
                EXPECT_EQ(rows->decimal(it.key()).value_or(Decimal::fromInteger(-7)),
                          JsonReply::decimal(it.value()).value_or(Decimal::fromInteger(-7)))
                    << qPrintable(fixture.file + u' ' + it.key());
                ++values;
            }
            EXPECT_TRUE(rows->value(u"no such member").isUndefined());
            EXPECT_FALSE(rows->decimal(u"no such member"));
        }
        EXPECT_EQ(index, documentRows.size()) << qPrintable(fixture.file);
        ++files;
    }
    EXPECT_EQ(files, VenueFixtures::all().size());
    EXPECT_GT(values, 2000);
}

TEST(JsonRows, FindsTheRowsAndChecksTheEnvelope)
{
    const QByteArray okx = R"({"code":"0","msg":"","data":[{"instId":"BTC-USDT-SWAP","last":"89313.3"}]})";
    const QList<QLatin1StringView> data { QLatin1StringView("data") };
    const JsonRows::Expected success { QLatin1StringView("code"), QLatin1StringView("0") };
    std::optional<JsonRows> rows = JsonRows::open(okx, data, { success });
    ASSERT_TRUE(rows);
    ASSERT_TRUE(rows->next());
    EXPECT_EQ(rows->value(u"last").toString(), QStringLiteral("89313.3"));
    EXPECT_FALSE(rows->next());

    // The venue's error answer, its rows elsewhere, not there at all, or not an array.
    EXPECT_FALSE(JsonRows::open(R"({"code":"50011","msg":"Too Many Requests","data":[]})", data, { success }));
    EXPECT_FALSE(JsonRows::open(okx, { QLatin1StringView("rows") }, { success }));
    EXPECT_FALSE(JsonRows::open(R"({"code":"0","data":{}})", data, { success }));
    EXPECT_FALSE(JsonRows::open(R"([1,2])", data));
    EXPECT_FALSE(JsonRows::open(R"({"code":"0"})", {}));
    // A number's literal, and an envelope member that comes after the rows.
    const QByteArray bybit = R"({"result":{"category":"linear","list":[{"symbol":"BTCUSDT"}]},"retCode":0})";
    rows = JsonRows::open(bybit, { QLatin1StringView("result"), QLatin1StringView("list") },
                          { { QLatin1StringView("retCode"), QLatin1StringView("0") } });
    ASSERT_TRUE(rows);
    ASSERT_TRUE(rows->next());
    EXPECT_EQ(rows->value(u"symbol").toString(), QStringLiteral("BTCUSDT"));
    // A bare array; an empty one.
    EXPECT_TRUE(JsonRows::open(R"( [ {"a":1} , {"a":2} ] )", {}));
    rows = JsonRows::open("[]", {});
    ASSERT_TRUE(rows);
    EXPECT_FALSE(rows->next());
}

TEST(JsonRows, ReadsValuesOfEveryKindAsQJsonDocumentDoes)
{
    const QByteArray text
        = R"([{"s":"a\"b\\c\/d\n\u00e9\ud83d\ude00","n":-12.5e-1,"i":1796054400000,"t":true,"f":false,)"
          R"("z":null,"o":{"k":[1,{"x":"y"}]},"a":[],"k\u0065y":"escaped key","d":1,"d":2,)"
          R"("u":"유의"},7,"x"])";
    const QJsonArray document = QJsonDocument::fromJson(text).array();
    std::optional<JsonRows> rows = JsonRows::open(text, {});
    ASSERT_TRUE(rows);
    ASSERT_TRUE(rows->next());
    const QJsonObject first = document[0].toObject();
    for (const QString &key : first.keys())
        EXPECT_EQ(rows->value(key), first.value(key)) << qPrintable(key);
    EXPECT_EQ(rows->value(u"key").toString(), QStringLiteral("escaped key"));
    EXPECT_EQ(rows->decimal(u"n"), Decimal::fromString(u"-1.25"));
    EXPECT_EQ(rows->decimal(u"i"), Decimal::fromInteger(1'796'054'400'000));
    EXPECT_FALSE(rows->decimal(u"s"));
    EXPECT_FALSE(rows->decimal(u"t"));
    // Rows that are not objects have no members.
    ASSERT_TRUE(rows->next());
    EXPECT_TRUE(rows->value(u"s").isUndefined());
    ASSERT_TRUE(rows->next());
    EXPECT_FALSE(rows->next());
}

TEST(JsonRows, RefusesWhatIsNotJsonAsQJsonDocumentDoes)
{
    const char *broken[] = {
        "",
        "   ",
        "[",
        "[1,]",
        "[1 2]",
        "{\"a\"}",
        "{\"a\":1,}",
        "{a:1}",
        "[01]",
        "[1.]",
        "[.5]",
        "[-]",
        "[1e]",
        "[+1]",
        "[\"\\x\"]",
        "[\"\\u12G4\"]",
        "[\"tab\there\"]",
        "[\"unterminated]",
        "[tru]",
        "[nul]",
        "[1] [2]",
        "[1] x",
        "[\"\xff\"]",
        "[\"\xc3\"]",
        "[\"\xed\xa0\x80\"]",
        "[\"\xc0\xaf\"]",
    };
    for (const char *text : broken) {
        EXPECT_FALSE(valid(text)) << text;
        EXPECT_FALSE(qtValid(text) && valid(text)) << text;
        EXPECT_FALSE(JsonRows::open(QByteArrayView(text), {}));
    }
    const char *fine[] = {
        "[]",
        "{}",
        "[0,-0,1.5e+3,2E-2,-0.1]",
        "[\"\\u00e9\\n\"]",
        "{\"a\":[{},[]]}",
        " [true,false,null] ",
        "[\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\"]",
    };
    for (const char *text : fine) {
        EXPECT_TRUE(valid(text)) << text;
        EXPECT_TRUE(qtValid(text)) << text;
    }
}

TEST(JsonRows, RefusesNestingDeeperThan64)
{
    const QByteArray deep = QByteArray(64, '[') + QByteArray(64, ']');
    const QByteArray tooDeep = QByteArray(65, '[') + QByteArray(65, ']');
    EXPECT_TRUE(JsonRows::isValid(deep));
    EXPECT_FALSE(JsonRows::isValid(tooDeep));
}
