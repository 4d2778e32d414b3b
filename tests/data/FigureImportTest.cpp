#include "FigureImport.h"
#include "TestSupport.h"
#include "WorkbookWording.h"

#include <QDateTime>

using namespace csr;

namespace {

SheetCell text(int row, int column, const QString &t)
{
    return {row, column, SheetCell::Kind::Text, 0, t};
}

SheetCell number(int row, int column, double v)
{
    return {row, column, SheetCell::Kind::Number, v, {}};
}

// A sheet laid out as collect writes it: id, label, unit, this year, last year, source.
Sheet figureSheet(const QString &name, const QList<QList<SheetCell>> &rows)
{
    Sheet s;
    s.name = name;
    const QStringList headers{QStringLiteral("指标编号"),
                              QStringLiteral("指标"),
                              QStringLiteral("单位"),
                              QStringLiteral("本年数值（2023 年）"),
                              QStringLiteral("上年数值（2022 年）"),
                              QStringLiteral("数据来源/备注")};
    for (int c = 0; c < headers.size(); ++c)
        s.cells << text(0, c, headers.at(c));
    for (const auto &row : rows)
        s.cells << row;
    return s;
}

Workbook book(const QString &name, const QList<Sheet> &sheets)
{
    Workbook b;
    b.name = name;
    b.sheets = sheets;
    return b;
}

QStringList problemTexts(const ImportPlan &plan)
{
    QStringList out;
    for (const ImportProblem &p : plan.problems)
        out << p.text();
    return out;
}

} // namespace

TEST_CASE("A figure is a number as people type it, and nothing else")
{
    CHECK(parseFigure(QStringLiteral("1184")) == 1184.0);
    CHECK(parseFigure(QStringLiteral(" 1,184.5 ")) == 1184.5);
    CHECK(parseFigure(QStringLiteral("-3.25")) == -3.25);
    CHECK(parseFigure(QStringLiteral("１２３．５")) == 123.5); // full-width, from an input method
    CHECK(parseFigure(QStringLiteral("12,345,678")) == 12345678.0);
    CHECK_FALSE(parseFigure(QStringLiteral("1,18 4")));
    CHECK_FALSE(parseFigure(QStringLiteral("1,18")));
    CHECK_FALSE(parseFigure(QStringLiteral("12 人")));
    CHECK_FALSE(parseFigure(QStringLiteral("约300")));
    CHECK_FALSE(parseFigure(QStringLiteral("")));
    CHECK_FALSE(parseFigure(QStringLiteral("1e400")));
}

TEST_CASE("Rows are matched by metric id and each bad cell is reported by its place")
{
    const Document doc = test::loadSample();
    const Workbook b =
        book(QStringLiteral("hr.xlsx"),
             {figureSheet(QStringLiteral("员工"),
                          {{text(1, 0, QStringLiteral("staff.total")),
                            text(1, 1, QStringLiteral("全口径员工")),
                            text(1, 2, QStringLiteral("人")), number(1, 3, 1200)},
                           {text(6, 0, QStringLiteral("staff.contract")),
                            text(6, 2, QStringLiteral("人")), text(6, 3, QStringLiteral("1,18 4"))},
                           {text(7, 0, QStringLiteral("party.members")),
                            text(7, 2, QStringLiteral("人")), number(7, 3, 170)},
                           {text(8, 0, QStringLiteral("education.master")),
                            text(8, 2, QStringLiteral("人")),
                            {8, 3, SheetCell::Kind::Date, 45356, QStringLiteral("2024-03-05")}},
                           {text(9, 0, QStringLiteral("no.such")), number(9, 3, 1)}})});
    const ImportPlan plan = planFigureImport(doc, {b});
    const QStringList problems = problemTexts(plan);
    CHECK(problems.contains(QStringLiteral("员工!D7: \"1,18 4\" is not a number.")));
    // The unit is checked against the report's: 名 is what party.members counts in.
    CHECK(problems.filter(QStringLiteral("员工!C8: the unit was changed from \"名\" to \"人\""))
              .size() == 1);
    CHECK(
        problems.filter(QStringLiteral("员工!D9: the figure became a date (2024-03-05)")).size() ==
        1);
    CHECK(problems.filter(QStringLiteral("员工!A10: there is no figure \"no.such\"")).size() == 1);
    CHECK(plan.errorCount() == 4);
    CHECK(plan.blocked());
    REQUIRE(plan.updates.size() == 1);
    CHECK(plan.updates.first().metricId == QStringLiteral("staff.total"));
    CHECK(plan.updates.first().place() == QStringLiteral("员工!D2"));

    // Blocked: nothing is applied, not even the good row.
    Document after = doc;
    CHECK(applyFigureImport(after, plan, true).isEmpty());
    CHECK(after == doc);
}

