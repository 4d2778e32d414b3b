#pragma once

#include <QByteArray>

namespace csr::sign {

// Where the keys of one PDF dictionary lie in the raw bytes of the file. A signature's byte
// range must leave out exactly its own /Contents string: PoDoFo gives the parsed value but not
// where it was written, so the dictionary is read again here, token by token, from the offset
// where the parsed object starts. A byte search for "<" and ">" would accept a gap that holds
// anything (a new cross-reference table, a new page) as long as it starts and ends like a
// hex string.
struct RawDictionary
{
    bool found = false;         // a dictionary was read to its closing ">>"
    qint64 contentsBegin = -1;  // the "<" of the /Contents hex string
    qint64 contentsEnd = -1;    // one past its ">"
    int contentsKeys = 0;       // how often /Contents occurs at the top level (1 when sane)
    int byteRangeKeys = 0;      // the same for /ByteRange
    qint64 byteRangeKeyAt = -1; // where the "/ByteRange" key starts
    qint64 bytesRead = 0;       // for the caller's work budget

    bool hasOneHexContents() const
    {
        return found && contentsKeys == 1 && byteRangeKeys == 1 && contentsBegin >= 0;
    }
};

// Reads the dictionary of the indirect object at `offset` ("12 0 obj << … >>", or the "<<"
// itself), reading at most `limit` bytes. Never reads outside `pdf`.
RawDictionary readRawDictionary(const QByteArray &pdf, qint64 offset, qint64 limit);

} // namespace csr::sign
