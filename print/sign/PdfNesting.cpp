#include "PdfNesting.h"

namespace csr::sign {

namespace {

bool isRegular(char c)
{
    switch (c) {
    case ' ':
    case '\n':
    case '\r':
    case '\t':
    case '\f':
    case '\0':
    case '(':
    case ')':
    case '<':
    case '>':
    case '[':
    case ']':
    case '{':
    case '}':
    case '/':
    case '%':
        return false;
    default:
        return true;
    }
}

} // namespace

int pdfNestingDepth(const QByteArray &pdf, int limit)
{
    const qsizetype size = pdf.size();
    int depth = 0;
    int deepest = 0;
    for (qsizetype i = 0; i < size;) {
        const char c = pdf[i];
        if (c == '%') { // a comment, to the end of the line
            while (i < size && pdf[i] != '\n' && pdf[i] != '\r')
                ++i;
        } else if (c == '(') { // a literal string: balanced parentheses, backslash escapes
            int open = 0;
            do {
                if (pdf[i] == '\\')
                    ++i;
                else if (pdf[i] == '(')
                    ++open;
                else if (pdf[i] == ')')
                    --open;
                ++i;
            } while (i < size && open > 0);
        } else if (c == '<' && i + 1 < size && pdf[i + 1] == '<') {
            ++depth;
            i += 2;
        } else if (c == '>' && i + 1 < size && pdf[i + 1] == '>') {
            depth = depth > 0 ? depth - 1 : 0;
            i += 2;
        } else if (c == '<') { // a hex string
            const qsizetype close = pdf.indexOf('>', i);
            i = close < 0 ? size : close + 1;
        } else if (c == '[') {
            ++depth;
            ++i;
        } else if (c == ']') {
            depth = depth > 0 ? depth - 1 : 0;
            ++i;
        } else if (c == 's' && (i == 0 || !isRegular(pdf[i - 1])) &&
                   QByteArrayView(pdf).sliced(i).startsWith("stream") &&
                   (i + 6 >= size || pdf[i + 6] == '\r' || pdf[i + 6] == '\n')) {
            // The stream's data may hold any bytes; it ends at "endstream".
            const qsizetype end = pdf.indexOf("endstream", i + 6);
            i = end < 0 ? size : end + 9;
        } else {
            ++i;
        }
        if (depth > deepest) {
            deepest = depth;
            if (deepest > limit)
                return limit + 1;
        }
    }
    return deepest;
}

} // namespace csr::sign
