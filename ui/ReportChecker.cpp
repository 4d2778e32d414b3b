#include "ReportChecker.h"

#include "PageBudget.h"
#include "ReportController.h"
#include "ReportSession.h"
#include "ValidationController.h"

#include <QtConcurrent>

namespace csr::ui {

ReportChecker::ReportChecker(ReportController *controller, QObject *parent)
    : QObject(parent), m_controller(controller),
      m_validation(new ValidationController(
          controller->session(),
          [controller](const Document &) { return controller->documentTemplate(); }, this))
{
    // The panel changes only the rows of scopes whose findings changed: typing that finds
    // nothing new costs it nothing.
    connect(m_validation, &ValidationController::findingsReset, this,
            &ReportChecker::findingsReset);
    connect(m_validation, &ValidationController::scopesChanged, this,
            &ReportChecker::findingsUpdated);
    m_delay.setSingleShot(true);
    m_delay.setInterval(1500);
    connect(&m_delay, &QTimer::timeout, this, &ReportChecker::startLayout);
    connect(&m_layout, &QFutureWatcherBase::finished, this, [this] {
        if (m_layoutGeneration != m_generation) {
            if (!m_delay.isActive())
                startLayout(); // the report changed while it was laid out
            return;
        }
        setPages(m_layout.result());
    });
    connect(controller->session(), &ReportSession::changed, this, &ReportChecker::reportChanged);
}

ReportChecker::~ReportChecker()
{
    m_layout.waitForFinished(); // it holds its own copy of the report, nothing of this
}

namespace {
const QString PagesScope = QStringLiteral("pages");
QList<Finding> asList(const std::optional<Finding> &f)
{
    return f ? QList<Finding>{*f} : QList<Finding>();
}
} // namespace

void ReportChecker::setPages(const std::optional<Finding> &pages)
{
    if (pages == m_pages)
        return;
    const IncrementalValidator::ScopeUpdate update{PagesScope, PagesOrder, asList(m_pages),
                                                   asList(pages)};
    m_pages = pages;
    emit findingsUpdated({update});
}

QList<IncrementalValidator::ScopeUpdate> ReportChecker::scopes() const
{
    QList<IncrementalValidator::ScopeUpdate> all = m_controller->hasReport()
                                                       ? m_validation->scopes()
                                                       : QList<IncrementalValidator::ScopeUpdate>();
    if (m_pages)
        all << IncrementalValidator::ScopeUpdate{PagesScope, PagesOrder, {}, {*m_pages}};
    return all;
}

QList<Finding> ReportChecker::findings() const
{
    QList<Finding> all = m_controller->hasReport() ? m_validation->findings() : QList<Finding>();
    if (m_pages)
        all << *m_pages;
    return all;
}

void ReportChecker::recheck()
{
    m_validation->revalidateAll(); // announced when done, off the GUI thread
    reportChanged();
    emit findingsReset();
}

void ReportChecker::reportChanged()
{
    ++m_generation;
    const Document &doc = m_controller->session()->document();
    // A promise kept before the change is probably kept still: the old answer stays until
    // the new one is known, so the list does not flicker while typing.
    if (!m_controller->hasReport() || doc.metadata.pageBudget <= 0) {
        setPages(std::nullopt);
        m_delay.stop();
    } else {
        m_delay.start();
    }
}

void ReportChecker::startLayout()
{
    if (m_layout.isRunning())
        return; // its end starts the next one
    m_layoutGeneration = m_generation;
    m_layout.setFuture(
        QtConcurrent::run(&print::PageBudget::layOutAndCheck, m_controller->session()->document()));
}

} // namespace csr::ui
