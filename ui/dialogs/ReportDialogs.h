#pragma once

#include <QObject>

class QWidget;

namespace csr::ui {

class ReportController;

// The dialogs the menus open on the controller's report. What a dialog decides goes to the
// controller (new, open) or, for a value of the document, onto the undo stack as one step; the
// window only arranges the widgets and never holds this flow itself.
class ReportDialogs : public QObject
{
    Q_OBJECT
public:
    ReportDialogs(ReportController *controller, QWidget *window);

    void newReport();
    void newFromLastYear();
    void open();
    void saveTemplate();
    void editReportDetails();
    void editSignatory();
    void editPreferences();
    void showHistory();
    void showAbout();

private:
    ReportController *m_controller;
    QWidget *m_window;
};

} // namespace csr::ui
