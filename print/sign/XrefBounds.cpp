#include "XrefBounds.h"

#include <QSet>

#include <algorithm>
#include <optional>

namespace csr::sign {

namespace {

// Numbers are clamped here: far above any bound, far below overflow when two are added.
constexpr qint64 Huge = qint64(1) << 52;
// PoDoFo splits a token longer than its buffer (512 bytes after its xref fallback) into two;
// a number that long in a subsection header is refused rather than guessed at. Header tokens
// are read no further, so a run of digits costs the same wherever a header lands in it.
constexpr qint64 LongToken = 255;
constexpr qint64 Unlimited = Huge;
// A classic xref entry: "nnnnnnnnnn ggggg n\r\n".
constexpr qint64 XrefEntryBytes = 20;
constexpr qsizetype MaxOffsets = 100000;

bool isWhite(char c) // PdfTokenizer::IsWhitespace
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelimiter(char c)
{
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' ||
           c == '}' || c == '/' || c == '%';
}

bool isRegular(char c)
{
    return !isWhite(c) && !isDelimiter(c);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

struct Token
{
    qint64 begin = 0;
    qint64 end = 0;
    qint64 size() const { return end - begin; }
};

// The largest claim over the bound, the one PoDoFo would read among those it might.
struct Claim
{
    qint64 objects = -1;      // the objects claimed
    bool longNumber = false;  // a header number too long to read as PoDoFo does
    bool tooMuchWork = false; // the scan gave up (see Scan::step)
};

class Scan
{
public:
    explicit Scan(const QByteArray &pdf)
        : m_pdf(pdf), m_size(pdf.size()), m_bound(XrefBounds::maxObjects(pdf.size())),
          m_workLeft(16 * m_size + (1 << 20))
    {
    }

    Claim run()
    {
        readNames();
        readStartOffsets();
        readXrefSections();
        m_claim.tooMuchWork = m_workLeft < 0;
        return m_claim;
    }

private:
    char at(qint64 i) const { return i >= 0 && i < m_size ? m_pdf[qsizetype(i)] : '\0'; }

    // One byte walked. Each question walks from its own position, so the same comments or
    // digits could be walked once per "/Size" written in front of them ("%/Size" on 100,000
    // lines): the walk is bounded, far above what any real file needs, and gives up beyond.
    bool step() const { return --m_workLeft >= 0; }
    bool gaveUp() const { return m_workLeft < 0; }

    // Past whitespace and comments, where PdfTokenizer::GetNextToken starts a token.
    qint64 skipBlank(qint64 i) const
    {
        while (i < m_size && step()) {
            if (at(i) == '%') {
                while (i < m_size && at(i) != '\n' && at(i) != '\r' && step())
                    ++i;
            } else if (isWhite(at(i))) {
                ++i;
            } else {
                break;
            }
        }
        return i;
    }

    // The next token: a run of regular characters (read up to `limit` of them) or a delimiter.
    Token token(qint64 i, qint64 limit) const
    {
        Token t;
        t.begin = t.end = skipBlank(i);
        if (t.begin >= m_size)
            return t;
        if (!isRegular(at(t.begin))) {
            t.end = t.begin + 1;
            return t;
        }
        while (t.end < m_size && isRegular(at(t.end)) && t.size() < limit && step())
            ++t.end;
        return t;
    }

    // strtoll's reading of a token (PdfTokenizer::GetNextNumber): a sign and digits at its start.
    std::optional<qint64> number(const Token &t) const
    {
        qint64 i = t.begin;
        const bool negative = at(i) == '-';
        if (i < t.end && (at(i) == '-' || at(i) == '+'))
            ++i;
        if (i >= t.end || at(i) < '0' || at(i) > '9')
            return std::nullopt;
        qint64 value = 0;
        for (; i < t.end && at(i) >= '0' && at(i) <= '9'; ++i)
            value = std::min(Huge, value * 10 + (at(i) - '0'));
        return negative ? -value : value;
    }

    std::optional<qint64> numberAfter(qint64 i) const { return number(token(i, Unlimited)); }

    void claim(qint64 objects)
    {
        if (objects > m_bound)
            m_claim.objects = std::max(m_claim.objects, objects);
    }

    // An offset PoDoFo may go to for an xref section; one beyond the end makes it fall back to
    // the "xref" inside "startxref".
    void addOffset(qint64 offset)
    {
        // Beyond a real file's few hundred revisions, every "xref" in a word is read instead
        // of remembering where they are.
        if (offset > m_size || m_offsets.size() >= MaxOffsets)
            m_fallback = true;
        else if (offset >= 0)
            m_offsets.insert(offset);
    }

    // The name starting after the '/' at `i`, decoded (#xx escapes: "/S#69ze" is /Size), as far
    // as needed to tell the few names wanted here; `end` is set past it.
    QByteArray name(qint64 i, qint64 &end) const
    {
        QByteArray decoded;
        end = i + 1;
        while (end < m_size && isRegular(at(end)) && decoded.size() <= 8) {
            const int high = at(end) == '#' ? hexValue(at(end + 1)) : -1;
            const int low = high >= 0 ? hexValue(at(end + 2)) : -1;
            if (low >= 0) {
                decoded += char(high * 16 + low);
                end += 3;
            } else {
                decoded += at(end);
                ++end;
            }
        }
        return decoded;
    }

    // /Size (a trailer's or an xref stream's, or any dictionary PoDoFo takes for the trailer),
    // /Index (an xref stream's subsections), /Prev (an earlier xref section's offset).
    void readNames()
    {
        for (qint64 i = m_pdf.indexOf('/'); i >= 0 && !gaveUp(); i = m_pdf.indexOf('/', i + 1)) {
            qint64 end = 0;
            const QByteArray key = name(i, end);
            if (key == "Size") {
                if (const auto n = numberAfter(end))
                    claim(*n);
            } else if (key == "Index") {
                readIndex(end);
            } else if (key == "Prev") {
                if (const auto n = numberAfter(end))
                    addOffset(*n);
            }
        }
    }

    // "[first count first count …]"
    void readIndex(qint64 i)
    {
        Token t = token(i, Unlimited);
        if (at(t.begin) != '[')
            return;
        std::optional<qint64> first;
        for (t = token(t.end, Unlimited); const auto n = number(t); t = token(t.end, Unlimited)) {
            if (!first) {
                first = n;
                continue;
            }
            if (*first >= 0 && *n >= 0)
                claim(*first + *n);
            first.reset();
        }
    }

    void readStartOffsets()
    {
        for (const QByteArrayView keyword :
             {QByteArrayView("startxref"), QByteArrayView("startref")})
            for (qint64 i = m_pdf.indexOf(keyword); i >= 0 && !gaveUp();
                 i = m_pdf.indexOf(keyword, i + 1))
                if (!isRegular(at(i + keyword.size())))
                    if (const auto n = numberAfter(i + keyword.size()))
                        addOffset(*n);
    }

    void readXrefSections()
    {
        for (qint64 p = m_pdf.indexOf("xref"); p >= 0 && !gaveUp();
             p = m_pdf.indexOf("xref", p + 1)) {
            if (isRegular(at(p + 4)))
                continue; // "xrefs": another word
            // An "xref" inside a word ("startxref") is read only where an offset points at
            // it, or in PoDoFo's fallback.
            const bool startsToken = p == 0 || !isRegular(at(p - 1));
            if (startsToken || m_fallback || m_offsets.contains(p))
                readSubsections(p + 4);
        }
    }

    // The "first count" headers PdfParser::ReadXRefContents reads from `i` on. Its object table
    // is resized to first + count before the entries are read, so each header is checked as
    // read. Every entry is taken as well formed (PoDoFo stops at a bad one, unless it skips it
    // for an object already read), so this reads at least the headers PoDoFo does. Paths that
    // meet are not remembered (that would cost memory per header): walking one again costs
    // work, which step() bounds.
    void readSubsections(qint64 i)
    {
        while (i < m_size && !gaveUp()) {
            const Token a = token(i, LongToken + 1);
            const auto first = number(a);
            if (!first)
                return; // "trailer", or anything else that ends the table
            const Token b = token(a.end, LongToken + 1);
            const auto count = number(b);
            if (a.size() > LongToken || (count && b.size() > LongToken)) {
                m_claim.longNumber = true;
                return;
            }
            if (!count || *first < 0 || *count < 0)
                return; // PoDoFo stops, or refuses the file
            claim(*first + *count);
            qint64 entries = b.end;
            while (entries < m_size && isWhite(at(entries)) && step())
                ++entries;
            i = entries + *count * XrefEntryBytes;
        }
    }

    const QByteArray &m_pdf;
    const qint64 m_size;
    const qint64 m_bound;
    Claim m_claim;
    QSet<qint64> m_offsets;
    bool m_fallback = false;
    mutable qint64 m_workLeft;
};

} // namespace

qint64 XrefBounds::maxObjects(qint64 fileSize)
{
    return std::min(MaxObjects, MinObjects + std::max<qint64>(fileSize, 0));
}

QString XrefBounds::problem(const QByteArray &pdf)
{
    // PoDoFo reads nothing of a file that does not start like a PDF.
    if (!pdf.startsWith("%PDF-"))
        return {};
    const Claim claim = Scan(pdf).run();
    if (claim.objects < 0 && claim.tooMuchWork)
        return tr("checking the file's cross-reference data would take too long: it repeats "
                  "keywords and comments as no real PDF does");
    if (claim.objects < 0 && claim.longNumber)
        return tr("the file's cross-reference table has a number more than %1 characters long "
                  "where an object count belongs")
            .arg(LongToken);
    if (claim.objects >= 0)
        return tr("the file's cross-reference table claims %1 objects, more than a file of this "
                  "size can hold (%2 bytes, at most %3 objects)")
            .arg(claim.objects)
            .arg(pdf.size())
            .arg(maxObjects(pdf.size()));
    return {};
}

} // namespace csr::sign
