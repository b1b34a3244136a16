#pragma once

#include <QByteArrayView>

#include <cstdint>
#include <optional>

// A forward-only reader of JSON text for the replies read every cycle: it walks arrays and objects
// in place and hands out each scalar as the bytes the venue wrote, so that a reply of 250 rows
// builds no document and a number becomes a Decimal from its own digits, never through a double.
// Values a reader does not ask for are skipped. It reads valid JSON of any shape; on text that is
// not, failed() turns true and every further call returns false or nothing.
class JsonScanner final
{
public:
    enum class Kind {
        String,
        Number,
        Literal, // true, false, null
        Object,
        Array,
        Invalid, // nothing, or no JSON value starts here
    };

    explicit JsonScanner(QByteArrayView text);

    // What the next value is, without consuming it.
    Kind peek();
    // Consumes '[' or '{'; false, consuming nothing, when the next value is something else.
    bool beginArray();
    bool beginObject();
    // Inside an array: true when another element follows, with the scanner on it; false at the
    // closing ']' (consumed) or on an error.
    bool nextElement();
    // Inside an object: true when another member follows, with `key` (its bytes between the quotes)
    // and ':' consumed; false at the closing '}' (consumed) or on an error.
    bool nextMember(QByteArrayView &key);
    // Calls `read(key)` on every member of the object the scanner is on; a member `read` answers
    // false for is skipped (so `read` consumes the value exactly when it answers true). Another
    // value is skipped whole. True when an object was read without an error.
    template<typename Read> bool readObject(Read read)
    {
        if (!beginObject())
            return skipValue() && false;
        QByteArrayView key;
        while (nextMember(key)) {
            if (!read(key))
                skipValue();
        }
        return !m_failed;
    }
    // A string's bytes between the quotes (escapes as written), a number or a literal as written;
    // an object or an array is skipped and gives nullopt, as does an error.
    std::optional<QByteArrayView> scalar();
    // Skips the next value, whatever it is; false on an error.
    bool skipValue();
    // True when only whitespace is left and nothing failed: the whole text was one value.
    bool atEnd();
    bool failed() const { return m_failed; }

private:
    // Containers deeper than this are refused (one bit per depth): no reply we read nests beyond four.
    static constexpr int MaxDepth = 63;

    void skipSpace();
    bool fail();
    bool openContainer(char open);
    // Past the ',' to the next element or member of the innermost container: false at its end
    // (`close`, consumed) or on an error.
    bool step(char close);
    // Whether the container just entered at this depth still waits for its first element.
    bool takeFirst();
    std::optional<QByteArrayView> string();
    std::optional<QByteArrayView> number();
    std::optional<QByteArrayView> literal();

    const char *m_at;
    const char *m_end;
    int m_depth = 0;
    std::uint64_t m_started = 0; // bit n: the container at depth n has had an element
    std::uint64_t m_objects = 0; // bit n: the container at depth n is an object
    bool m_failed = false;
};
