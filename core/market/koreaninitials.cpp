#include "koreaninitials.h"

#include <array>

namespace {

constexpr char16_t FirstSyllable = 0xAC00; // 가
constexpr char16_t LastSyllable = 0xD7A3; // 힣
constexpr int SyllablesPerInitial = 21 * 28; // vowels × finals

// The 19 initial consonants in syllable order, as compatibility letters (what a keyboard types).
constexpr std::array<char16_t, 19> Initials {
    0x3131, 0x3132, 0x3134, 0x3137, 0x3138, 0x3139, 0x3141, 0x3142, 0x3143, 0x3145,
    0x3146, 0x3147, 0x3148, 0x3149, 0x314A, 0x314B, 0x314C, 0x314D, 0x314E,
};

bool isConsonantLetter(QChar c)
{
    return c.unicode() >= 0x3131 && c.unicode() <= 0x314E;
}

bool matches(QChar textChar, QChar queryChar)
{
    return textChar == queryChar || (isConsonantLetter(queryChar) && KoreanInitials::initialOf(textChar) == queryChar);
}

} // namespace

QChar KoreanInitials::initialOf(QChar syllable)
{
    const char16_t code = syllable.unicode();
    if (code < FirstSyllable || code > LastSyllable)
        return QChar();
    return QChar(Initials[(code - FirstSyllable) / SyllablesPerInitial]);
}

QString KoreanInitials::of(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const QChar initial = initialOf(c);
        result += initial.isNull() ? c : initial;
    }
    return result;
}

bool KoreanInitials::contains(QStringView text, QStringView query)
{
    if (query.isEmpty())
        return true;
    for (qsizetype start = 0; start + query.size() <= text.size(); ++start) {
        qsizetype i = 0;
        while (i < query.size() && matches(text[start + i], query[i]))
            ++i;
        if (i == query.size())
            return true;
    }
    return false;
}
