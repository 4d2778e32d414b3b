#pragma once

#include "TeamSession.h"

#include <QDialog>

class QPlainTextEdit;

namespace csr::ui {

// Someone else saved the same part first: shows their version and mine side by side and lets
// the user keep one, or (for prose) write a merge of both. chosen() is the row data to save.
class TeamConflictDialog : public QDialog
{
    Q_OBJECT
public:
    TeamConflictDialog(const team::EditOutcome &conflict, QWidget *parent = nullptr);
    QJsonValue chosen() const { return m_chosen; }

    // How a row's data reads for a person: a paragraph's text, a figure's value, else JSON.
    static QString readable(const QJsonValue &data);

private:
    team::EditOutcome m_conflict;
    QJsonValue m_chosen;
    QPlainTextEdit *m_merge = nullptr;
};

} // namespace csr::ui
