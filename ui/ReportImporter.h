#pragma once

#include "ImportReview.h"

#include <QObject>

namespace csr::ui {

class ReportController;

// File › Import Existing Report…: last year's published report (PDF, Word or text) read into a
// new, unsaved report through the controller (the open one is saved or given up first), so
// nothing is written until the user saves it, under a name the user gives. The decisions to
// review go to whoever shows them (the import review panel).
class ReportImporter : public QObject
{
    Q_OBJECT
public:
    explicit ReportImporter(ReportController *controller, QObject *parent = nullptr);

    // `year` 0: the report's own year (its notes or title). False after saying why (or when the
    // user kept the open report).
    bool importReport(const QString &path, const QString &templateId, int year);

signals:
    void imported(const QList<csr::ImportReviewItem> &review);

private:
    ReportController *m_controller;
};

} // namespace csr::ui
