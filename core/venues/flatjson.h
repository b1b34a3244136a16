#pragma once

#include "market/decimal.h"

#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>

#include <optional>
#include <vector>

// A JSON text read into a flat list of tokens, one per value and per key in document order,
// without copying the text: the venues' all-symbol replies run to hundreds of kilobytes every
// second, and QJsonDocument takes milliseconds to build each. Strict RFC 8259 (no comments, no
// trailing commas, no NaN); strings stay as written until one is asked for.
//
// Token 0 is the root. A container's members follow it (an object's as key, value, key, ...),
// and every token knows the first token past its own subtree, so a reader skips a whole row in
// one step. The text must outlive the FlatJson.
class FlatJson final
{
public:
    enum class Type : quint8 {
        Object,
        Array,
        String,
        Number,
        True,
        False,
        Null,
    };
    static constexpr qsizetype None = -1;
    static constexpr int MaxDepth = 64;

    // nullopt unless `text` is exactly one JSON value (with whitespace around it) nested at most
    // MaxDepth deep.
    static std::optional<FlatJson> parse(QByteArrayView text);

    qsizetype tokenCount() const { return static_cast<qsizetype>(m_tokens.size()); }
    // False for None.
    bool is(qsizetype token, Type type) const;
    // The value of `key` in the object `object`; None when it has none or is no object. Keys are
    // compared as written: a key spelled with escapes matches only its escaped form.
    qsizetype member(qsizetype object, QLatin1StringView key) const;
    // An array's elements: the first (None when empty), and the one after `element`.
    qsizetype firstElement(qsizetype array) const;
    qsizetype nextElement(qsizetype array, qsizetype element) const;
    // An object's members by their key tokens (each value is the token after its key): the first
    // (None when empty), and the one after `key`.
    qsizetype firstMember(qsizetype object) const;
    qsizetype nextMember(qsizetype object, qsizetype key) const;

    // A string's bytes between its quotes, escapes unresolved; a number or literal as written.
    QByteArrayView raw(qsizetype token) const;
    // A string with its escapes resolved; empty for anything else.
    QString string(qsizetype token) const;
    // A number, or a string holding one ("89277.10", "1,432.60"), exactly as written.
    std::optional<Decimal> decimal(qsizetype token) const;
    // A whole number, written as a number or in a string ("1796054400000").
    std::optional<qint64> integer(qsizetype token) const;
    // A number as written or a string resolved: how venues send their error codes.
    QString scalarText(qsizetype token) const;

private:
    struct Token
    {
        Type type;
        bool escaped; // a string with backslashes
        qint32 start; // offset of the value; for strings, of the first byte after the quote
        qint32 length;
        qint32 after; // index of the first token past this one's subtree
    };
    class Parser;

    explicit FlatJson(QByteArrayView text);
    bool valid(qsizetype token) const;

    QByteArrayView m_text;
    std::vector<Token> m_tokens;
};
