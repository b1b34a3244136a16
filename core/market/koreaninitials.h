#pragma once

#include <QString>

// Korean initial consonants (초성) for search: a trader types "ㅂㅌ" for 비트코인. Each precomposed
// Hangul syllable stands for its initial consonant written as a compatibility letter (U+3131..).
class KoreanInitials final
{
public:
    KoreanInitials() = delete;

    // The initial consonant of a Hangul syllable, as a compatibility letter; a null QChar otherwise.
    static QChar initialOf(QChar syllable);
    // Every syllable replaced by its initial: "비트코인 BTC" -> "ㅂㅌㅋㅇ BTC".
    static QString of(QStringView text);
    // Whether `query` occurs in `text`, where a consonant letter of the query also matches any
    // syllable starting with it ("ㅂ트" and "ㅂㅌ" find "비트코인"). Case-sensitive: fold both first.
    static bool contains(QStringView text, QStringView query);
};
