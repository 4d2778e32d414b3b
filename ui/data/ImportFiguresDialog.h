#pragma once

#include "FigureImport.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace csr::ui {

class ReportSession;

// File › Import Figures…: what the workbooks would change, before anything changes. The
// problems by place (sheet!cell), then a before/after table of the figures. Apply makes every
// change as one undo step (ImportFiguresCommand); Cancel changes nothing. Errors in any workbook
// keep Apply disabled: a half-imported set of figures is worse than none.
class ImportFiguresDialog : public QDialog
{
    Q_OBJECT
public:
    ImportFiguresDialog(ReportSession *session, const QList<Workbook> &workbooks,
                        QWidget *parent = nullptr);

    const ImportPlan &plan() const { return m_plan; }
    QTableWidget *preview() const { return m_preview; }
    QTableWidget *problems() const { return m_problems; }
    QCheckBox *acceptLabelMatches() const { return m_acceptLabels; }
    bool canApply() const;

public slots:
    // Applies the accepted changes as one undo step and closes the dialog.
    void apply();

private:
    void fillProblems();
    void fillPreview();
    void updateState();
    int appliedCount() const;

    ReportSession *m_session;
    ImportPlan m_plan;
    QLabel *m_summary = nullptr;
    QTableWidget *m_problems = nullptr;
    QTableWidget *m_preview = nullptr;
    QCheckBox *m_acceptLabels = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace csr::ui
