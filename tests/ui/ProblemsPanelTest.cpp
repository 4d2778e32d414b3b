#include "ProblemsPanel.h"
#include "EditMetricCommand.h"
#include "EditParagraphCommand.h"
#include "ReportSession.h"
#include "TestSupport.h"
#include "ValidationController.h"

#include <QSignalSpy>

using namespace csr;
using namespace csr::ui;

namespace {
// What the panel should list: validate()'s findings, errors first.
QList<Finding> expected(const Document &doc)
{
    QList<Finding> all = validate(doc);
    std::stable_sort(all.begin(), all.end(), [](const Finding &a, const Finding &b) {
        return a.severity == Finding::Severity::Error && b.severity != Finding::Severity::Error;
    });
    return all;
}

// The panel wired to the validation as the main window wires it.
struct Fixture
{
    ReportSession session;
    ValidationController validation{&session};
    ProblemsPanel panel;

    Fixture()
    {
        session.reset(test::smallDocument(), QStringLiteral("report.csreport"));
        QObject::connect(&validation, &ValidationController::findingsReset, &panel,
                         [this] { panel.setScopes(validation.scopes(), session.document()); });
        QObject::connect(&validation, &ValidationController::scopesChanged, &panel,
                         [this](const QList<IncrementalValidator::ScopeUpdate> &updates) {
                             panel.updateScopes(updates, session.document());
                         });
        REQUIRE(validation.waitForIdle());
    }

    void type(const QString &suffix)
    {
        const Block *b = session.findBlock(QStringLiteral("b1"));
        session.undoStack()->push(new EditParagraphCommand(
            &session, *b, std::get<Paragraph>(b->content).text + suffix, QStringLiteral("c1")));
    }

    void setStaff(double value)
    {
        const Metric before = *session.document().findMetric(QStringLiteral("staff.total"));
        Metric after = before;
        after.value = value;
        session.undoStack()->push(
            new EditMetricCommand(&session, before, after, QStringLiteral("value")));
    }

    // The rows as shown, checked against the findings the panel says it lists.
    bool rowsMatch() const
    {
        if (panel.topLevelItemCount() != panel.findings().size())
            return false;
        for (int i = 0; i < panel.topLevelItemCount(); ++i)
            if (panel.topLevelItem(i)->text(0) != panel.findings().at(i).message ||
                panel.topLevelItem(i)->data(0, Qt::UserRole) != panel.findings().at(i).code)
                return false;
        return true;
    }
};
} // namespace

TEST_CASE("The problems panel changes rows, never resets, as edits change the findings")
{
    Fixture f;
    REQUIRE(f.panel.findings() == expected(f.session.document()));
    REQUIRE(f.rowsMatch());
    QAbstractItemModel *model = f.panel.model();
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);

    // An unknown reference typed into prose: one error row, inserted before the warnings.
    f.type(QStringLiteral(" {{nobody}}"));
    CHECK(inserted.count() == 1);
    CHECK(inserted.first().at(1).toInt() == 0); // errors first, and it is the only one
    CHECK(f.panel.findings() == expected(f.session.document()));
    CHECK(f.panel.findings().first().code == QStringLiteral("reference-unknown"));
    CHECK(f.rowsMatch());

    // Typing on without a new finding touches no row.
    inserted.clear();
    f.type(QStringLiteral("。"));
    CHECK(inserted.isEmpty());
    CHECK(removed.isEmpty());
    CHECK(changed.isEmpty());

    // A figure jumping from last year: its warnings (large change, unexplained) are inserted;
    // moving it further changes those rows' text in place.
    f.setStaff(5000);
    CHECK(inserted.count() == 2);
    CHECK(f.panel.findings() == expected(f.session.document()));
    inserted.clear();
    f.setStaff(6000);
    CHECK(inserted.isEmpty());
    CHECK(removed.isEmpty());
    CHECK(changed.count() > 0);
    CHECK(f.panel.findings() == expected(f.session.document()));
    CHECK(f.rowsMatch());

    // Undo takes the rows away again: the figure's two warnings and the reference's error.
    while (f.session.undoStack()->canUndo())
        f.session.undoStack()->undo();
    CHECK(removed.count() == 3);
    CHECK(f.panel.findings() == expected(f.session.document()));
    CHECK(f.rowsMatch());
    CHECK(resets.isEmpty());
}

TEST_CASE("The problems panel keeps the page count's finding after all others")
{
    Fixture f;
    const int before = f.panel.topLevelItemCount();
    Finding pages{Finding::Severity::Warning,
                  QStringLiteral("page-budget-differs"),
                  QStringLiteral("pages"),
                  {}};
    f.panel.updateScopes(
        {{QStringLiteral("pages"), std::numeric_limits<qint64>::max(), {}, {pages}}},
        f.session.document());
    REQUIRE(f.panel.topLevelItemCount() == before + 1);
    CHECK(f.panel.findings().last().code == QStringLiteral("page-budget-differs"));
    // A later warning from an edit goes before it.
    f.setStaff(5000);
    CHECK(f.panel.findings().last().code == QStringLiteral("page-budget-differs"));
    QList<Finding> all = expected(f.session.document());
    all << pages;
    CHECK(f.panel.findings() == all);
}
