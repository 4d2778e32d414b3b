// The row menu of a metric table: whether a figure's change from last year is printed in
// percentage points, one undo step, and the file keeps no key when the unit's default says it.
#include "MetricTableEditor.h"
#include "MetricTableModel.h"
#include "ReportDetailsDialog.h"
#include "ReportSession.h"
#include "TestSupport.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QSpinBox>
#include <QUndoStack>

using namespace csr;
using namespace csr::ui;

TEST_CASE("Metric table: the row menu sets how a figure compares with last year, undoably")
{
    ReportSession session;
    session.reset(test::editorDocument(), QString());
    MetricTableEditor editor(&session, QStringLiteral("b4"));
    const QString id = editor.model()
                           ->index(0, MetricTableModel::LabelColumn)
                           .data(MetricTableModel::MetricIdRole)
                           .toString();
    const Metric *metric = session.document().findMetric(id);
    REQUIRE(metric);
    REQUIRE_FALSE(comparesInPoints(*metric)); // a count, in per cent by default

    QMenu *menu = editor.rowMenu(0);
    REQUIRE(menu);
    QAction *points = menu->actions().first();
    CHECK(points->isCheckable());
    CHECK_FALSE(points->isChecked());
    points->trigger();
    CHECK(session.document().findMetric(id)->comparison == Comparison::Points);
    CHECK(session.undoStack()->undoText().contains(metric->label));
    session.undoStack()->undo();
    CHECK(session.document().findMetric(id)->comparison == Comparison::Default);
    delete menu;

    // A rate is in points by default; unticking stores "relative", ticking again the default.
    Metric rate = *session.document().findMetric(id);
    rate.unit = QStringLiteral("%");
    session.applyMetric(rate);
    editor.setComparesInPoints(id, false);
    CHECK(session.document().findMetric(id)->comparison == Comparison::Relative);
    editor.setComparesInPoints(id, true);
    CHECK(session.document().findMetric(id)->comparison == Comparison::Default);
    CHECK(editor.rowMenu(-1) == nullptr);
}

TEST_CASE("Metric table: the units charted, each or one, undoably")
{
    ReportSession session;
    session.reset(test::editorDocument(), QString());
    MetricTableEditor editor(&session, QStringLiteral("b4"));
    QComboBox *units = editor.chartUnitCombo();
    REQUIRE(units->count() >= 2);
    CHECK(units->currentIndex() == 0); // each unit its own chart
    const QString unit = units->itemData(1).toString();
    CHECK_FALSE(unit.isEmpty());
    units->setCurrentIndex(1);
    emit units->activated(1);
    const auto table = [&] {
        return std::get<MetricTable>(session.findBlock(QStringLiteral("b4"))->content);
    };
    CHECK(table().chartUnit == unit);
    session.undoStack()->undo();
    CHECK(table().chartUnit.isEmpty());
    CHECK(units->currentIndex() == 0);
    session.undoStack()->redo();
    CHECK(units->currentData().toString() == unit);
}

TEST_CASE("Report details: the contents' levels")
{
    ReportMetadata m = test::smallDocument().metadata;
    ReportDetailsDialog dialog(m);
    CHECK(dialog.metadata().tocDepth == ReportMetadata::DefaultTocDepth);
    const auto boxes = dialog.findChildren<QSpinBox *>();
    auto it = std::find_if(boxes.begin(), boxes.end(),
                           [](QSpinBox *b) { return b->maximum() == ReportMetadata::MaxTocDepth; });
    REQUIRE(it != boxes.end());
    (*it)->setValue(3);
    CHECK(dialog.metadata().tocDepth == 3);
}
