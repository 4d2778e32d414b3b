#pragma once

#include "Document.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace csr {

struct Template;

// Turns last year's published report, as plain text, back into a structured report: chapters
// placed in the template's frame, figures as metrics quoted by id, dated events as timeline
// entries, the notes and the signatory as metadata. Hostile input: bounded size, binary refused.
struct ImportResult
{
    std::optional<Document> document;
    QString error;         // why nothing was imported; empty on success
    QString encoding;      // "UTF-8" or "GB18030": what the bytes were read as
    QStringList unmatched; // headings kept as extra chapters (no template chapter fits)
    bool ok() const { return document.has_value(); }
};

inline constexpr qsizetype MaxImportBytes = 8 * 1024 * 1024;

// UTF-8, or GBK/GB18030 when the bytes are not UTF-8; empty with `error` set when the bytes
// are binary, too large or no known encoding.
std::optional<QString> decodeReportText(const QByteArray &bytes, QString *encoding, QString *error);

// `year` 0: taken from the text (the notes' period or the title).
ImportResult importReportText(const QByteArray &bytes, const Template &tmpl, int year = 0);

// How much of a hand-made report an import recovered (the evaluation).
struct ImportScore
{
    int chaptersExpected = 0, chaptersPlaced = 0;
    int figuresExpected = 0, figuresRecovered = 0;
    int eventsExpected = 0, eventsRecovered = 0;
    int notesExpected = 0, notesFilled = 0;
    bool signatoryExact = false;
    static double rate(int got, int of) { return of ? double(got) / of : 1.0; }
    QString summary() const; // one line per measure, rates in per cent
};

ImportScore compareImport(const Document &imported, const Document &handMade);

} // namespace csr
