#pragma once

#include "Document.h"
#include "Edition.h"
#include "ReportWording.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace csr::print {

// The document information a reader and an archive see (File › Properties, XMP). It never
// holds a metric value, so masking cannot leak through it.
struct PdfDocumentInfo
{
    QString title;
    QString author; // the unit
    QString subject;
    QString keywords;
    QString creator; // the application
    QString producer;
    QDateTime created; // whole seconds, UTC

    // Subject and keywords in the report's words (pdf.subject, pdf.keywords).
    static PdfDocumentInfo forReport(const Document &doc, Edition edition,
                                     const ReportWording &wording);
};

// XMP packet with the same values as the information dictionary (PDF/A requires both to
// agree); with pdfa it declares PDF/A-1b conformance.
QByteArray xmpMetadata(const PdfDocumentInfo &info, bool pdfa);

// "D:20240115093000Z", the information dictionary's date form.
QByteArray pdfDate(const QDateTime &utc);

} // namespace csr::print
