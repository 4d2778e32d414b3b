#pragma once

#include "Document.h"
#include "FlowUnit.h"
#include "LayoutEngine.h"
#include "PageLayout.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace csr::test {

// Confidential figures with values that cannot occur by chance in a PDF's bytes.
inline const QString SecretRevenue = QStringLiteral("98765.4321");
inline const QString SecretProfit = QStringLiteral("24680.1357");
inline const QString SecretPreviousRevenue = QStringLiteral("91357.8642");

// A report shaped like the sample: notes, statement with signature, chapters and sections,
// paragraphs long enough to break pages, metric tables (one with confidential figures), a long
// timeline with outlets, an honours list. `scale` repeats the main content (for benchmarks).
Document printDocument(int scale = 1);

// Lays out with the report font (REQUIREs that it loads).
print::PageLayout layoutOf(const Document &doc, Edition edition = Edition::Public);
QString reportFamily();

struct ToolRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// Runs a program (poppler-utils, qpdf, csrstudio) and waits for it.
ToolRun runTool(const QString &program, const QStringList &args);

QString pdftotext(const QString &pdf);

// The texts a flow unit prints, in drawing order.
QStringList textsOf(const print::FlowUnit &unit);

// Chinese prose of about n characters, varied so line breaks fall differently.
QString prose(int n, int seed = 0);

} // namespace csr::test
