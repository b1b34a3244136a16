#include "jsonrows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <algorithm>
#include <charconv>
#include <cstring>

namespace {

constexpr int kMaxDepth = 64;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// A strict reader of the grammar, over text already known or being checked.
class Cursor
{
public:
    explicit Cursor(QByteArrayView text, qsizetype position = 0)
        : m_data(text.data())
        , m_size(text.size())
        , m_position(position)
    {
    }

    qsizetype position() const { return m_position; }
    bool atEnd() const { return m_position >= m_size; }
    char peek() const { return atEnd() ? '\0' : m_data[m_position]; }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_position;
        return true;
    }
    void skipSpace()
    {
        while (!atEnd() && isSpace(m_data[m_position]))
            ++m_position;
    }

    // Checking reads: false at the first byte that breaks the grammar.
    bool value(int depth)
    {
        skipSpace();
        switch (peek()) {
        case '{':
            return container(depth, '}');
        case '[':
            return container(depth, ']');
        case '"':
            return string();
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    // Fast reads of text already checked. Returns whether the string has escapes.
    bool skipCheckedString()
    {
        bool escaped = false;
        for (++m_position;; ++m_position) {
            const char c = m_data[m_position];
            if (c == '"')
                break;
            if (c == '\\') {
                escaped = true;
                ++m_position;
            }
        }
        ++m_position;
        return escaped;
    }
    void skipCheckedValue()
    {
        skipSpace();
        const char first = peek();
        if (first == '"') {
            skipCheckedString();
            return;
        }
        if (first != '{' && first != '[') {
            while (!atEnd() && !isSpace(peek()) && peek() != ',' && peek() != '}' && peek() != ']')
                ++m_position;
            return;
        }
        int depth = 0;
        do {
            const char c = m_data[m_position];
            if (c == '"') {
                skipCheckedString();
                continue;
            }
            if (c == '{' || c == '[')
                ++depth;
            else if (c == '}' || c == ']')
                --depth;
            ++m_position;
        } while (depth > 0);
    }

private:
    bool literal(const char *word)
    {
        const qsizetype length = qsizetype(std::strlen(word));
        if (m_size - m_position < length || std::memcmp(m_data + m_position, word, size_t(length)) != 0)
            return false;
        m_position += length;
        return true;
    }

    bool digits()
    {
        const qsizetype start = m_position;
        while (isDigit(peek()))
            ++m_position;
        return m_position > start;
    }

    bool number()
    {
        take('-');
        if (take('0')) {
            if (isDigit(peek()))
                return false;
        } else if (!digits()) {
            return false;
        }
        if (take('.') && !digits())
            return false;
        if (take('e') || take('E')) {
            if (!take('+'))
                take('-');
            return digits();
        }
        return true;
    }

    // One UTF-8 sequence from a lead byte of 0x80 or more: no overlong forms, no surrogates.
    bool utf8Sequence()
    {
        const auto byte = [&](qsizetype offset) {
            return m_position + offset < m_size ? static_cast<unsigned char>(m_data[m_position + offset]) : 0u;
        };
        const unsigned lead = byte(0);
        int length = 0;
        unsigned low = 0x80;
        unsigned high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        if (byte(1) < low || byte(1) > high)
            return false;
        for (int i = 2; i < length; ++i) {
            if (byte(i) < 0x80 || byte(i) > 0xBF)
                return false;
        }
        m_position += length;
        return true;
    }

    bool string()
    {
        ++m_position;
        while (!atEnd()) {
            const auto c = static_cast<unsigned char>(m_data[m_position]);
            if (c == '"') {
                ++m_position;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c >= 0x80) {
                if (!utf8Sequence())
                    return false;
                continue;
            }
            ++m_position;
            if (c != '\\')
                continue;
            const char escape = peek();
            ++m_position;
            if (escape == 'u') {
                for (int i = 0; i < 4; ++i) {
                    if (!isHex(peek()))
                        return false;
                    ++m_position;
                }
            } else if (!std::strchr("\"\\/bfnrt", escape) || escape == '\0') {
                return false;
            }
        }
        return false;
    }

    bool container(int depth, char close)
    {
        if (depth >= kMaxDepth)
            return false;
        ++m_position;
        skipSpace();
        if (take(close))
            return true;
        for (;;) {
            if (close == '}') {
                skipSpace();
                if (peek() != '"' || !string())
                    return false;
                skipSpace();
                if (!take(':'))
                    return false;
            }
            if (!value(depth + 1))
                return false;
            skipSpace();
            if (take(close))
                return true;
            if (!take(','))
                return false;
        }
    }

    const char *m_data;
    qsizetype m_size;
    qsizetype m_position;
};

// The members of the object at `position` of checked text (the first character must be '{').
// Reads a member's key and the colon after it, leaving the cursor on the value.
QByteArrayView readKey(QByteArrayView text, Cursor &cursor, bool *escaped)
{
    cursor.skipSpace();
    const qsizetype keyStart = cursor.position() + 1;
    *escaped = cursor.skipCheckedString();
    const QByteArrayView key = text.sliced(keyStart, cursor.position() - 1 - keyStart);
    cursor.skipSpace();
    cursor.take(':');
    cursor.skipSpace();
    return key;
}

// The members of the object at `position` of checked text (its first character is '{'); returns
// the position after the object.
template<typename Visit> qsizetype forEachMember(QByteArrayView text, qsizetype position, Visit &&visit)
{
    Cursor cursor(text, position + 1);
    cursor.skipSpace();
    if (cursor.take('}'))
        return cursor.position();
    for (;;) {
        bool escaped = false;
        const QByteArrayView key = readKey(text, cursor, &escaped);
        const qsizetype valueStart = cursor.position();
        cursor.skipCheckedValue();
        visit(key, escaped, text.sliced(valueStart, cursor.position() - valueStart));
        cursor.skipSpace();
        if (!cursor.take(','))
            return cursor.position() + 1;
    }
}

// The position of the value of the member `key` of the object at `position`, or -1; `before` sees
// every member before it. The value itself is not read, so finding the rows costs nothing.
template<typename Visit>
qsizetype memberPosition(QByteArrayView text, qsizetype position, QLatin1StringView key, Visit &&before)
{
    Cursor cursor(text, position + 1);
    cursor.skipSpace();
    if (cursor.take('}'))
        return -1;
    for (;;) {
        bool escaped = false;
        const QByteArrayView name = readKey(text, cursor, &escaped);
        const qsizetype valueStart = cursor.position();
        if (!escaped && QLatin1StringView(name) == key)
            return valueStart;
        cursor.skipCheckedValue();
        before(name, text.sliced(valueStart, cursor.position() - valueStart));
        cursor.skipSpace();
        if (!cursor.take(','))
            return -1;
    }
}

// The text of a checked string without its quotes, escapes decoded.
QString unescaped(QByteArrayView raw)
{
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    QString text;
    qsizetype run = 0;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\')
            continue;
        text += QString::fromUtf8(raw.sliced(run, i - run));
        const char escape = raw[++i];
        switch (escape) {
        case 'b':
            text += u'\b';
            break;
        case 'f':
            text += u'\f';
            break;
        case 'n':
            text += u'\n';
            break;
        case 'r':
            text += u'\r';
            break;
        case 't':
            text += u'\t';
            break;
        case 'u': {
            unsigned unit = 0;
            std::from_chars(raw.data() + i + 1, raw.data() + i + 5, unit, 16);
            text += QChar(char16_t(unit));
            i += 4;
            break;
        }
        default:
            text += QLatin1Char(escape);
        }
        run = i + 1;
    }
    return text + QString::fromUtf8(raw.sliced(run));
}

// A checked scalar's text: a string's decoded content, a number's or a literal's characters.
QString scalarText(QByteArrayView raw)
{
    if (raw.startsWith('"'))
        return unescaped(raw.sliced(1, raw.size() - 2));
    return QString::fromLatin1(raw);
}

// The checked value as QJsonDocument reads it: integers that fit stay integers.
QJsonValue toJsonValue(QByteArrayView raw)
{
    switch (raw.front()) {
    case '"':
        return unescaped(raw.sliced(1, raw.size() - 2));
    case '{':
        return QJsonDocument::fromJson(raw.toByteArray()).object();
    case '[':
        return QJsonDocument::fromJson(raw.toByteArray()).array();
    case 't':
        return true;
    case 'f':
        return false;
    case 'n':
        return QJsonValue(QJsonValue::Null);
    default:
        break;
    }
    const char *begin = raw.data();
    const char *end = begin + raw.size();
    if (!raw.contains('.') && !raw.contains('e') && !raw.contains('E')) {
        qint64 integer = 0;
        if (std::from_chars(begin, end, integer).ec == std::errc())
            return integer;
    }
    double number = 0;
    const auto result = std::from_chars(begin, end, number);
    if (result.ec == std::errc::result_out_of_range)
        return raw.front() == '-' ? -qInf() : qInf();
    return number;
}

} // namespace

