#pragma once

#include "ChangeLog.h"
#include "Document.h"
#include "ReviewPolicy.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QUndoStack>
#include <memory>

namespace csr::ui {

// The open report: the document, where it lives on disk, and its undo history. Widgets read
// through document() and change it only by pushing commands (ui/commands/), which call the
// apply*() functions; every apply*() emits a precise signal and then changed().
class ReportSession : public QObject
{
    Q_OBJECT
public:
    explicit ReportSession(QObject *parent = nullptr);

    const Document &document() const { return m_doc; }
    QString filePath() const { return m_path; }
    QUndoStack *undoStack() { return &m_undo; }
    // Unsaved changes: edits since the last save, or a document restored from recovery.
    bool isModified() const { return m_dirty || !m_undo.isClean(); }

    // Replaces the whole document (open, new, restore); the undo history starts anew.
    void reset(const Document &doc, const QString &path, bool modified = false);
    // Writes to `path` (atomically) and makes it the file path; returns the error or "". The
    // figures changed since the last read or save are appended to the change log first.
    QString save(const QString &path);
    // Who the change history names for this user's saves: "user/name" in the settings, else
    // the login name ($USER, $USERNAME), else the account's name.
    static QString authorName();
    static void setAuthorName(const QString &name);

    // Who takes review steps and who may review. A file: the name from Preferences and the
    // report's own lists (FileReviewPolicy). A team report (TeamLink) sets the login and the
    // server's role; an empty name and no policy go back to the file's.
    QString reviewAuthor() const;
    std::shared_ptr<const ReviewPolicy> reviewPolicy() const;
    void setReviewIdentity(const QString &who, std::shared_ptr<const ReviewPolicy> policy);
    // A team report: a chapter's status moves only by review steps, review or not.
    bool reviewStepsOnly() const { return m_reviewPolicy != nullptr; }

    // Whether the file was changed by someone else (a colleague on a shared folder, another
    // program) since this session last read or wrote it; a deleted file is no conflict.
    bool changedOnDisk() const;

    // Where a block lives; nullptr when the id is unknown. O(depth): an index by id, built once
    // per document (blocks keep their places: only a new document moves them).
    const Block *findBlock(const QString &blockId) const;
    const Chapter *chapterOfBlock(const QString &blockId) const;

    // For undo commands only: each replaces one part by id and announces it.
    void applyMetric(const Metric &metric);
    void applyMetrics(const MetricList &metrics);
    // Figures taken from workbooks (File › Import Figures…): the metrics, and where each
    // imported value came from, so the next save's change log names the workbook.
    void applyImportedFigures(const MetricList &metrics, const ImportedValues &imported);
    const ImportedValues &importedValues() const { return m_imported; }
    void applyBlock(const Block &block);
    // A chapter's blocks as a whole: a block added (a photo) or removed.
    void applyChapterBlocks(const QString &chapterId, const QList<Block> &blocks);
    void applyChapterHeader(const QString &chapterId, const QString &assignee,
                            ChapterStatus status);
    void applyMetadata(const ReportMetadata &metadata);
    void applySignatory(const Signatory &signatory);
    // What the import of last year's report still leaves to check (accepted items gone).
    void applyImportReview(const QList<ImportReviewItem> &items);
    // The review record, the chapters' statuses (chapter id → status) and the evidence files
    // together, as a review step changes them.
    void applyReview(const ReviewRecord &review, const QHash<QString, ChapterStatus> &statuses,
                     const QList<Evidence> &evidence);

signals:
    void documentReset();
    void metricsChanged();
    // Which metrics changed, just before metricsChanged(), for those who redo only that part.
    void metricEdited(const QString &metricId); // one figure's fields
    void metricListReplaced();                  // figures added, removed or reordered
    void blockChanged(const QString &blockId);
    void chapterChanged(const QString &chapterId);
    void chapterBlocksChanged(const QString &chapterId); // blocks added or removed
    void metadataChanged();
    void signatoryChanged();
    void importReviewChanged();
    void changed(); // after any change above, for views that simply redraw
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    void changeLogChanged(); // a save recorded changed figures
    void reviewChanged();    // comments, review steps or statuses (also a save settling edits)
    // A save turned approved chapters that were edited since back into drafts (their titles).
    void approvalsWithdrawn(const QStringList &chapterTitles);

private:
    struct BlockPlace
    {
        QList<int> chapterRows; // the chapter's row at each depth
        int block = 0;
    };
    const BlockPlace *placeOf(const QString &blockId) const;
    const Block *blockAt(const BlockPlace &place, const Chapter **owner) const;
    void indexBlocks() const;
    Block *mutableBlock(const QString &blockId);
    void announceModified();

    Document m_doc;
    Document m_saved; // as last read or written: what the change log compares against
    QString m_path;
    QUndoStack m_undo;
    ImportedValues m_imported;    // since the last save: what the change log names as source
    QByteArray m_diskFingerprint; // of m_path as last read or written here
    bool m_dirty = false;
    bool m_lastModified = false;
    QString m_reviewAuthor;
    std::shared_ptr<const ReviewPolicy> m_reviewPolicy;
    mutable QHash<QString, BlockPlace> m_blockPlaces; // block id → place; empty: not built
};

} // namespace csr::ui
