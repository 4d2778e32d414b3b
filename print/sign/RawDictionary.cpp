#include "RawDictionary.h"

#include <algorithm>

namespace csr::sign {

namespace {

bool isWhite(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelimiter(char c)
{
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' ||
           c == '}' || c == '/' || c == '%';
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// A cursor that cannot leave [0, end): every read past the end yields '\0' and fails later.
class Lexer
{
public:
    Lexer(const QByteArray &pdf, qint64 at, qint64 end) : m_pdf(pdf), m_at(at), m_end(end) {}

    qint64 at() const { return m_at; }
    bool atEnd() const { return m_at >= m_end; }
    char peek(qint64 ahead = 0) const
    {
        return m_at + ahead < m_end ? m_pdf[qsizetype(m_at + ahead)] : '\0';
    }

    void skipWhite()
    {
        while (!atEnd()) {
            if (peek() == '%') {
                while (!atEnd() && peek() != '\n' && peek() != '\r')
                    ++m_at;
            } else if (isWhite(peek())) {
                ++m_at;
            } else {
                return;
            }
        }
    }

    // A regular token: a number, a keyword or the text of a name after its "/".
    QByteArray word()
    {
        const qint64 start = m_at;
        while (!atEnd() && !isWhite(peek()) && !isDelimiter(peek()))
            ++m_at;
        return m_pdf.mid(qsizetype(start), qsizetype(m_at - start));
    }

    bool literal(const char *text)
    {
        qint64 i = 0;
        for (; text[i]; ++i)
            if (peek(i) != text[i])
                return false;
        m_at += i;
        return true;
    }

    // Skips one value; false on a syntax error or the end of the input. Nesting is counted,
    // not recursed, so a deep structure cannot exhaust the stack.
    bool skipValue()
    {
        int depth = 0;
        do {
            skipWhite();
            if (atEnd())
                return false;
            const char c = peek();
            if (literal("<<") || c == '[') {
                if (c == '[')
                    ++m_at;
                ++depth;
            } else if (literal(">>") || c == ']') {
                if (c == ']')
                    ++m_at;
                if (--depth < 0)
                    return false;
            } else if (c == '<') {
                if (!skipHexString())
                    return false;
            } else if (c == '(') {
                if (!skipLiteralString())
                    return false;
            } else if (c == '/') {
                ++m_at;
                word();
            } else if (c == ')' || c == '>' || c == '{' || c == '}') {
                return false;
            } else if (word().isEmpty()) {
                return false;
            }
        } while (depth > 0);
        return true;
    }

    bool skipHexString()
    {
        ++m_at; // '<'
        while (!atEnd() && (isHex(peek()) || isWhite(peek())))
            ++m_at;
        if (peek() != '>')
            return false;
        ++m_at;
        return true;
    }

    bool skipLiteralString()
    {
        ++m_at; // '('
        int open = 1;
        while (!atEnd() && open > 0) {
            const char c = peek();
            if (c == '\\')
                ++m_at;
            else if (c == '(')
                ++open;
            else if (c == ')')
                --open;
            ++m_at;
        }
        return open == 0;
    }

private:
    const QByteArray &m_pdf;
    qint64 m_at;
    qint64 m_end;
};

bool isNumber(const QByteArray &word)
{
    return !word.isEmpty() &&
           std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

RawDictionary readRawDictionary(const QByteArray &pdf, qint64 offset, qint64 limit)
{
    RawDictionary dict;
    if (offset < 0 || offset >= pdf.size() || limit <= 0)
        return dict;
    const qint64 end = offset + std::min<qint64>(limit, pdf.size() - offset);
    Lexer lexer(pdf, offset, end);
    // The object header, when the offset points at it.
    lexer.skipWhite();
    if (lexer.peek() >= '0' && lexer.peek() <= '9') {
        if (!isNumber(lexer.word()))
            return dict;
        lexer.skipWhite();
        if (!isNumber(lexer.word()))
            return dict;
        lexer.skipWhite();
        if (lexer.word() != "obj")
            return dict;
        lexer.skipWhite();
    }
    if (!lexer.literal("<<"))
        return dict;
    for (;;) {
        lexer.skipWhite();
        if (lexer.literal(">>")) {
            dict.found = true;
            break;
        }
        if (lexer.atEnd())
            break;
        if (lexer.peek() != '/') {
            // The second and third token of a reference value ("5 0 R"), or junk.
            if (!lexer.skipValue())
                break;
            continue;
        }
        const qint64 keyAt = lexer.at();
        lexer.literal("/");
        const QByteArray key = lexer.word();
        lexer.skipWhite();
        if (key == "Contents") {
            ++dict.contentsKeys;
            const qint64 valueAt = lexer.at();
            const bool hex = lexer.peek() == '<' && lexer.peek(1) != '<';
            if (!lexer.skipValue())
                break;
            if (hex) {
                dict.contentsBegin = valueAt;
                dict.contentsEnd = lexer.at();
            }
            continue;
        }
        if (key == "ByteRange") {
            ++dict.byteRangeKeys;
            dict.byteRangeKeyAt = keyAt;
        }
        if (!lexer.skipValue())
            break;
    }
    dict.bytesRead = lexer.at() - offset;
    return dict;
}

} // namespace csr::sign
