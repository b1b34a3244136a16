#include "venues/flatjson.h"

#include <QStringList>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

TEST(FlatJson, WalksObjectsAndArraysWithoutCopying)
{
    const QByteArray text
        = R"( {"list":[{"s":"BTCUSDT","p":"89277.10","t":1796054400000},{"s":"ETHUSDT","n":{"deep":[1,2]},"p":2954.83}],
        "code":0,"ok":true,"no":false,"none":null} )";
    const auto json = FlatJson::parse(text);
    ASSERT_TRUE(json.has_value());
    EXPECT_TRUE(json->is(0, FlatJson::Type::Object));
    const qsizetype list = json->member(0, "list"_L1);
    ASSERT_TRUE(json->is(list, FlatJson::Type::Array));
    QStringList seen;
    for (qsizetype row = json->firstElement(list); row != FlatJson::None; row = json->nextElement(list, row))
        seen.append(json->string(json->member(row, "s"_L1)) + u'='
                    + json->decimal(json->member(row, "p"_L1))->toString());
    // A nested object inside a row is stepped over whole.
    EXPECT_EQ(seen.join(u','), QStringLiteral("BTCUSDT=89277.10,ETHUSDT=2954.83"));
    const qsizetype first = json->firstElement(list);
    EXPECT_EQ(json->integer(json->member(first, "t"_L1)), 1796054400000);
    EXPECT_EQ(json->scalarText(json->member(0, "code"_L1)), QStringLiteral("0"));
    EXPECT_TRUE(json->is(json->member(0, "ok"_L1), FlatJson::Type::True));
    EXPECT_TRUE(json->is(json->member(0, "no"_L1), FlatJson::Type::False));
    EXPECT_TRUE(json->is(json->member(0, "none"_L1), FlatJson::Type::Null));
    EXPECT_EQ(json->member(0, "missing"_L1), FlatJson::None);
    EXPECT_EQ(json->member(list, "s"_L1), FlatJson::None);
    EXPECT_EQ(json->firstElement(0), FlatJson::None);
    EXPECT_EQ(json->raw(FlatJson::None), QByteArrayView());
}

TEST(FlatJson, WalksTheMembersOfAnObjectInOrder)
{
    const QByteArray text = R"({"a":"1","n":{"deep":[1,{"x":2}]},"b":null,"c":[]})";
    const auto json = FlatJson::parse(text);
    ASSERT_TRUE(json.has_value());
    QStringList seen;
    for (qsizetype key = json->firstMember(0); key != FlatJson::None; key = json->nextMember(0, key))
        seen.append(json->string(key));
    // Nested containers are stepped over whole.
    EXPECT_EQ(seen.join(u','), QStringLiteral("a,n,b,c"));
    EXPECT_EQ(json->raw(json->firstMember(0) + 1), QByteArrayView("1"));
    EXPECT_EQ(json->firstMember(json->member(0, "c"_L1)), FlatJson::None);
    EXPECT_EQ(FlatJson::parse("{}")->firstMember(0), FlatJson::None);
    EXPECT_EQ(json->nextMember(0, FlatJson::None), FlatJson::None);
    EXPECT_EQ(json->nextMember(json->member(0, "n"_L1), 0), FlatJson::None);
}

TEST(FlatJson, ResolvesEscapesOnlyWhenAsked)
{
    const QByteArray text = R"(["a\"b\\c\/d\n", "\u00e9\ud83d\ude00", "plain ✓", "\u0031"])";
    const auto json = FlatJson::parse(text);
    ASSERT_TRUE(json.has_value());
    const qsizetype first = json->firstElement(0);
    EXPECT_EQ(json->string(first), QStringLiteral("a\"b\\c/d\n"));
    const qsizetype second = json->nextElement(0, first);
    EXPECT_EQ(json->string(second), QString::fromUtf8("é😀"));
    const qsizetype third = json->nextElement(0, second);
    EXPECT_EQ(json->string(third), QString::fromUtf8("plain ✓"));
    // Not a number as written, so not a number at all.
    EXPECT_FALSE(json->decimal(json->nextElement(0, third)).has_value());
    EXPECT_EQ(json->nextElement(0, json->nextElement(0, third)), FlatJson::None);
}

TEST(FlatJson, ReadsNumbersExactlyAsWritten)
{
    const auto json = FlatJson::parse(R"([0.1, -0.00004181, "1,432.60", 1e308, "", "NaN", 12.5, "12", 1.5e3])");
    ASSERT_TRUE(json.has_value());
    QStringList values;
    for (qsizetype e = json->firstElement(0); e != FlatJson::None; e = json->nextElement(0, e)) {
        const auto value = json->decimal(e);
        values.append(value ? value->toString() : QStringLiteral("-"));
    }
    EXPECT_EQ(values.join(u' '), QStringLiteral("0.1 -0.00004181 1432.60 - - - 12.5 12 1500"));
    const qsizetype twelveAndAHalf = json->firstElement(0) + 6;
    EXPECT_FALSE(json->integer(twelveAndAHalf).has_value());
    EXPECT_EQ(json->integer(twelveAndAHalf + 1), 12);
}

TEST(FlatJson, RejectsWhatIsNotOneJsonValue)
{
    const char *bad[] = {
        "",     "   ",     "{",         "[1,]",     "{\"a\":1,}", "{\"a\" 1}", "{1:2}",      "[1 2]",
        "[01]", "[-]",     "[1.]",      "[1e]",     "[.5]",       "[+1]",      "[NaN]",      "[tru]",
        "\"a",  "\"\\x\"", "\"\\u12\"", "\"a\tb\"", "[1] [2]",    "<html>",    "{\"a\":1}}", "nul",
    };
    for (const char *text : bad)
        EXPECT_FALSE(FlatJson::parse(QByteArrayView(text)).has_value()) << text;
    EXPECT_TRUE(FlatJson::parse("1").has_value());
    EXPECT_TRUE(FlatJson::parse("\"\"").has_value());
    EXPECT_TRUE(FlatJson::parse(" [ ] ").has_value());
}

TEST(FlatJson, StopsAtItsDepthLimit)
{
    const QByteArray deep = QByteArray(FlatJson::MaxDepth, '[') + QByteArray(FlatJson::MaxDepth, ']');
    EXPECT_TRUE(FlatJson::parse(deep).has_value());
    const QByteArray tooDeep = QByteArray(FlatJson::MaxDepth + 1, '[') + QByteArray(FlatJson::MaxDepth + 1, ']');
    EXPECT_FALSE(FlatJson::parse(tooDeep).has_value());
    // A million brackets neither overflow the stack nor take long.
    EXPECT_FALSE(FlatJson::parse(QByteArray(1'000'000, '[')).has_value());
}
