#include "MetricTableModel.h"
#include "ReportSession.h"
#include "TestSupport.h"

using namespace csr;
using namespace csr::ui;
using M = MetricTableModel;

namespace {
struct Fixture
{
    ReportSession session;
    MetricTableModel model{&session, QStringLiteral("b4")};
    Fixture() { session.reset(test::smallDocument(), {}); }
    const Metric &staff() const
    {
        return *session.document().findMetric(QStringLiteral("staff.total"));
    }
};
} // namespace

TEST_CASE("MetricTableModel shows one row per metric of the table")
{
    Fixture f;
    REQUIRE(f.model.rowCount() == 2);
    CHECK(f.model.index(0, M::LabelColumn).data().toString() == QStringLiteral("全口径员工"));
    CHECK(f.model.index(0, M::ValueColumn).data().toString() == QStringLiteral("1184"));
    CHECK(f.model.index(0, M::PreviousColumn).data().toString() == QStringLiteral("1100"));
    CHECK(f.model.index(0, M::ChangeColumn).data().toString() == QStringLiteral("+7.6%"));
    CHECK(f.model.index(1, M::ChangeColumn).data().toString().isEmpty()); // no last year
}

TEST_CASE("MetricTableModel year-over-year column is computed and read-only")
{
    Fixture f;
    const QModelIndex change = f.model.index(0, M::ChangeColumn);
    CHECK_FALSE(f.model.flags(change).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(f.model.setData(change, QStringLiteral("+50%")));
    CHECK(f.session.undoStack()->count() == 0);
    // It follows the values it is computed from.
    REQUIRE(f.model.setData(f.model.index(0, M::ValueColumn), QStringLiteral("1210")));
    CHECK(f.model.index(0, M::ChangeColumn).data().toString() == QStringLiteral("+10.0%"));
}

TEST_CASE("MetricTableModel confidential column is a check box going through undo")
{
    Fixture f;
    const QModelIndex tick = f.model.index(0, M::ConfidentialColumn);
    CHECK(f.model.flags(tick).testFlag(Qt::ItemIsUserCheckable));
    CHECK(tick.data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
    CHECK(f.model.index(1, M::ConfidentialColumn).data(Qt::CheckStateRole).toInt() == Qt::Checked);

    REQUIRE(f.model.setData(tick, Qt::Checked, Qt::CheckStateRole));
    CHECK(f.staff().confidential);
    CHECK(tick.data(Qt::CheckStateRole).toInt() == Qt::Checked);
    f.session.undoStack()->undo();
    CHECK_FALSE(f.staff().confidential);
}

TEST_CASE("MetricTableModel rejects a value that is not a number")
{
    Fixture f;
    const Document before = f.session.document();
    const QModelIndex value = f.model.index(0, M::ValueColumn);
    for (const char *bad : {"abc", "12x", "1.2.3", "inf", "--5"}) {
        INFO(bad);
        CHECK_FALSE(f.model.setData(value, QString::fromLatin1(bad)));
    }
    CHECK(f.session.document() == before);
    CHECK(f.session.undoStack()->count() == 0);
    CHECK_FALSE(f.session.isModified());

    // Accepted forms: thousands separators, spaces; empty clears the value.
    REQUIRE(f.model.setData(value, QStringLiteral(" 1,250 ")));
    CHECK(f.staff().value == 1250.0);
    REQUIRE(f.model.setData(value, QString()));
    CHECK_FALSE(f.staff().value.has_value());
    CHECK(f.session.undoStack()->count() == 2);
    CHECK(f.session.undoStack()->undoText() == QStringLiteral("Change 全口径员工 value"));
}

TEST_CASE("MetricTableModel adds and moves and removes rows as undo steps")
{
    Fixture f;
    REQUIRE(f.model.addMetric(QStringLiteral("党员")));
    REQUIRE(f.model.rowCount() == 3);
    const QString newId = f.model.index(2, 0).data(M::MetricIdRole).toString();
    CHECK(f.session.document().findMetric(newId) != nullptr);

    REQUIRE(f.model.moveMetricRow(2, -1));
    CHECK(f.model.index(1, M::LabelColumn).data().toString() == QStringLiteral("党员"));
    CHECK_FALSE(f.model.moveMetricRow(0, -1)); // already at the top

    REQUIRE(f.model.removeMetricRow(1));
    CHECK(f.model.rowCount() == 2);
    // Quoted nowhere else, so its definition went with the row.
    CHECK(f.session.document().findMetric(newId) == nullptr);

    // staff.total is quoted in a paragraph: removing its row keeps the definition.
    REQUIRE(f.model.removeMetricRow(0));
    CHECK(f.session.document().findMetric(QStringLiteral("staff.total")) != nullptr);

    while (f.session.undoStack()->canUndo())
        f.session.undoStack()->undo();
    CHECK(f.session.document() == test::smallDocument());
    CHECK(f.model.rowCount() == 2);
}

TEST_CASE("MetricTableModel chart type is saved in the document through undo")
{
    Fixture f;
    f.model.setChartType(ChartType::Pie);
    const auto *t = std::get_if<MetricTable>(&f.session.findBlock(QStringLiteral("b4"))->content);
    REQUIRE(t);
    CHECK(t->chart == ChartType::Pie);
    f.session.undoStack()->undo();
    CHECK(f.model.chartType() == ChartType::Bar);
}
