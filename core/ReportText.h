#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace csr {

// Reading a published report's text for the importer: the layout's lines joined into
// paragraphs, headings by the guideline's numbering, dates at a line's start.

struct Heading
{
    int rank = -1; // 0 一、 1 （一） 2 1. 3 1.1 / 1）
    QString title;
    QString rest; // text after the title on the same line ("2、所属类别。西区局属于…")
};

// A heading by its numbering (一、 （一） 1. 1.1 1） and full-width forms); rank -1 for none. A
// table's row (with tabs) is never a heading.
Heading parseHeading(const QString &line);

// A paragraph in a heading style (Word's Heading N is `level` N − 1).
Heading styledHeading(const QString &text, int level);

// A date at the start of a line (2023年1月20日, 2023.1.20, 2023-01-20, 1月20日); `length` gets
// how much of the line it takes, `yearGiven` whether the line names the year (else `year`).
QDate leadingDate(const QString &line, int year, qsizetype *length, bool *yearGiven = nullptr);

// The layout's lines joined into paragraphs: a paragraph ends with a sentence end or a line
// clearly shorter than the text width (never inside open brackets); headings, dated lines,
// "field：" lines and table rows (tabs) start their own.
QStringList paragraphsOf(const QString &text);

// The text without trailing punctuation (。；，：).
QString stripEnd(QString s);

} // namespace csr
