#pragma once

#include "Document.h"
#include "Edition.h"

#include <QPrintPreviewDialog>

namespace csr::print {

// Print preview for the editor, drawn from the same layout as the PDF and the printout.
//
//   QPrintPreviewDialog dialog(parentWidget);
//   PrintPreview::attach(dialog, document, Edition::Internal);
//   dialog.exec();                  // the dialog's Print button prints through ReportPrinter
//
// attach() copies the document: later edits do not change an open preview. The layout is made
// once, at the first paint request, and reused for every repaint (zoom, page setup).
// GUI thread only.
namespace PrintPreview {

void attach(QPrintPreviewDialog &dialog, const Document &doc, Edition edition);

} // namespace PrintPreview
} // namespace csr::print
