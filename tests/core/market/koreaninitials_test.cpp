#include "market/koreaninitials.h"

#include <gtest/gtest.h>

TEST(KoreanInitials, ReplacesEachSyllableByItsInitialConsonant)
{
    EXPECT_EQ(KoreanInitials::of(u"비트코인"), QStringLiteral("ㅂㅌㅋㅇ"));
    EXPECT_EQ(KoreanInitials::of(u"이더리움 ETH"), QStringLiteral("ㅇㄷㄹㅇ ETH"));
    // First and last syllables of the block, and a doubled consonant.
    EXPECT_EQ(KoreanInitials::of(u"가힣뽀"), QStringLiteral("ㄱㅎㅃ"));
    EXPECT_EQ(KoreanInitials::of(u""), QString());
}

TEST(KoreanInitials, LeavesWhatIsNotASyllable)
{
    EXPECT_TRUE(KoreanInitials::initialOf(u'A').isNull());
    EXPECT_TRUE(KoreanInitials::initialOf(u'ㅂ').isNull());
    EXPECT_EQ(KoreanInitials::initialOf(u'솔'), u'ㅅ');
}

TEST(KoreanInitials, ConsonantsFindTheSyllablesTheyStart)
{
    EXPECT_TRUE(KoreanInitials::contains(u"비트코인", u"ㅂㅌ"));
    EXPECT_TRUE(KoreanInitials::contains(u"비트코인", u"ㅋㅇ"));
    EXPECT_TRUE(KoreanInitials::contains(u"비트코인", u"ㅂㅌㅋㅇ"));
    EXPECT_FALSE(KoreanInitials::contains(u"비트코인", u"ㅂㅋ")); // not adjacent
    EXPECT_FALSE(KoreanInitials::contains(u"이더리움", u"ㅂㅌ"));
    EXPECT_FALSE(KoreanInitials::contains(u"비트코인", u"ㅂㅌㅋㅇㅇ")); // longer than the name
}

TEST(KoreanInitials, MixedQueriesAndPlainText)
{
    EXPECT_TRUE(KoreanInitials::contains(u"비트코인", u"비ㅌ"));
    EXPECT_TRUE(KoreanInitials::contains(u"비트코인", u"트코"));
    EXPECT_FALSE(KoreanInitials::contains(u"비트코인", u"ㅂ코"));
    // A syllable in the query matches only itself, never by its initial.
    EXPECT_FALSE(KoreanInitials::contains(u"바트", u"비트"));
    EXPECT_TRUE(KoreanInitials::contains(u"bitcoin", u"tco"));
    EXPECT_TRUE(KoreanInitials::contains(u"anything", u""));
}