TEST_CASE("A row without id is matched by label and unit and applied only when confirmed")
{
    Document doc = test::loadSample();
    Sheet s;
    s.name = QStringLiteral("figures.csv");
    s.cells = {text(0, 0, QStringLiteral("label")),
               text(0, 1, QStringLiteral("unit")),
               text(0, 2, QStringLiteral("value")),
               text(0, 3, QStringLiteral("source")),
               text(1, 0, QStringLiteral("全口径员工")),
               text(1, 1, QStringLiteral("人")),
               text(1, 2, QStringLiteral("1,190")),
               text(1, 3, QStringLiteral("HR 系统")),
               text(2, 0, QStringLiteral("硕士学位员工")),
               text(2, 1, QStringLiteral("人")),
               text(2, 2, QStringLiteral("27"))};
    const ImportPlan plan = planFigureImport(doc, {book(QStringLiteral("figures.csv"), {s})});
    CHECK_FALSE(plan.blocked());
    REQUIRE(plan.updates.size() == 2);
    CHECK(plan.confirmationCount() == 2);
    CHECK(problemTexts(plan).filter(QStringLiteral("figures.csv!C2: matched to")).size() == 1);

    Document unconfirmed = doc;
    CHECK(applyFigureImport(unconfirmed, plan, false).isEmpty());
    CHECK(unconfirmed.metrics == doc.metrics);

    const ImportedValues imported = applyFigureImport(doc, plan, true);
    CHECK(doc.findMetric(QStringLiteral("staff.total"))->value == 1190.0);
    CHECK(doc.findMetric(QStringLiteral("staff.total"))->source == QStringLiteral("HR 系统"));
    CHECK(doc.findMetric(QStringLiteral("education.master"))->value == 27.0);
    CHECK(imported.value(QStringLiteral("staff.total")) ==
          ImportedValue{QStringLiteral("figures.csv: figures.csv!C2"), QStringLiteral("1190")});
}

TEST_CASE("A figure given twice with different values, or far from last year's, is reported")
{
    Document doc = test::loadSample();
    Metric staff = *doc.findMetric(QStringLiteral("staff.total"));
    staff.previousValue = 1000;
    doc.metrics.replace(doc.metrics.indexOfId(staff.id), staff);
    const auto row = [](int r, double v) {
        return QList<SheetCell>{text(r, 0, QStringLiteral("staff.total")),
                                text(r, 2, QStringLiteral("人")), number(r, 3, v)};
    };
    const ImportPlan far = planFigureImport(
        doc, {book(QStringLiteral("a.xlsx"), {figureSheet(QStringLiteral("S"), {row(1, 2000)})})});
    CHECK_FALSE(far.blocked());
    CHECK(problemTexts(far).filter(QStringLiteral("S!D2: +100.0% from last year")).size() == 1);

    // A figure printed without decimals: a fraction would print rounded, so it is pointed out.
    staff.decimals = 0;
    doc.metrics.replace(doc.metrics.indexOfId(staff.id), staff);
    const ImportPlan fraction = planFigureImport(
        doc,
        {book(QStringLiteral("a.xlsx"), {figureSheet(QStringLiteral("S"), {row(1, 1010.4)})})});
    CHECK_FALSE(fraction.blocked());
    INFO(problemTexts(fraction).join(QLatin1Char('\n')).toStdString());
    CHECK(problemTexts(fraction).contains(
        QStringLiteral("S!D2: 1010.4 has more decimals than the report prints (0): it will show as "
                       "1010.")));

    const ImportPlan twice = planFigureImport(
        doc, {book(QStringLiteral("a.xlsx"), {figureSheet(QStringLiteral("S"), {row(1, 1010)})}),
              book(QStringLiteral("b.xlsx"), {figureSheet(QStringLiteral("T"), {row(3, 1020)})})});
    CHECK(twice.blocked());
    CHECK(problemTexts(twice)
              .filter(QStringLiteral("T!D4: \"全口径员工\" is also given at a.xlsx: "
                                     "S!D2 with another value (1010)"))
              .size() == 1);
}

TEST_CASE("A workbook without a figure sheet, or unreadable, is an error of its own")
{
    const Document doc = test::loadSample();
    Workbook unreadable;
    unreadable.name = QStringLiteral("x.xlsx");
    unreadable.error = QStringLiteral("the workbook is encrypted");
    Sheet other;
    other.name = QStringLiteral("Notes");
    other.cells = {text(0, 0, QStringLiteral("hello"))};
    const ImportPlan plan =
        planFigureImport(doc, {unreadable, book(QStringLiteral("y.xlsx"), {other})});
    REQUIRE(plan.problems.size() == 2);
    CHECK(plan.problems.at(0).workbook == QStringLiteral("x.xlsx"));
    CHECK(plan.problems.at(1).message.contains(QStringLiteral("no sheet has a header row")));
}

