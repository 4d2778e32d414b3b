// The user guide's picture of File › Import Figures… (docs/images/ui-import-figures.png): the
// sample report and the workbooks given on the command line, offscreen.
// Usage: csr_import_screenshot OUT.png WORKBOOK...
#include "CjkFont.h"
#include "DocumentFile.h"
#include "ImportFiguresDialog.h"
#include "ReportSession.h"
#include "WorkbookReader.h"

#include <QApplication>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    csr::ui::useCjkFont();
    if (argc < 3)
        return 2;
    const auto read = csr::DocumentFile::load(QStringLiteral(CSR_SAMPLE_REPORT));
    if (!read.ok())
        return 2;
    csr::ui::ReportSession session;
    session.reset(read.document, {});
    QList<csr::Workbook> books;
    for (int i = 2; i < argc; ++i)
        books << csr::data::readWorkbook(QString::fromLocal8Bit(argv[i]));
    csr::ui::ImportFiguresDialog dialog(&session, books);
    dialog.resize(1000, 520);
    dialog.show();
    QApplication::processEvents();
    return dialog.grab().save(QString::fromLocal8Bit(argv[1]), "PNG") ? 0 : 1;
}
