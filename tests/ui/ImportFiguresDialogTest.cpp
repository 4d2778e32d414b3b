#include "ImportFiguresDialog.h"
#include "ChangeLogModel.h"
#include "ReportSession.h"
#include "TestSupport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace csr;
using namespace csr::ui;

namespace {

SheetCell cell(int row, int column, const QString &text)
{
    return {row, column, SheetCell::Kind::Text, 0, text};
}

// A filled-in workbook as the reader gives it: two figures by id, one by label and unit.
Workbook filled(const QString &staff)
{
    Sheet s;
    s.name = QStringLiteral("员工");
    s.cells = {cell(0, 0, QStringLiteral("指标编号")),
               cell(0, 1, QStringLiteral("指标")),
               cell(0, 2, QStringLiteral("单位")),
               cell(0, 3, QStringLiteral("本年数值")),
               cell(1, 0, QStringLiteral("staff.total")),
               cell(1, 2, QStringLiteral("人")),
               cell(1, 3, staff),
               cell(2, 0, QStringLiteral("revenue")),
               cell(2, 2, QStringLiteral("亿元")),
               cell(2, 3, QStringLiteral("13.75")),
               cell(3, 1, QStringLiteral("全口径员工")),
               cell(3, 2, QStringLiteral("人"))};
    Workbook b;
    b.name = QStringLiteral("hr.xlsx");
    b.sheets = {s};
    return b;
}

QPushButton *applyButton(ImportFiguresDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply);
}

} // namespace

TEST_CASE("Import Figures applies every change as one undo step, and Cancel applies nothing")
{
    ReportSession session;
    const Document original = test::smallDocument();
    session.reset(original, {});

    {
        ImportFiguresDialog dialog(&session, {filled(QStringLiteral("1,200"))});
        REQUIRE(dialog.preview()->rowCount() == 2);
        CHECK(dialog.preview()->item(0, 2)->text() == QStringLiteral("1184"));
        CHECK(dialog.preview()->item(0, 3)->text() == QStringLiteral("1200"));
        CHECK(dialog.preview()->item(0, 5)->text() == QStringLiteral("hr.xlsx 员工!D2"));
        CHECK(applyButton(dialog)->isEnabled());
        dialog.reject();
    }
    CHECK(session.document() == original);
    CHECK(session.undoStack()->count() == 0);

    ImportFiguresDialog dialog(&session, {filled(QStringLiteral("1,200"))});
    dialog.apply();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(session.document().findMetric(QStringLiteral("staff.total"))->value == 1200.0);
    CHECK(session.document().findMetric(QStringLiteral("revenue"))->value == 13.75);
    REQUIRE(session.undoStack()->count() == 1);
    CHECK(session.undoStack()->undoText() == QStringLiteral("Import 2 figure(s)"));

    // The next save's change log names the workbook and cell.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.csreport"));
    REQUIRE(session.save(path).isEmpty());
    QStringList sources;
    for (const ChangeRecord &c : session.document().changeLog)
        sources << c.metricId + QLatin1Char(' ') + c.source;
    CHECK(sources == QStringList{QStringLiteral("staff.total hr.xlsx: 员工!D2"),
                                 QStringLiteral("revenue hr.xlsx: 员工!D3")});

    session.undoStack()->undo();
    CHECK(session.document().metrics == original.metrics);
}

TEST_CASE("Import Figures cannot apply while any cell is wrong")
{
    ReportSession session;
    session.reset(test::smallDocument(), {});
    ImportFiguresDialog dialog(&session, {filled(QStringLiteral("1,18 4"))});
    CHECK_FALSE(applyButton(dialog)->isEnabled());
    REQUIRE(dialog.problems()->rowCount() >= 1);
    CHECK(dialog.problems()->item(0, 1)->text() == QStringLiteral("员工!D2"));
    dialog.apply();
    CHECK(session.document() == test::smallDocument());
    CHECK(session.undoStack()->count() == 0);
}

TEST_CASE("Import Figures shows past years by their year, and one undo takes the history back")
{
    ReportSession session;
    Document original = test::smallDocument(); // a 2023 report
    Metric staff = *original.findMetric(QStringLiteral("staff.total"));
    staff.history = {{2020, 1000}};
    original.metrics.replace(original.metrics.indexOfId(staff.id), staff);
    session.reset(original, {});

    Sheet s;
    s.name = QStringLiteral("历年");
    s.cells = {cell(0, 0, QStringLiteral("id")),          cell(0, 1, QStringLiteral("2020年")),
               cell(0, 2, QStringLiteral("2021 年")),     cell(0, 3, QStringLiteral("2022")),
               cell(1, 0, QStringLiteral("staff.total")), cell(1, 1, QStringLiteral("1,010")),
               cell(1, 2, QStringLiteral("1050")),        cell(1, 3, QStringLiteral("1110"))};
    Workbook b;
    b.name = QStringLiteral("history.xlsx");
    b.sheets = {s};
    ImportFiguresDialog dialog(&session, {b});
    REQUIRE(dialog.preview()->rowCount() == 3);
    CHECK(dialog.preview()->item(0, 0)->text() == QStringLiteral("全口径员工 (2020)"));
    CHECK(dialog.preview()->item(0, 2)->text() == QStringLiteral("1000"));
    CHECK(dialog.preview()->item(0, 3)->text() == QStringLiteral("1010"));
    CHECK(dialog.preview()->item(2, 0)->text() == QStringLiteral("全口径员工 (2022)"));
    CHECK(dialog.preview()->item(2, 2)->text() == QStringLiteral("1100"));
    CHECK(dialog.preview()->item(2, 5)->text() == QStringLiteral("history.xlsx 历年!D2"));
    dialog.apply();
    const Metric *after = session.document().findMetric(QStringLiteral("staff.total"));
    CHECK(after->value == 1184.0);
    CHECK(after->previousValue == 1110.0);
    CHECK(after->history == QMap<int, double>{{2020, 1010}, {2021, 1050}});
    REQUIRE(session.undoStack()->count() == 1);

    // Saved, the change history shows each year's value with the cell it came from.
    QTemporaryDir dir;
    REQUIRE(session.save(dir.filePath(QStringLiteral("r.csreport"))).isEmpty());
    ChangeLogModel log(&session);
    QStringList lines;
    for (int r = 0; r < log.rowCount(); ++r)
        lines << log.index(r, ChangeLogModel::Change).data().toString() + QLatin1Char('=') +
                     log.index(r, ChangeLogModel::After).data().toString() + QLatin1Char(' ') +
                     log.index(r, ChangeLogModel::Who)
                         .data()
                         .toString()
                         .section(QStringLiteral(" from "), 1);
    CHECK(lines == QStringList{QStringLiteral("value of 2021=1050 history.xlsx: 历年!C2"),
                               QStringLiteral("value of 2020=1010 history.xlsx: 历年!B2"),
                               QStringLiteral("last year's value=1110 history.xlsx: 历年!D2")});

    session.undoStack()->undo();
    CHECK(session.document().metrics == original.metrics);
    session.undoStack()->redo();
    CHECK(session.document().findMetric(QStringLiteral("staff.total"))->history ==
          QMap<int, double>{{2020, 1010}, {2021, 1050}});
}