TEST_CASE("A workbook speaks the report's language, and its headers are known in both")
{
    Document doc = test::smallDocument();
    CHECK(reportLanguage(doc) == QStringLiteral("zh_CN"));
    doc.metadata.unitName = QStringLiteral("West District Office");
    doc.metadata.reportTitle = QStringLiteral("2023 CSR Report");
    for (Chapter &c : doc.chapters)
        c.title = QStringLiteral("Employees");
    CHECK(reportLanguage(doc) == QStringLiteral("en"));
    const WorkbookWording &en = WorkbookWording::forLanguage(QStringLiteral("en"));
    CHECK(en.header(SheetColumn::Value, 2024) == QStringLiteral("This year (2024)"));
    CHECK(en.header(SheetColumn::LastYear, 2024) == QStringLiteral("Last year (2023)"));
    CHECK(columnForHeader(QStringLiteral("This year (2024)")) == SheetColumn::Value);
    CHECK(columnForHeader(QStringLiteral("本年数值（2024 年）")) == SheetColumn::Value);
    CHECK(columnForHeader(QStringLiteral("上年数值（2023 年）")) == SheetColumn::LastYear);
    CHECK(columnForHeader(QStringLiteral(" Metric ID ")) == SheetColumn::Id);
    CHECK_FALSE(columnForHeader(QStringLiteral("Remarks of the auditor")));
}

namespace {

// A sheet with an id column and one column per year, as a hand-made history table has it.
Sheet yearSheet(const QList<SheetCell> &headers, const QList<QList<SheetCell>> &rows)
{
    Sheet s;
    s.name = QStringLiteral("S");
    s.cells << text(0, 0, QStringLiteral("id")) << headers;
    for (const auto &row : rows)
        s.cells << row;
    return s;
}

} // namespace

TEST_CASE("Year columns fill this year's value, last year's and the history's")
{
    Document doc = test::loadSample(); // a 2023 report; staff.total has 1184 and nothing before
    REQUIRE(doc.metadata.year == 2023);
    // Every way a year is written in a header: "2020年", "2021 年", "2022", the number 2023.
    const Sheet s =
        yearSheet({text(0, 1, QStringLiteral("2020年")), text(0, 2, QStringLiteral("2021 年")),
                   text(0, 3, QStringLiteral("2022")), number(0, 4, 2023)},
                  {{text(1, 0, QStringLiteral("staff.total")), number(1, 1, 1050),
                    text(1, 2, QStringLiteral("1,100")), number(1, 3, 1150), number(1, 4, 1190)},
                   // Only a past year: this year's value stays.
                   {text(2, 0, QStringLiteral("education.master")), number(2, 2, 20)}});
    const ImportPlan plan = planFigureImport(doc, {book(QStringLiteral("h.xlsx"), {s})});
    INFO(problemTexts(plan).join(QLatin1Char('\n')).toStdString());
    CHECK(plan.problems.isEmpty());
    REQUIRE(plan.updates.size() == 5);
    const FigureUpdate &value = plan.updates.at(0);
    CHECK(value.year == 2023);
    CHECK(value.place() == QStringLiteral("S!E2"));
    CHECK(value.title(2023) == QStringLiteral("全口径员工"));
    CHECK(value.after == 1190.0);
    const FigureUpdate &older = plan.updates.at(1);
    CHECK(older.year == 2020);
    CHECK(older.title(2023) == QStringLiteral("全口径员工 (2020)"));
    CHECK(older.field(2023) == QStringLiteral("history.2020"));
    CHECK_FALSE(older.before);
    CHECK(plan.updates.at(3).field(2023) == QStringLiteral("previousValue"));
    CHECK(plan.updates.at(3).place() == QStringLiteral("S!D2"));
    CHECK(plan.updates.at(4).metricId == QStringLiteral("education.master"));
    CHECK(plan.updates.at(4).year == 2021);

    const Document before = doc;
    const ImportedValues imported = applyFigureImport(doc, plan, false);
    const Metric *staff = doc.findMetric(QStringLiteral("staff.total"));
    CHECK(staff->value == 1190.0);
    CHECK(staff->previousValue == 1150.0);
    CHECK(staff->history == QMap<int, double>{{2020, 1050}, {2021, 1100}});
    const Metric *master = doc.findMetric(QStringLiteral("education.master"));
    CHECK(master->value == 25.0);
    CHECK(master->history == QMap<int, double>{{2021, 20}});

    // The change log names each year's field and the cell it came from.
    QList<ChangeRecord> records =
        metricChanges(before, doc, QStringLiteral("王芳"), QDateTime::currentDateTimeUtc());
    nameSources(records, imported);
    QStringList log;
    for (const ChangeRecord &r : records)
        log << r.metricId + QLatin1Char(' ') + r.field + QLatin1Char('=') + r.after +
                   QLatin1Char('@') + r.source;
    CHECK(log == QStringList{QStringLiteral("staff.total value=1190@h.xlsx: S!E2"),
                             QStringLiteral("staff.total previousValue=1150@h.xlsx: S!D2"),
                             QStringLiteral("staff.total history.2020=1050@h.xlsx: S!B2"),
                             QStringLiteral("staff.total history.2021=1100@h.xlsx: S!C2"),
                             QStringLiteral("education.master history.2021=20@h.xlsx: S!C3")});
}

