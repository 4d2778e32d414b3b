#include "ReportChecker.h"

#include "PageBudget.h"
#include "ReportController.h"
#include "ReportSession.h"

#include <QtConcurrent>

namespace csr::ui {

ReportChecker::ReportChecker(ReportController *controller, QObject *parent)
    : QObject(parent), m_controller(controller)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(1500);
    connect(&m_delay, &QTimer::timeout, this, &ReportChecker::startLayout);
    connect(&m_layout, &QFutureWatcherBase::finished, this, [this] {
        if (m_layoutGeneration != m_generation) {
            if (!m_delay.isActive())
                startLayout(); // the report changed while it was laid out
            return;
        }
        m_pages = m_layout.result();
        emit findingsChanged();
    });
    connect(controller->session(), &ReportSession::changed, this, &ReportChecker::recheck);
}

ReportChecker::~ReportChecker()
{
    m_layout.waitForFinished(); // it holds its own copy of the report, nothing of this
}

QList<Finding> ReportChecker::findings() const
{
    QList<Finding> all = m_validation;
    if (m_pages)
        all << *m_pages;
    return all;
}

void ReportChecker::recheck()
{
    ++m_generation;
    const Document &doc = m_controller->session()->document();
    m_validation = m_controller->hasReport() ? validate(doc, m_controller->documentTemplate())
                                             : QList<Finding>();
    // A promise kept before the change is probably kept still: the old answer stays until
    // the new one is known, so the list does not flicker while typing.
    if (!m_controller->hasReport() || doc.metadata.pageBudget <= 0) {
        m_pages.reset();
        m_delay.stop();
    } else {
        m_delay.start();
    }
    emit findingsChanged();
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
