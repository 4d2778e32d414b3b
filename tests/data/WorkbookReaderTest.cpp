#include "WorkbookReader.h"
#include "DataTestSupport.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace csr;

namespace {

const SheetCell *cellAt(const Sheet &s, const QString &name)
{
    for (const SheetCell &c : s.cells)
        if (cellName(c.row, c.column) == name)
            return &c;
    return nullptr;
}

QString handMade(const QTemporaryDir &dir, const QString &name)
{
    if (!QFileInfo::exists(dir.filePath(QStringLiteral("handmade.xlsx"))))
        REQUIRE(test::runProgram(test::systemPython(),
                                 {QStringLiteral(CSR_DATA_TESTS "/make-xlsx.py"), dir.path()}) ==
                0);
    return dir.filePath(name);
}

} // namespace

TEST_CASE("A .csv is read as text fields, UTF-8 with or without BOM, or GB18030")
{
    const QByteArray utf8 =
        "\xEF\xBB\xBFid,value,note\r\nstaff.total,\"1,184\",\"say \"\"hi\"\"\"\r\n"
        ",,\n";
    const Workbook a = data::readWorkbookBytes(utf8, QStringLiteral("a.csv"));
    REQUIRE(a.ok());
    REQUIRE(a.sheets.size() == 1);
    CHECK(a.sheets.first().name == QStringLiteral("a.csv"));
    CHECK(cellAt(a.sheets.first(), QStringLiteral("A1"))->text == QStringLiteral("id"));
    CHECK(cellAt(a.sheets.first(), QStringLiteral("B2"))->text == QStringLiteral("1,184"));
    CHECK(cellAt(a.sheets.first(), QStringLiteral("C2"))->text == QStringLiteral("say \"hi\""));
    CHECK(a.sheets.first().cells.size() == 6);

    // "指标;数值" in GB18030, separated by semicolons as some locales save.
    const QByteArray gbk = "\xD6\xB8\xB1\xEA;\xCA\xFD\xD6\xB5\n";
    const Workbook b = data::readWorkbookBytes(gbk, QStringLiteral("b.csv"));
    REQUIRE(b.ok());
    CHECK(cellAt(b.sheets.first(), QStringLiteral("B1"))->text == QStringLiteral("数值"));

    const Workbook c = data::readWorkbookBytes("a,\"b\nc", QStringLiteral("c.csv"));
    CHECK(c.error.contains(QStringLiteral("never closed")));
    // Beyond a spreadsheet's grid: refused, not read into 20,000 columns.
    const Workbook wide =
        data::readWorkbookBytes("a" + QByteArray(20000, ',') + "b", QStringLiteral("wide.csv"));
    CHECK(wide.error.contains(QStringLiteral("more than 16384 columns")));
}

TEST_CASE("An .xlsx gives shared and inline strings, numbers, dates, and formulas' cached values")
{
    QTemporaryDir dir;
    const Workbook book = data::readWorkbook(handMade(dir, QStringLiteral("handmade.xlsx")));
    REQUIRE(book.ok());
    REQUIRE(book.sheets.size() == 1);
    const Sheet &s = book.sheets.first();
    CHECK(s.name == QStringLiteral("员工"));
    using K = SheetCell::Kind;
    CHECK(cellAt(s, QStringLiteral("B1"))->text == QStringLiteral("全口径员工")); // no phonetic
    CHECK(cellAt(s, QStringLiteral("A2"))->text == QStringLiteral("staff.total"));
    CHECK(cellAt(s, QStringLiteral("D2"))->kind == K::Number);
    CHECK(cellAt(s, QStringLiteral("D2"))->number == 1184.5);
    CHECK(cellAt(s, QStringLiteral("E2"))->kind == K::Date);
    CHECK(cellAt(s, QStringLiteral("E2"))->text == QStringLiteral("2024-03-05"));
    CHECK(cellAt(s, QStringLiteral("F2"))->text == QStringLiteral("2024-03-05 12:00"));
    CHECK(cellAt(s, QStringLiteral("A3"))->kind == K::Boolean);
    CHECK(cellAt(s, QStringLiteral("B3"))->text == QStringLiteral("#DIV/0!"));
    CHECK(cellAt(s, QStringLiteral("C3"))->number == 1184.5); // SUM's cached value
    CHECK(cellAt(s, QStringLiteral("D3"))->kind == K::Formula);
    CHECK(cellAt(s, QStringLiteral("E3"))->text == QStringLiteral("ab"));
}

TEST_CASE("A huge date format shared by thousands of styles is still read as a date")
{
    QTemporaryDir dir;
    const QString path = handMade(dir, QStringLiteral("many-styles.xlsx"));
    // Scanning the megabyte-long code once per style took 83 s for this 3 KB file (ASan fuzz
    // build); once per format takes milliseconds. The time is not asserted here (no timed unit
    // tests): the same file is in the workbook fuzz corpus, whose replay in the suite fails an
    // input that takes longer than its timeout.
    const Workbook book = data::readWorkbook(path);
    REQUIRE(book.ok());
    REQUIRE(book.sheets.size() == 1);
    const SheetCell *f2 = cellAt(book.sheets.first(), QStringLiteral("F2"));
    REQUIRE(f2);
    CHECK(f2->kind == SheetCell::Kind::Date);
    CHECK(f2->text == QStringLiteral("2024-03-05 12:00"));
}

TEST_CASE("Hostile workbooks are refused with a reason, within bounded memory")
{
    QTemporaryDir dir;
    handMade(dir, QString());
    const auto errorOf = [&](const QString &name) {
        return data::readWorkbook(dir.filePath(name)).error;
    };
    CHECK(errorOf(QStringLiteral("bomb.xlsx")).contains(QStringLiteral("unpacks to more than")));
    CHECK(errorOf(QStringLiteral("many-parts.xlsx")).contains(QStringLiteral("more than 2000")));
    CHECK(errorOf(QStringLiteral("dtd.xlsx")).contains(QStringLiteral("document type")));
    const QByteArray handmade = test::readFile(dir.filePath(QStringLiteral("handmade.xlsx")));
    CHECK(data::readWorkbookBytes(handmade.left(handmade.size() / 2), QStringLiteral("cut.xlsx"))
              .error.contains(QStringLiteral("damaged")));
    CHECK(data::readWorkbookBytes("\xD0\xCF\x11\xE0 old", QStringLiteral("old.xls"))
              .error.contains(QStringLiteral(".xls")));
    CHECK(data::readWorkbook(dir.path()).error.contains(QStringLiteral("not a regular file")));
}
