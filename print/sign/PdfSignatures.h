#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace csr::sign {

// One signature dictionary as the PDF states it, before any check.
struct SignatureRecord
{
    QList<qint64> byteRange; // [offset1 length1 offset2 length2] as written, maybe malformed;
                             // an entry that is not an integer is -1
    QByteArray contents;     // the decoded /Contents: DER CMS, usually followed by zero padding
    QString fieldName;
    QString name; // /Name
    QString reason;
    QString location;
    QString subFilter;
    QString type;          // /Type: "Sig", "DocTimeStamp", or empty
    QDateTime claimedTime; // /M, invalid if absent or unreadable
    // Where the signature dictionary's object starts in the file ("12 0 obj"), -1 when it was
    // not read from the file itself (from an object stream, say): then no gap can be its own.
    qint64 objectOffset = -1;

    // offset2 + length2, the end of the signed revision; -1 unless there are four
    // non-negative entries whose sum fits (numbers near 2^63 must not wrap around).
    qint64 signedEnd() const;
};

struct SignatureScan
{
    bool isPdf = false;                // false: not a PDF at all
    bool readByPoDoFo = false;         // false: PoDoFo could not read it and the byte scan was used
    QList<SignatureRecord> signatures; // ordered by signedEnd(): oldest revision first
};

// Finds the signature dictionaries of a PDF held in memory. PoDoFo reads the document; when it
// cannot (damaged or padded file), a strict scan for /ByteRange whose gap is exactly a hex
// /Contents string takes over, so a tampered file is still reported rather than unreadable.
SignatureScan findSignatures(const QByteArray &pdf);

// The signature dictionaries written anywhere in the bytes, earlier revisions included, by the
// same strict scan: a signature a later update removed (its dictionary nulled, its field gone)
// is still found here, though PoDoFo no longer sees it.
QList<SignatureRecord> scanSignatureBytes(const QByteArray &pdf);

// A PDF date "D:YYYYMMDDHHmmSS+hh'mm'" as a QDateTime (invalid if it is not one).
QDateTime parsePdfDate(const QByteArray &text);

} // namespace csr::sign
