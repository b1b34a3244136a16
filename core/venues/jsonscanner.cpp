#include "jsonscanner.h"

#include <cstring>

JsonScanner::JsonScanner(QByteArrayView text)
    : m_at(text.data())
    , m_end(text.data() + text.size())
{
}

void JsonScanner::skipSpace()
{
    while (m_at < m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
        ++m_at;
}

bool JsonScanner::fail()
{
    m_failed = true;
    return false;
}

JsonScanner::Kind JsonScanner::peek()
{
    skipSpace();
    if (m_failed || m_at == m_end)
        return Kind::Invalid;
    switch (*m_at) {
    case '"':
        return Kind::String;
    case '{':
        return Kind::Object;
    case '[':
        return Kind::Array;
    case 't':
    case 'f':
    case 'n':
        return Kind::Literal;
    default:
        return (*m_at == '-' || (*m_at >= '0' && *m_at <= '9')) ? Kind::Number : Kind::Invalid;
    }
}

bool JsonScanner::openContainer(char open)
{
    skipSpace();
    if (m_failed || m_at == m_end || *m_at != open)
        return false;
    if (m_depth + 1 >= MaxDepth)
        return fail();
    ++m_at;
    ++m_depth;
    const std::uint64_t bit = std::uint64_t(1) << m_depth;
    m_started &= ~bit;
    m_objects = open == '{' ? m_objects | bit : m_objects & ~bit;
    return true;
}

bool JsonScanner::beginArray()
{
    return openContainer('[');
}

bool JsonScanner::beginObject()
{
    return openContainer('{');
}

bool JsonScanner::takeFirst()
{
    const std::uint64_t bit = std::uint64_t(1) << m_depth;
    const bool first = (m_started & bit) == 0;
    m_started |= bit;
    return first;
}

bool JsonScanner::step(char close)
{
    skipSpace();
    if (m_failed || m_depth == 0 || m_at == m_end)
        return fail();
    if (*m_at == close) {
        ++m_at;
        --m_depth;
        return false;
    }
    if (!takeFirst()) {
        if (*m_at != ',')
            return fail();
        ++m_at;
        skipSpace();
    }
    return true;
}

bool JsonScanner::nextElement()
{
    return step(']') && (peek() != Kind::Invalid || fail());
}

bool JsonScanner::nextMember(QByteArrayView &key)
{
    if (!step('}'))
        return false;
    if (m_at == m_end || *m_at != '"')
        return fail();
    const std::optional<QByteArrayView> name = string();
    skipSpace();
    if (!name || m_at == m_end || *m_at != ':')
        return fail();
    ++m_at;
    key = *name;
    return peek() != Kind::Invalid || fail();
}

std::optional<QByteArrayView> JsonScanner::string()
{
    const char *start = ++m_at;
    const char *from = start;
    // memchr to the next quote, which closes the string unless an odd run of backslashes escapes it.
    while (const void *found = std::memchr(from, '"', static_cast<size_t>(m_end - from))) {
        const char *quote = static_cast<const char *>(found);
        const char *run = quote;
        while (run > start && run[-1] == '\\')
            --run;
        if ((quote - run) % 2 == 0) {
            m_at = quote + 1;
            return QByteArrayView(start, quote - start);
        }
        from = quote + 1;
    }
    m_at = m_end;
    fail();
    return std::nullopt;
}

std::optional<QByteArrayView> JsonScanner::number()
{
    const char *start = m_at;
    // The characters a JSON number is made of; the order of them is Decimal::fromString's to judge.
    while (m_at < m_end
           && ((*m_at >= '0' && *m_at <= '9') || *m_at == '-' || *m_at == '+' || *m_at == '.' || *m_at == 'e'
               || *m_at == 'E'))
        ++m_at;
    return QByteArrayView(start, m_at - start);
}

std::optional<QByteArrayView> JsonScanner::literal()
{
    for (const char *word : { "true", "false", "null" }) {
        const auto length = static_cast<qsizetype>(std::strlen(word));
        if (m_end - m_at >= length && std::memcmp(m_at, word, length) == 0) {
            const QByteArrayView text(m_at, length);
            m_at += length;
            return text;
        }
    }
    fail();
    return std::nullopt;
}

std::optional<QByteArrayView> JsonScanner::scalar()
{
    switch (peek()) {
    case Kind::String:
        return string();
    case Kind::Number:
        return number();
    case Kind::Literal:
        return literal();
    case Kind::Object:
    case Kind::Array:
        skipValue();
        return std::nullopt;
    case Kind::Invalid:
        break;
    }
    fail();
    return std::nullopt;
}

bool JsonScanner::skipValue()
{
    // Iterative, so that deep nesting costs no stack: each turn consumes one scalar, opens one
    // container, or moves to the next element or member of the innermost one (closing it at its end).
    const int depth = m_depth;
    do {
        if (m_depth > depth) {
            QByteArrayView key;
            const bool more = (m_objects >> m_depth) & 1 ? nextMember(key) : nextElement();
            if (m_failed)
                return false;
            if (!more)
                continue;
        }
        const Kind kind = peek();
        if (kind == Kind::Object)
            beginObject();
        else if (kind == Kind::Array)
            beginArray();
        else if (!scalar())
            return false;
    } while (m_depth > depth && !m_failed);
    return !m_failed;
}

bool JsonScanner::atEnd()
{
    skipSpace();
    return !m_failed && m_depth == 0 && m_at == m_end;
}