TEST_CASE("Bad year cells are reported by place: not a number, a later year, two values")
{
    const Document doc = test::loadSample();
    const Sheet s = yearSheet(
        {text(0, 1, QStringLiteral("2021")), text(0, 2, QStringLiteral("value")),
         number(0, 3, 2023), text(0, 4, QStringLiteral("2024年"))},
        {{text(1, 0, QStringLiteral("staff.total")), text(1, 1, QStringLiteral("1,10 0"))},
         {text(2, 0, QStringLiteral("education.master")), number(2, 2, 26), number(2, 3, 27)},
         {text(3, 0, QStringLiteral("staff.formal")), number(3, 4, 500)},
         // The same value in both columns is no conflict.
         {text(4, 0, QStringLiteral("party.members")), number(4, 2, 170), number(4, 3, 170)}});
    const ImportPlan plan = planFigureImport(doc, {book(QStringLiteral("h.xlsx"), {s})});
    const QStringList problems = problemTexts(plan);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.contains(QStringLiteral("S!B2: \"1,10 0\" is not a number.")));
    CHECK(problems.contains(QStringLiteral("S!D3: this year's value is also given at S!C3 with "
                                           "another value (26).")));
    CHECK(problems.filter(QStringLiteral("S!E4: 2024 is after the report's year (2023)")).size() ==
          1);
    CHECK(plan.errorCount() == 3);
    Document after = doc;
    CHECK(applyFigureImport(after, plan, true).isEmpty());
    CHECK(after == doc);
}

TEST_CASE("A header with too many year columns is refused, not checked column by column")
{
    const Document doc = test::loadSample();
    QList<SheetCell> headers;
    for (int c = 1; c <= 5000; ++c)
        headers << number(0, c, 2023 - c);
    const Sheet s = yearSheet(
        headers, {{text(1, 0, QStringLiteral("staff.total")), number(1, 1, 1), number(1, 40, 2)}});
    const ImportPlan plan = planFigureImport(doc, {book(QStringLiteral("h.xlsx"), {s})});
    REQUIRE(plan.problems.size() == 1);
    CHECK(plan.problems.first().text() ==
          QStringLiteral("S!AF1: more than 30 year columns; give at most 30 years in one sheet."));
    CHECK(plan.blocked());
    CHECK(plan.updates.isEmpty());
}

TEST_CASE("A year with two columns, or a report without a year, is an error by place")
{
    Document doc = test::loadSample();
    const Sheet twice = yearSheet(
        {text(0, 1, QStringLiteral("2021")), text(0, 2, QStringLiteral("2022")),
         text(0, 3, QStringLiteral("2021 年"))},
        {{text(1, 0, QStringLiteral("staff.total")), number(1, 1, 1100), number(1, 3, 1101)}});
    const ImportPlan repeated = planFigureImport(doc, {book(QStringLiteral("h.xlsx"), {twice})});
    CHECK(problemTexts(repeated) ==
          QStringList{QStringLiteral("S!D1: the year 2021 already has a column (B1); keep one of "
                                     "them.")});
    CHECK(repeated.updates.isEmpty());

    doc.metadata.year = 0;
    const Sheet s = yearSheet({text(0, 1, QStringLiteral("2021"))},
                              {{text(1, 0, QStringLiteral("staff.total")), number(1, 1, 1100)}});
    const ImportPlan noYear = planFigureImport(doc, {book(QStringLiteral("h.xlsx"), {s})});
    CHECK(noYear.blocked());
    CHECK(problemTexts(noYear).filter(QStringLiteral("S!B2: the report has no year")).size() == 1);
}
