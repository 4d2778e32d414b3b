#pragma once

#include "TeamConnection.h"
#include "TeamJournal.h"
#include "TeamJson.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTimer>
#include <memory>

namespace csr::team {

enum class EditStatus {
    Saved,     // committed on the server
    Journaled, // the server is away: kept in the local journal, replayed on reconnect
    Conflict,  // someone changed the row first: both versions are in the outcome
    Refused,   // the server does not let this person change the row
    Gone,      // the row was deleted meanwhile
    Failed,    // anything else; `message` says what
};

// What became of one edit. On a conflict `theirs` is the row as the server has it now (and as
// the session's document now shows it) and `mine` the edit that was not applied; writing
// either again (or a merge) succeeds unless the row moves on once more.
struct EditOutcome
{
    EditStatus status = EditStatus::Failed;
    RowKind kind = RowKind::Block;
    qint64 rowId = 0;
    QJsonValue mine;
    QJsonValue theirs;
    int theirVersion = 0;
    QString message;
    QString docId; // a new comment thread's or evidence file's id
    bool ok() const { return status == EditStatus::Saved || status == EditStatus::Journaled; }
    static EditOutcome of(EditStatus status, RowKind kind, qint64 rowId = 0, QString message = {})
    {
        EditOutcome o;
        o.status = status;
        o.kind = kind;
        o.rowId = rowId;
        o.message = std::move(message);
        return o;
    }
};

// Someone else with the report open, and the chapter they are in.
struct Presence
{
    QString person;
    QString chapterId;
    bool operator==(const Presence &) const = default;
};

// One person's open team report: the document as the server has it, edits as short versioned
// transactions (`UPDATE … SET …, version = version + 1 WHERE id = … AND version = expected`),
// other people's changes arriving by LISTEN/NOTIFY, presence, and the local journal for when
// the server is away. Widget-free: the editor and the tests drive it alike.
class TeamSession : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString journalPath;      // default: under the application's local data folder
        bool listen = true;       // subscribe to the report's notifications
        int presenceSeconds = 30; // a presence not renewed for this long has expired
        int reconnectMs = 0;      // > 0: retry a lost server every so many milliseconds
    };

    static std::unique_ptr<TeamSession> open(const TeamAddress &address, QString *error,
                                             const PasswordPrompt &ask, const Options &options);
    static std::unique_ptr<TeamSession> open(const TeamAddress &address, QString *error)
    {
        return open(address, error, {}, Options());
    }
    ~TeamSession() override;

    const Document &document() const { return document_; }
    const ReportRows &rows() const { return rows_; }
    QString person() const { return person_; }
    QString reportName() const { return rows_.name; }
    bool isOnline() const { return online_; }
    int pendingEdits() const { return static_cast<int>(journal_.entries().size()); }
    QString journalPath() const { return journal_.path(); }
    // The edits replayed from a journal left by an earlier run, when the session opened.
    const QList<EditOutcome> &replayedOnOpen() const { return replayedOnOpen_; }

    // Field edits: one row each, versioned.
    // The report's own row: its details, the signatory, what its import left to check.
    EditOutcome updateReport(const ReportMetadata &metadata, const Signatory &signatory,
                             const QList<ImportReviewItem> &importReview);
    EditOutcome updateChapter(const Chapter &chapter); // its own fields, not blocks/children
    EditOutcome updateBlock(const Block &block);       // not its timeline entries or list items
    EditOutcome updateMetric(const Metric &metric);
    EditOutcome updateTimelineEntry(const QString &blockId, int index, const TimelineEntry &e);
    EditOutcome updateListItem(const QString &blockId, int index, const QString &text);

    // Writes `data` to a row again, on the version the session now knows: how a conflict is
    // settled (theirs, mine or a merge).
    EditOutcome rewrite(RowKind kind, qint64 rowId, const QJsonValue &data);

    // Structural edits, serialised by the server per report (an advisory lock in one
    // transaction) and refused while the server is away.
    EditOutcome insertBlock(const QString &chapterId, int index, const Block &block);
    EditOutcome removeBlock(const QString &blockId);
    EditOutcome appendTimelineEntry(const QString &blockId, const TimelineEntry &entry);
    EditOutcome removeTimelineEntry(const QString &blockId, int index);
    EditOutcome appendListItem(const QString &blockId, const QString &text);
    EditOutcome removeListItem(const QString &blockId, int index);
    // All entries (items) of a block at once, when the editor added, removed or reordered some.
    EditOutcome replaceTimelineEntries(const QString &blockId, const QList<TimelineEntry> &all);
    EditOutcome replaceListItems(const QString &blockId, const QStringList &all);

    // Undoes this person's last saved field edit, and only theirs: the row gets its data from
    // before that edit, as a new versioned edit on the version that edit made. When someone
    // changed the row since, it is a conflict like any other (theirs stays). Structural edits
    // and edits not yet on the server are not undone here.
    bool canUndo() const { return !undo_.isEmpty(); }
    EditOutcome undo();

    // The review (TeamSessionReview.cpp): each step, comment, explanation and evidence file is
    // a row that the server checks against this person's role and the chapter's status, and
    // stamps with who and when. The same rules are checked here first (ReviewWorkflow), so a
    // refusal names the reason; the server refuses a client that skips them. All need the
    // server: they are refused while it is away.
    QString role() const { return rows_.role; } // owner, editor, reviewer, reader ("" = none)
    EditOutcome submitChapter(const QString &chapterId);
    EditOutcome approveChapter(const QString &chapterId);
    EditOutcome returnChapter(const QString &chapterId, const QString &reason);
    // Opens a thread with its first comment; the outcome's docId is the thread's id.
    EditOutcome addThread(const CommentAnchor &anchor, const QString &text);
    EditOutcome reply(const QString &threadId, const QString &text);
    EditOutcome setResolved(const QString &threadId, bool resolved);
    // Only one's own comments (`index` in the thread, 0 = the opening one).
    EditOutcome editComment(const QString &threadId, int index, const QString &text);
    EditOutcome deleteComment(const QString &threadId, int index);
    // An empty text withdraws the explanation.
    EditOutcome explainFigure(const QString &metricId, const QString &text);
    // The outcome's docId is the file's id.
    EditOutcome attachEvidence(const QString &metricId, const QString &fileName,
                               const QByteArray &data, const QString &mimeType = {});
    EditOutcome removeEvidence(const QString &evidenceId);
    // Reviewer names, tolerances and sign-off overrides (reviewSettings()): the owner's, as a
    // versioned edit of the report row.
    EditOutcome updateReviewSettings(const ReviewRecord &review);

    // Reads the whole report again.
    QString reload();
    // After the server was away: connects again and replays the journal, each edit with the
    // version it was made on; returns what became of each.
    QList<EditOutcome> reconnect(QString *error);

    void setPresence(const QString &chapterId);
    QList<Presence> presence() const { return presence_; }
    void refreshPresence();

