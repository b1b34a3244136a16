#include "flatjson.h"

#include <QVarLengthArray>

#include <array>
#include <charconv>
#include <cstring>
#include <limits>

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The UTF-16 code unit that the four hex digits at `at` spell (`\uXXXX`), if they are four.
std::optional<char16_t> codeUnit(const char *at)
{
    unsigned value = 0;
    const auto [end, error] = std::from_chars(at, at + 4, value, 16);
    if (error != std::errc() || end != at + 4)
        return std::nullopt;
    return static_cast<char16_t>(value);
}

// The bytes that end a plain run inside a string: the closing quote, a backslash and the control
// characters JSON forbids there.
constexpr auto kStringStop = [] {
    std::array<bool, 256> stop {};
    for (int c = 0; c < 0x20; ++c)
        stop[c] = true;
    stop['"'] = true;
    stop['\\'] = true;
    return stop;
}();

} // namespace

// Recursive descent over the bytes, at most MaxDepth containers deep, appending tokens.
class FlatJson::Parser
{
public:
    Parser(QByteArrayView text, std::vector<Token> &tokens)
        : m_begin(text.data())
        , m_at(text.data())
        , m_end(text.data() + text.size())
        , m_tokens(tokens)
    {
    }

    bool document()
    {
        if (!value(0))
            return false;
        skipSpace();
        return m_at == m_end;
    }

private:
    bool value(int depth)
    {
        skipSpace();
        if (m_at == m_end)
            return false;
        switch (*m_at) {
        case '{':
            return container(depth, Type::Object, '}');
        case '[':
            return container(depth, Type::Array, ']');
        case '"':
            return string();
        case 't':
            return literal("true", Type::True);
        case 'f':
            return literal("false", Type::False);
        case 'n':
            return literal("null", Type::Null);
        default:
            return number();
        }
    }

    bool container(int depth, Type type, char close)
    {
        if (depth >= MaxDepth)
            return false;
        const qsizetype index = push(type, m_at);
        ++m_at;
        skipSpace();
        if (m_at < m_end && *m_at == close) {
            ++m_at;
            return finish(index);
        }
        while (true) {
            if (type == Type::Object) {
                skipSpace();
                if (m_at == m_end || *m_at != '"' || !string())
                    return false;
                skipSpace();
                if (m_at == m_end || *m_at != ':')
                    return false;
                ++m_at;
            }
            if (!value(depth + 1))
                return false;
            skipSpace();
            if (m_at == m_end)
                return false;
            if (*m_at == ',') {
                ++m_at;
                continue;
            }
            if (*m_at != close)
                return false;
            ++m_at;
            return finish(index);
        }
    }

    bool string()
    {
        ++m_at; // the opening quote
        const char *start = m_at;
        bool escaped = false;
        while (m_at < m_end) {
            // Most bytes are plain: one table look-up each.
            while (m_at < m_end && !kStringStop[static_cast<unsigned char>(*m_at)])
                ++m_at;
            if (m_at == m_end)
                return false;
            const char c = *m_at;
            if (c == '"') {
                const qsizetype index = push(Type::String, start);
                m_tokens[index].escaped = escaped;
                m_tokens[index].length = static_cast<qint32>(m_at - start);
                ++m_at;
                return true;
            }
            if (c != '\\')
                return false; // a control character
            escaped = true;
            if (++m_at == m_end)
                return false;
            if (*m_at == 'u') {
                if (m_end - m_at < 5 || !codeUnit(m_at + 1))
                    return false;
                m_at += 4;
            } else if (!QByteArrayView("\"\\/bfnrt").contains(*m_at)) {
                return false;
            }
            ++m_at;
        }
        return false;
    }

