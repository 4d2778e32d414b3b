#pragma once

#include <QDialog>

namespace csr::ui {

class ReportSession;

// Who changed which figure from what to what, and when: the saved change history, for the
// manager who checks the figures before publication.
class ChangeHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangeHistoryDialog(ReportSession *session, QWidget *parent = nullptr);
};

} // namespace csr::ui
