#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace csr {

// What a spreadsheet cell held, as a reader of .xlsx or .csv found it: the import checks the
// content, never the reader, so an xlsx and a csv of the same table give the same findings.
struct SheetCell
{
    enum class Kind {
        Text,    // a string (shared, inline, a formula's text result, every csv field)
        Number,  // a number (also a formula's cached number)
        Date,    // a number in a date format: Excel turned what was typed into a date
        Boolean, // TRUE/FALSE
        Error,   // #DIV/0!, #REF!, ...: `text` holds it
        Formula, // a formula with no cached value (never calculated)
    };
    int row = 0;    // 0-based
    int column = 0; // 0-based
    Kind kind = Kind::Text;
    double number = 0; // Number, Date (the serial), Boolean (0/1)
    QString text;      // Text, Error; Date as ISO date; Formula the formula
};

// One sheet (one .csv is one sheet named after the file), its non-empty cells in row order.
struct Sheet
{
    QString name;
    QList<SheetCell> cells;
};

// A workbook as read: its file name (for messages), its sheets, or why it could not be read.
struct Workbook
{
    QString name; // the file's name, "hr.xlsx"
    QList<Sheet> sheets;
    QString error; // non-empty: unreadable, nothing else holds
    bool ok() const { return error.isEmpty(); }
};

// "D7" for row 6, column 3 (0-based); columns run A…Z, AA…XFD.
QString cellName(int row, int column);
QString columnName(int column);

} // namespace csr
