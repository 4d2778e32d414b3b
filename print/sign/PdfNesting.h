#pragma once

#include <QByteArray>

namespace csr::sign {

// How deep dictionaries and arrays nest in the raw bytes of a PDF, streams, strings and
// comments left out. PoDoFo's parser recurses once per level, so a file of "<< /A << /A …"
// 100,000 levels deep overflows the stack; such a file is refused before PoDoFo sees it.
// Linear in the file's size; stops counting once `limit` is exceeded (returns limit + 1).
int pdfNestingDepth(const QByteArray &pdf, int limit);

// Far beyond any real PDF (a few levels), far below what PoDoFo's recursion survives.
constexpr int MaxPdfNesting = 256;

} // namespace csr::sign