JsonRows::JsonRows(QByteArrayView text)
    : m_text(text)
{
}

bool JsonRows::isValid(QByteArrayView text)
{
    Cursor cursor(text);
    if (!cursor.value(0))
        return false;
    cursor.skipSpace();
    return cursor.atEnd();
}

std::optional<JsonRows> JsonRows::open(QByteArrayView body, const QList<QLatin1StringView> &rowsAt,
                                       const QList<Expected> &expected)
{
    if (!isValid(body))
        return std::nullopt;
    Cursor top(body);
    top.skipSpace();
    qsizetype rows = top.position();
    std::vector<bool> matched(size_t(expected.size()), false);
    const auto match = [&](QByteArrayView key, QByteArrayView value) {
        for (qsizetype i = 0; i < expected.size(); ++i) {
            if (QLatin1StringView(key) == expected[i].first && scalarText(value) == expected[i].second)
                matched[size_t(i)] = true;
        }
    };
    const qsizetype topLevel = rows;
    for (qsizetype level = 0; level < rowsAt.size(); ++level) {
        if (body[rows] != '{')
            return std::nullopt;
        rows = memberPosition(body, rows, rowsAt[level], [&](QByteArrayView key, QByteArrayView value) {
            if (level == 0)
                match(key, value);
        });
        if (rows < 0)
            return std::nullopt;
    }
    // The envelope's members come ahead of the rows on every venue; where they do not, every member
    // of the top level is read (skipping the rows once).
    if (std::find(matched.cbegin(), matched.cend(), false) != matched.cend() && !rowsAt.isEmpty())
        forEachMember(body, topLevel, [&](QByteArrayView key, bool, QByteArrayView value) { match(key, value); });
    if (std::find(matched.cbegin(), matched.cend(), false) != matched.cend() || body[rows] != '[')
        return std::nullopt;
    JsonRows reader(body);
    reader.m_position = rows + 1;
    return reader;
}

