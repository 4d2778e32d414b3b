#pragma once

#include <QString>

namespace csr {

// Why a document could not be read. Each value names a problem a person can act on.
enum class ReadErrorKind {
    None,
    FileUnreadable,     // missing, a folder, or no permission
    TooLarge,           // bigger than any real report; probably the wrong file
    NotJson,            // binary or not UTF-8 text: not a .csreport at all
    SyntaxError,        // JSON with a syntax error (line and column given)
    NotAReport,         // JSON, but not a report (no formatVersion)
    UnsupportedVersion, // written by a newer (or unknown) version of the program
    MissingField,
    WrongType,
    InvalidValue, // e.g. a date that is not YYYY-MM-DD, an unknown block type
    DuplicateId,
    UnknownReference, // a table names a metric the document does not define
};

struct ReadError
{
    ReadErrorKind kind = ReadErrorKind::None;
    QString message; // translated, complete sentence with the location
    QString path;    // where in the JSON: "chapters[2].blocks[0].metricIds[1]"
    int line = 0;    // for syntax errors, 1-based
    int column = 0;

    explicit operator bool() const { return kind != ReadErrorKind::None; }
};

} // namespace csr
