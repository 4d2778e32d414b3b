#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace csr::sign {

// How many objects a PDF's cross-reference data claims, checked on the raw bytes before PoDoFo
// parses them. PoDoFo 0.9.8 sizes its object table (and then walks it, object number by object
// number) by what the file says: the trailer's /Size, and the "first count" header of each
// classic xref subsection, resized to before a single entry is read. A 3 KB file claiming
// three million objects costs seconds and hundreds of megabytes, on every parse.
//
// PoDoFo is forgiving: a wrong startxref or /Prev sends it to whatever "xref" it finds, even
// the one inside "startxref", and a trailer may be any dictionary at the xref offset. So the
// check does not follow the file's structure but over-approximates where PoDoFo could read:
// every /Size and /Index anywhere (names decoded), every subsection header after every "xref"
// that starts a token, and after one inside a word where an offset of the file points, or
// anywhere when an offset lies beyond the end (PoDoFo then falls back to "startxref" itself).
// A real file's claims stay within its size, so none is refused. Linear in the file's size.
class XrefBounds
{
    Q_DECLARE_TR_FUNCTIONS(csr::sign::XrefBounds)
public:
    // Any file may claim this many objects (sparse numbering, tiny files), and one more per
    // byte: denser than any real file, even one of compressed object and xref streams. The
    // slack also covers a sloppy table of 19-byte entries, which the check reads as headers
    // ("offset generation": at most the file's size plus 65,535)...
    static constexpr qint64 MinObjects = 65536;
    // ... but never more than this (PoDoFo's own limit is 8,388,607).
    static constexpr qint64 MaxObjects = 2000000;

    static qint64 maxObjects(qint64 fileSize);

    // Empty when PoDoFo may parse `pdf`; otherwise the largest claim, as a clause for the
    // caller's sentence: "the file's cross-reference table claims 3108939 objects, more than
    // a file of this size can hold (2760 bytes, at most 17764 objects)".
    static QString problem(const QByteArray &pdf);
};

} // namespace csr::sign
