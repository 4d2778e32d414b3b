#pragma once

#include "Document.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace csr {

// The language a report is written in, "zh_CN" or "en": Chinese when its title, unit or
// chapters have Chinese characters. A data request speaks the report's language, whatever
// language the editor's menus are in, because it goes to the report's authors.
QString reportLanguage(const Document &doc);

// The columns of a figure sheet, in their order in a collected workbook.
enum class SheetColumn { Id, Label, Unit, Value, LastYear, Source };
constexpr int SheetColumnCount = 6;

// The words of a data-request workbook in one language: data, not the program's translations.
struct WorkbookWording
{
    QString instructionsSheet;         // name of the first sheet
    QString title;                     // %1 unit, %2 year
    QString addressee;                 // %1 the person or chapter the workbook is for
    QStringList instructions;          // %1 this year, %2 last year
    QString headers[SheetColumnCount]; // %1 this year, %2 last year where a year is shown
    QString validationTitle;
    QString validationMessage;
    QString unassigned; // the workbook of chapters nobody is assigned to

    static const WorkbookWording &forLanguage(const QString &language);
    QString header(SheetColumn column, int year) const;
};

// The column a header cell names, in either language ("本年数值（2024 年）", "Unit", "id"…);
// empty for any other text. Case, spaces and a bracketed year are ignored.
std::optional<SheetColumn> columnForHeader(const QString &text);

} // namespace csr
