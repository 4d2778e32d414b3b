// libFuzzer target: the workbook reader (.xlsx through QuaZip and QXmlStreamReader, .csv) and
// the import's checks on what it read.
#include "FigureImport.h"
#include "FuzzSupport.h"
#include "FuzzZip.h"
#include "WorkbookReader.h"

namespace {

const char *const RelsStart =
    R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";

QByteArray officeDocumentRels()
{
    return QByteArray(RelsStart) +
           R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/></Relationships>)";
}

QByteArray workbookRels()
{
    return QByteArray(RelsStart) +
           R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)"
           R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/sharedStrings.xml"/>)"
           R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>)";
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Every other input as a .csv by name, so the name check in front of the readers is fed too.
    const QString name = size % 2 ? QStringLiteral("fuzz.xlsx") : QStringLiteral("fuzz.csv");
    QByteArray bytes = csr::fuzz::bytesOf(data, size);
    // An ".xlsx" that is no ZIP holds the parts instead, separated by NUL bytes (which XML never
    // holds): workbook, first sheet, shared strings and styles, read from a stored archive
    // (FuzzZip.h) with the relationships of handmade.xlsx.
    if (size % 2 && !bytes.startsWith("PK")) {
        const QList<QByteArray> parts = bytes.split('\0');
        bytes = csr::fuzz::storedZip({
            {QStringLiteral("_rels/.rels"), officeDocumentRels()},
            {QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels()},
            {QStringLiteral("xl/workbook.xml"), parts.value(0)},
            {QStringLiteral("xl/worksheets/sheet1.xml"), parts.value(1)},
            {QStringLiteral("xl/sharedStrings.xml"), parts.value(2)},
            {QStringLiteral("xl/styles.xml"), parts.value(3)},
        });
    }
    const csr::Workbook book = csr::data::readWorkbookBytes(bytes, name);
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
