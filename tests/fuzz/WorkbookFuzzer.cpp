// libFuzzer target: the workbook reader (.xlsx through QuaZip and QXmlStreamReader, .csv) and
// the import's checks on what it read.
#include "FigureImport.h"
#include "FuzzSupport.h"
#include "WorkbookReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Every other input as a .csv by name, so the name check in front of the readers is fed too.
    const QString name = size % 2 ? QStringLiteral("fuzz.xlsx") : QStringLiteral("fuzz.csv");
    const csr::Workbook book = csr::data::readWorkbookBytes(csr::fuzz::bytesOf(data, size), name);
    // An unreadable workbook says why and holds no sheets; a readable one names its cells inside
    // a spreadsheet's grid.
    csr::fuzz::require(book.ok() || (!book.error.isEmpty() && book.sheets.isEmpty()));
    for (const csr::Sheet &s : book.sheets)
        for (const csr::SheetCell &c : s.cells)
            csr::fuzz::require(c.row >= 0 && c.column >= 0 && c.column < 16384 && c.row < 1048576);
    static const csr::Document doc = [] {
        csr::Document d;
        d.metadata.year = 2024;
        d.metrics = {csr::Metric{QStringLiteral("staff.total"),
                                 QStringLiteral("全口径员工"),
                                 1184,
                                 QStringLiteral("人"),
                                 1100,
                                 {},
                                 false,
                                 -1}};
        return d;
    }();
    const csr::ImportPlan plan = csr::planFigureImport(doc, {book});
    csr::Document after = doc;
    csr::applyFigureImport(after, plan, true);
    csr::fuzz::require(!plan.blocked() || after == doc);
    return 0;
}