bool JsonRows::next()
{
    m_members.clear();
    Cursor cursor(m_text, m_position);
    cursor.skipSpace();
    cursor.take(',');
    cursor.skipSpace();
    if (cursor.peek() == ']')
        return false;
    const qsizetype row = cursor.position();
    if (m_text[row] != '{') {
        cursor.skipCheckedValue();
        m_position = cursor.position();
        return true;
    }
    m_position = forEachMember(m_text, row, [this](QByteArrayView key, bool escaped, QByteArrayView value) {
        m_members.push_back({ key, value, escaped });
    });
    return true;
}

const JsonRows::Member *JsonRows::find(QStringView key) const
{
    // The last of duplicate keys wins, as in QJsonDocument.
    for (auto it = m_members.crbegin(); it != m_members.crend(); ++it) {
        if (it->escaped ? unescaped(it->key) == key : QLatin1StringView(it->key) == key)
            return &*it;
    }
    return nullptr;
}

QJsonValue JsonRows::value(QStringView key) const
{
    const Member *member = find(key);
    return member ? toJsonValue(member->value) : QJsonValue(QJsonValue::Undefined);
}

std::optional<Decimal> JsonRows::decimal(QStringView key) const
{
    const Member *member = find(key);
    if (!member)
        return std::nullopt;
    QByteArrayView raw = member->value;
    if (raw.front() == '"') {
        // Numbers in strings are short plain ASCII; anything else takes the QJsonValue way.
        raw = raw.sliced(1, raw.size() - 2);
        char16_t text[64];
        if (raw.size() > qsizetype(std::size(text)))
            return std::nullopt;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            const auto c = static_cast<unsigned char>(raw[i]);
            if (c == '\\' || c >= 0x80)
                return std::nullopt;
            text[i] = c;
        }
        return Decimal::fromString(QStringView(text, raw.size()));
    }
    if (raw.front() != '-' && !isDigit(raw.front()))
        return std::nullopt;
    // As QJsonDocument reads a number: a double.
    double number = 0;
    if (std::from_chars(raw.data(), raw.data() + raw.size(), number).ec != std::errc())
        return std::nullopt;
    return Decimal::fromJsonDouble(number);
}
