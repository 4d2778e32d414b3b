#pragma once

#include "Document.h"
#include "Edition.h"
#include "PageLayout.h"

#include <QCoreApplication>
#include <QPrinter>
#include <QString>

namespace csr::print {

// Printing through QPrinter, from the same layout as the PDF.
//
//   QPrinter printer(QPrinter::HighResolution);
//   if (!ReportPrinter::usePrinter(printer, name, &error)) ...  // by name, or the default one
//   QString error = ReportPrinter::print(doc, Edition::Public, printer);  // empty when done
//
// GUI thread only (charts are painted with Qt Charts).
class ReportPrinter
{
    Q_DECLARE_TR_FUNCTIONS(csr::print::ReportPrinter)

public:
    // Selects the printer `name` (empty: the system default). False, with a message naming the
    // printer and listing the available ones, when there is no such printer.
    static bool usePrinter(QPrinter &printer, const QString &name, QString *error);

    // Sets A4, full-page mode (the layout has its own margins) and the document name.
    static void prepare(QPrinter &printer, const Document &doc);

    // Lays the report out and prints every page. Returns an empty string or the problem.
    static QString print(const Document &doc, Edition edition, QPrinter &printer);
    // Prints an existing layout (the preview uses this).
    static QString print(const PageLayout &layout, QPrinter &printer);
};

} // namespace csr::print