signals:
    // Someone else's change was read into document().
    void remoteChange(csr::team::RowKind kind, qint64 rowId);
    void reloaded();
    // Someone else's review step, comment, explanation or evidence file was read into
    // document().
    void reviewChanged();
    void presenceChanged();
    void onlineChanged(bool online);

private:
    EditOutcome appendToBlock(const QString &blockId, RowKind kind, const QJsonValue &data);
    EditOutcome deleteRow(RowKind kind, const Row *row, const QString &goneMessage);
    TeamSession(TeamAddress address, Options options);
    QString connect(const PasswordPrompt &ask);
    EditOutcome write(RowKind kind, Row *row, const QJsonValue &mine);
    EditOutcome writeOnline(RowKind kind, Row *row, const QJsonValue &mine, int expected);
    EditOutcome structural(const std::function<QString(QSqlQuery &)> &work);
    EditOutcome structuralOn(RowKind kind, const Row *row, const QString &goneMessage,
                             const std::function<QString(QSqlQuery &, qint64)> &work);
    EditOutcome replaceChildren(RowKind kind, const QString &blockId, const QList<QJsonValue> &all);
    Row *entryRow(RowKind kind, const QString &blockId, int index);
    Block *findBlock(const QString &id);
    void rebuild();
    void goOffline();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);
    void readPending();
    EditOutcome reviewEdit(RowKind kind, qint64 chapterRow, bool evidence,
                           const std::function<QString(QSqlQuery &)> &work);
    QString refreshReview(bool evidence);
    QString rereadRow(RowKind kind, qint64 id);
    void settleApproval(RowKind kind, const Row &row);

    TeamAddress address_;
    Options options_;
    QSqlDatabase db_;
    QString person_;
    ReportRows rows_;
    Document document_;
    TeamJournal journal_;
    bool online_ = false;
    QList<EditOutcome> replayedOnOpen_;
    QList<Presence> presence_;
    QList<std::pair<RowKind, qint64>> pendingReads_;
    bool pendingReload_ = false;
    bool pendingReview_ = false, pendingEvidence_ = false;
    QTimer readTimer_, heartbeat_, reconnectTimer_;
    QString presenceChapter_;
    struct UndoStep
    {
        RowKind kind;
        qint64 rowId;
        QJsonValue before;
        int version; // the version the edit made
    };
    QList<UndoStep> undo_;
};

} // namespace csr::team
