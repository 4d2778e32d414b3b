#pragma once

#include "TeamSession.h"

#include <QObject>
#include <QSet>
#include <memory>

namespace csr::ui {

class ReportSession;

// Ties the editor's ReportSession to a team report (csr::team::TeamSession), without widgets:
// every change the editor makes (through its undo commands) is sent as versioned row edits,
// and every change others make is put into the editor's document without entering its undo
// history, so undo only ever takes back the user's own edits. When someone else changed a part
// the user had edited, the undo history stops there rather than undo over their change.
class TeamLink : public QObject
{
    Q_OBJECT
public:
    TeamLink(ReportSession *editor, std::unique_ptr<team::TeamSession> team,
             QObject *parent = nullptr);
    ~TeamLink() override;

    team::TeamSession *team() const { return m_team.get(); }
    // The conflicts not yet settled, oldest first.
    QList<team::EditOutcome> conflicts() const { return m_conflicts; }
    // Settles a conflict by writing `chosen` (theirs, mine or a merge) as a new edit.
    team::EditOutcome settle(const team::EditOutcome &conflict, const QJsonValue &chosen);
    // One line for the status bar: the report, the person, online or not, unsent edits, and
    // who else is in which chapter.
    QString statusText() const;

signals:
    void conflict(const csr::team::EditOutcome &outcome);
    // An edit the server refused (no right, deleted meanwhile, …); the editor shows the
    // server's version again.
    void refused(const QString &message);
    void statusChanged();
    // The editor opened something else: the link is over.
    void detached();

private:
    void push();
    void pushReview(const Document &mine, const Document &server); // TeamLinkReview.cpp
    void pull();
    void handle(const team::EditOutcome &o, const QString &pieceKey);

    ReportSession *m_editor;
    std::unique_ptr<team::TeamSession> m_team;
    QList<team::EditOutcome> m_conflicts;
    QSet<QString> m_editedHere; // pieces this user changed, by "kind:id"
    bool m_applying = false;
};

} // namespace csr::ui
