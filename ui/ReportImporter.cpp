#include "ReportImporter.h"

#include "ReportController.h"
#include "ReportFileImport.h"
#include "UserPrompts.h"

#include <QFileInfo>

namespace csr::ui {

ReportImporter::ReportImporter(ReportController *controller, QObject *parent)
    : QObject(parent), m_controller(controller)
{
}

bool ReportImporter::importReport(const QString &path, const QString &templateId, int year)
{
    const Template *tmpl = m_controller->templates().find(templateId);
    if (!tmpl) {
        m_controller->prompts().showError(m_controller->dialogParent(), tr("Cannot import"),
                                          tr("There is no template \"%1\".").arg(templateId));
        return false;
    }
    const ImportResult result = print::importReportFile(path, *tmpl, year);
    if (!result.ok()) {
        m_controller->prompts().showError(m_controller->dialogParent(), tr("Cannot import"),
                                          result.error);
        return false;
    }
    // A new report with no file: saving asks for a name, so no file is ever replaced unasked.
    // It carries what is left to check (Document::importReview).
    if (!m_controller->replaceDocument([&] {
            return std::optional(ReportController::Incoming{*result.document, {}, true, {}, {}});
        }))
        return false;
    emit m_controller->statusMessage(
        tr("Imported %1: %2 decisions to review (View › Import Review).")
            .arg(QFileInfo(path).fileName())
            .arg(result.review.size()),
        0);
    emit imported(result.review);
    return true;
}

} // namespace csr::ui