    bool literal(QByteArrayView word, Type type)
    {
        if (!QByteArrayView(m_at, m_end - m_at).startsWith(word))
            return false;
        const qsizetype index = push(type, m_at);
        m_at += word.size();
        m_tokens[index].length = static_cast<qint32>(word.size());
        return true;
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    bool number()
    {
        const char *start = m_at;
        if (m_at < m_end && *m_at == '-')
            ++m_at;
        if (m_at == m_end || !isDigit(*m_at))
            return false;
        if (*m_at == '0')
            ++m_at;
        else
            skipDigits();
        if (m_at < m_end && *m_at == '.') {
            ++m_at;
            if (!skipDigits())
                return false;
        }
        if (m_at < m_end && (*m_at == 'e' || *m_at == 'E')) {
            ++m_at;
            if (m_at < m_end && (*m_at == '+' || *m_at == '-'))
                ++m_at;
            if (!skipDigits())
                return false;
        }
        const qsizetype index = push(Type::Number, start);
        m_tokens[index].length = static_cast<qint32>(m_at - start);
        return true;
    }

    bool skipDigits()
    {
        const char *start = m_at;
        while (m_at < m_end && isDigit(*m_at))
            ++m_at;
        return m_at != start;
    }

    void skipSpace()
    {
        while (m_at < m_end && isSpace(*m_at))
            ++m_at;
    }

    qsizetype push(Type type, const char *at)
    {
        const auto index = static_cast<qsizetype>(m_tokens.size());
        m_tokens.push_back(Token { type, false, static_cast<qint32>(at - m_begin), 0, static_cast<qint32>(index + 1) });
        return index;
    }

    bool finish(qsizetype index)
    {
        m_tokens[index].length = static_cast<qint32>(m_at - m_begin - m_tokens[index].start);
        m_tokens[index].after = static_cast<qint32>(m_tokens.size());
        return true;
    }

    const char *m_begin;
    const char *m_at;
    const char *m_end;
    std::vector<Token> &m_tokens;
};

FlatJson::FlatJson(QByteArrayView text)
    : m_text(text)
{
}

std::optional<FlatJson> FlatJson::parse(QByteArrayView text)
{
    // Offsets and indices are 32 bits: no reply comes near 2 GB.
    if (text.size() >= std::numeric_limits<qint32>::max())
        return std::nullopt;
    FlatJson json(text);
    // The venues' compact replies hold a token for every 9 to 12 bytes: room for all at once.
    json.m_tokens.reserve(static_cast<size_t>(text.size() / 8 + 4));
    Parser parser(text, json.m_tokens);
    if (!parser.document())
        return std::nullopt;
    return std::optional<FlatJson>(std::move(json));
}

bool FlatJson::valid(qsizetype token) const
{
    return token >= 0 && token < static_cast<qsizetype>(m_tokens.size());
}

bool FlatJson::is(qsizetype token, Type type) const
{
    return valid(token) && m_tokens[token].type == type;
}

qsizetype FlatJson::member(qsizetype object, QLatin1StringView key) const
{
    if (!is(object, Type::Object))
        return None;
    const Token *tokens = m_tokens.data();
    const auto size = static_cast<qint32>(key.size());
    for (qsizetype at = object + 1; at < tokens[object].after; at = tokens[at + 1].after) {
        const Token &name = tokens[at];
        if (name.length == size && !name.escaped
            && std::memcmp(m_text.data() + name.start, key.data(), static_cast<size_t>(size)) == 0)
            return at + 1;
    }
    return None;
}

qsizetype FlatJson::firstElement(qsizetype array) const
{
    if (!is(array, Type::Array) || m_tokens[array].after == array + 1)
        return None;
    return array + 1;
}

qsizetype FlatJson::nextElement(qsizetype array, qsizetype element) const
{
    if (!is(array, Type::Array) || element <= array || element >= m_tokens[array].after)
        return None;
    const qsizetype next = m_tokens[element].after;
    return next < m_tokens[array].after ? next : None;
}

qsizetype FlatJson::firstMember(qsizetype object) const
{
    if (!is(object, Type::Object) || m_tokens[object].after == object + 1)
        return None;
    return object + 1;
}

qsizetype FlatJson::nextMember(qsizetype object, qsizetype key) const
{
    if (!is(object, Type::Object) || key <= object || key + 1 >= m_tokens[object].after)
        return None;
    const qsizetype next = m_tokens[key + 1].after;
    return next < m_tokens[object].after ? next : None;
}

QByteArrayView FlatJson::raw(qsizetype token) const
{
    if (!valid(token))
        return {};
    return m_text.sliced(m_tokens[token].start, m_tokens[token].length);
}

QString FlatJson::string(qsizetype token) const
{
    if (!is(token, Type::String))
        return {};
    const QByteArrayView text = raw(token);
    if (!m_tokens[token].escaped)
        return QString::fromUtf8(text);
    // The parser checked every escape, so each one is whole here.
    QString result;
    qsizetype plain = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != '\\')
            continue;
        result += QString::fromUtf8(text.sliced(plain, i - plain));
        const char kind = text[++i];
        if (kind == 'u') {
            // Surrogate pairs come as two escapes, and become the two UTF-16 units they are.
            result += QChar(*codeUnit(text.data() + i + 1));
            i += 4;
        } else {
            const qsizetype at = QByteArrayView("\"\\/bfnrt").indexOf(kind);
            result += QLatin1Char("\"\\/\b\f\n\r\t"[at]);
        }
        plain = i + 1;
    }
    result += QString::fromUtf8(text.sliced(plain));
    return result;
}

std::optional<Decimal> FlatJson::decimal(qsizetype token) const
{
    if (!(is(token, Type::Number) || is(token, Type::String)) || m_tokens[token].escaped)
        return std::nullopt;
    const QByteArrayView text = raw(token);
    // Numbers are ASCII: widen without a heap allocation on the path every price takes.
    QVarLengthArray<char16_t, 64> wide(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (static_cast<unsigned char>(text[i]) >= 0x80)
            return std::nullopt;
        wide[i] = static_cast<char16_t>(text[i]);
    }
    return Decimal::fromString(QStringView(wide.data(), wide.size()));
}

std::optional<qint64> FlatJson::integer(qsizetype token) const
{
    if (!(is(token, Type::Number) || is(token, Type::String)) || m_tokens[token].escaped)
        return std::nullopt;
    const QByteArrayView text = raw(token);
    if (text.isEmpty() || !(isDigit(text.front()) || text.front() == '-'))
        return std::nullopt;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

QString FlatJson::scalarText(qsizetype token) const
{
    if (is(token, Type::Number))
        return QString::fromLatin1(raw(token));
    return string(token);
}
