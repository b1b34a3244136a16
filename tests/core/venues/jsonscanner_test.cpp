#include "venues/jsonscanner.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

#include <string>

namespace {

// Walks any value the way a reader that wants everything would, writing it back compactly; the
// scanner's bytes for strings and numbers as written.
std::string walk(JsonScanner &scanner)
{
    switch (scanner.peek()) {
    case JsonScanner::Kind::Array: {
        scanner.beginArray();
        std::string text = "[";
        while (scanner.nextElement())
            text += (text.size() > 1 ? "," : "") + walk(scanner);
        return text + "]";
    }
    case JsonScanner::Kind::Object: {
        scanner.beginObject();
        std::string text = "{";
        QByteArrayView key;
        while (scanner.nextMember(key))
            text += (text.size() > 1 ? ",\"" : "\"") + key.toByteArray().toStdString() + "\":" + walk(scanner);
        return text + "}";
    }
    case JsonScanner::Kind::String:
        return "\"" + scanner.scalar().value_or("?").toByteArray().toStdString() + "\"";
    default: {
        const auto value = scanner.scalar();
        return value ? value->toByteArray().toStdString() : "?";
    }
    }
}

std::string walked(const QByteArray &text, bool *complete = nullptr)
{
    JsonScanner scanner(text);
    const std::string result = walk(scanner);
    if (complete)
        *complete = scanner.atEnd();
    return result;
}

bool skipsWhole(const QByteArray &text)
{
    JsonScanner scanner(text);
    return scanner.skipValue() && scanner.atEnd();
}

} // namespace

TEST(JsonScanner, WalksEveryValidShapeAndKeepsTheWrittenBytes)
{
    const QByteArray text = R"( { "a" : [ 1 , -2.50 , 1.29779E8 , "x\"y" , true , false , null , { } , [ ] ] ,
        "b" : { "c" : { "d" : [ [ "e" ] ] } } , "" : "\\" } )";
    bool complete = false;
    EXPECT_EQ(walked(text, &complete),
              R"({"a":[1,-2.50,1.29779E8,"x\"y",true,false,null,{},[]],"b":{"c":{"d":[["e"]]}},"":"\\"})");
    EXPECT_TRUE(complete);
    EXPECT_TRUE(skipsWhole(text));
    // What Qt reads as valid, the scanner skips whole.
    ASSERT_FALSE(QJsonDocument::fromJson(text).isNull());
}

TEST(JsonScanner, ReadsOnlyWhatItIsAskedAndSkipsTheRest)
{
    JsonScanner scanner(R"([{"skip":{"deep":[1,{"x":"]}"}]},"want":"KRW-BTC","n":129555000}])");
    ASSERT_TRUE(scanner.beginArray());
    ASSERT_TRUE(scanner.nextElement());
    ASSERT_TRUE(scanner.beginObject());
    QByteArrayView key;
    QByteArrayView want, number;
    while (scanner.nextMember(key)) {
        if (key == "want")
            want = scanner.scalar().value_or("");
        else if (key == "n")
            number = scanner.scalar().value_or("");
        else
            EXPECT_TRUE(scanner.skipValue());
    }
    EXPECT_EQ(want, "KRW-BTC");
    EXPECT_EQ(number, "129555000");
    EXPECT_FALSE(scanner.nextElement());
    EXPECT_TRUE(scanner.atEnd());
}

TEST(JsonScanner, AScalarAskedOfAContainerSkipsIt)
{
    JsonScanner scanner(R"([[1,2],{"a":3},4])");
    ASSERT_TRUE(scanner.beginArray());
    ASSERT_TRUE(scanner.nextElement());
    EXPECT_FALSE(scanner.scalar().has_value());
    ASSERT_TRUE(scanner.nextElement());
    EXPECT_FALSE(scanner.scalar().has_value());
    ASSERT_TRUE(scanner.nextElement());
    EXPECT_EQ(scanner.scalar().value_or(""), "4");
    EXPECT_FALSE(scanner.nextElement());
    EXPECT_TRUE(scanner.atEnd());
}

TEST(JsonScanner, BrokenTextFails)
{
    for (const char *text : { "",         "   ",         "[",           "[1",
                              "[1,",      "[1,]",        "[,1]",        "[1 2]",
                              R"({"a")",  R"({"a":})",   R"({"a":1,})", R"({a:1})",
                              R"(["abc)", R"(["abc\"])", "[tru]",       "[nul",
                              "}",        "]",           "<html>",      R"([{"market":"KRW-BTC","trade_price":1295)",
                              "[1]]",     "[1] x",       "{\"a\":1]" }) {
        EXPECT_FALSE(skipsWhole(QByteArray(text))) << text;
    }
}

TEST(JsonScanner, DeepNestingIsRefusedWithoutRecursion)
{
    EXPECT_TRUE(skipsWhole(QByteArray(60, '[') + QByteArray(60, ']')));
    EXPECT_FALSE(skipsWhole(QByteArray(100'000, '[') + QByteArray(100'000, ']')));
}

TEST(JsonScanner, AfterAFailureNothingMoreIsRead)
{
    JsonScanner scanner("[1,,2]");
    ASSERT_TRUE(scanner.beginArray());
    ASSERT_TRUE(scanner.nextElement());
    EXPECT_EQ(scanner.scalar().value_or(""), "1");
    EXPECT_FALSE(scanner.nextElement());
    EXPECT_TRUE(scanner.failed());
    EXPECT_FALSE(scanner.nextElement());
    EXPECT_FALSE(scanner.scalar().has_value());
    EXPECT_FALSE(scanner.atEnd());
}
