#include "ReportSession.h"

#include "CommentAnchoring.h"
#include "DocumentFile.h"
#include "ReviewWorkflow.h"

#include <QFileInfo>
#include <QSettings>

#include <pwd.h>
#include <unistd.h>

namespace csr::ui {

ReportSession::ReportSession(QObject *parent) : QObject(parent)
{
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this] { announceModified(); });
}

void ReportSession::reset(const Document &doc, const QString &path, bool modified)
{
    m_undo.clear();
    m_imported.clear();
    m_doc = doc;
    m_blockPlaces.clear();
    m_saved = doc;
    m_dirty = modified;
    m_undo.setClean();
    m_diskFingerprint = path.isEmpty() ? QByteArray() : DocumentFile::fingerprint(path);
    if (m_path != path) {
        m_path = path;
        emit filePathChanged(path);
    }
    emit documentReset();
    emit changed();
    announceModified();
}

QString ReportSession::save(const QString &path)
{
    Document written = m_doc;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<ChangeRecord> records = metricChanges(m_saved, m_doc, authorName(), now);
    nameSources(records, m_imported);
    written.changeLog += records;
    // Like the change log, review bookkeeping happens on save, outside the undo history: an
    // approved chapter edited since is recorded as a draft again, and comments on words keep
    // the words' new offsets.
    const QStringList withdrawn = ReviewWorkflow::settleEdits(written, authorName(), now);
    CommentAnchoring::reanchorAll(written);
    const QString error = DocumentFile::save(written, path);
    if (!error.isEmpty())
        return error;
    // The log is bookkeeping of saves, not an edit: it changes outside the undo history.
    const bool logged = written.changeLog.size() != m_doc.changeLog.size();
    const bool reviewSettled = written.review != m_doc.review;
    m_doc.changeLog = written.changeLog;
    if (reviewSettled) {
        m_doc.review = written.review;
        forEachChapter(written.chapters, [this](const ChapterVisit &v) {
            if (Chapter *c = m_doc.findChapter(v.chapter.id))
                c->status = v.chapter.status;
        });
    }
    m_saved = m_doc;
    m_imported.clear();
    if (logged)
        emit changeLogChanged();
    if (reviewSettled)
        emit reviewChanged();
    if (!withdrawn.isEmpty())
        emit approvalsWithdrawn(withdrawn);
    m_dirty = false;
    m_undo.setClean();
    m_diskFingerprint = DocumentFile::fingerprint(path);
    if (m_path != path) {
        m_path = path;
        emit filePathChanged(path);
    }
    announceModified();
    return {};
}

QString ReportSession::reviewAuthor() const
{
    return m_reviewAuthor.isEmpty() ? authorName() : m_reviewAuthor;
}

std::shared_ptr<const ReviewPolicy> ReportSession::reviewPolicy() const
{
    if (m_reviewPolicy)
        return m_reviewPolicy;
    return std::make_shared<FileReviewPolicy>(m_doc.review);
}

void ReportSession::setReviewIdentity(const QString &who,
                                      std::shared_ptr<const ReviewPolicy> policy)
{
    m_reviewAuthor = who;
    m_reviewPolicy = std::move(policy);
}

QString ReportSession::authorName()
{
    const QString name = QSettings().value(QStringLiteral("user/name")).toString().trimmed();
    if (!name.isEmpty())
        return name;
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (!login.isEmpty())
        return login;
    // Started without a login shell's environment (a desktop launcher, a service): the
    // account's name, which is what $USER would have said.
    const passwd *account = getpwuid(getuid());
    return account && account->pw_name ? QString::fromLocal8Bit(account->pw_name) : QString();
}

void ReportSession::setAuthorName(const QString &name)
{
    QSettings().setValue(QStringLiteral("user/name"), name.trimmed());
}

bool ReportSession::changedOnDisk() const
{
    if (m_path.isEmpty() || !QFileInfo::exists(m_path))
        return false;
    return DocumentFile::fingerprint(m_path) != m_diskFingerprint;
}

void ReportSession::announceModified()
{
    const bool now = isModified();
    if (now != m_lastModified) {
        m_lastModified = now;
        emit modifiedChanged(now);
    }
}

void ReportSession::indexBlocks() const
{
    m_blockPlaces.clear();
    const std::function<void(const QList<Chapter> &, const QList<int> &)> walk =
        [&](const QList<Chapter> &chapters, const QList<int> &parent) {
            for (int row = 0; row < chapters.size(); ++row) {
                const QList<int> rows = parent + QList<int>{row};
                const Chapter &c = chapters.at(row);
                for (int b = 0; b < c.blocks.size(); ++b)
                    if (!m_blockPlaces.contains(c.blocks.at(b).id)) // the first, as a scan finds
                        m_blockPlaces.insert(c.blocks.at(b).id, BlockPlace{rows, b});
                walk(c.children, rows);
            }
        };
    walk(m_doc.chapters, {});
}

const Block *ReportSession::blockAt(const BlockPlace &place, const Chapter **owner) const
{
    const QList<Chapter> *siblings = &m_doc.chapters;
    const Chapter *c = nullptr;
    for (int row : place.chapterRows) {
        if (row >= siblings->size())
            return nullptr;
        c = &siblings->at(row);
        siblings = &c->children;
    }
    if (!c || place.block >= c->blocks.size())
        return nullptr;
    if (owner)
        *owner = c;
    return &c->blocks.at(place.block);
}

const ReportSession::BlockPlace *ReportSession::placeOf(const QString &blockId) const
{
    if (m_blockPlaces.isEmpty())
        indexBlocks();
    auto it = m_blockPlaces.constFind(blockId);
    // Only a new document moves blocks; should anything else have, the index is built anew.
    if (it != m_blockPlaces.cend()) {
        const Block *b = blockAt(*it, nullptr);
        if (!b || b->id != blockId) {
            indexBlocks();
            it = m_blockPlaces.constFind(blockId);
        }
    }
    return it == m_blockPlaces.cend() ? nullptr : &*it;
}

const Chapter *ReportSession::chapterOfBlock(const QString &blockId) const
{
    const Chapter *owner = nullptr;
    const BlockPlace *place = placeOf(blockId);
    return place && blockAt(*place, &owner) ? owner : nullptr;
}

const Block *ReportSession::findBlock(const QString &blockId) const
{
    const BlockPlace *place = placeOf(blockId);
    return place ? blockAt(*place, nullptr) : nullptr;
}

// Taking mutable references detaches the lists along the way from the copies that share them
// (undo snapshots, the saved version, a background export's copy), so a change through the
// pointer reaches this document alone.
Block *ReportSession::mutableBlock(const QString &blockId)
{
    const BlockPlace *place = placeOf(blockId);
    if (!place || !blockAt(*place, nullptr))
        return nullptr;
    QList<Chapter> *siblings = &m_doc.chapters;
    Chapter *c = nullptr;
    for (int row : place->chapterRows) {
        c = &(*siblings)[row];
        siblings = &c->children;
    }
    return &c->blocks[place->block];
}

void ReportSession::applyMetric(const Metric &metric)
{
    if (const qsizetype i = m_doc.metrics.indexOfId(metric.id); i >= 0) {
        m_doc.metrics.replace(i, metric); // keeps the id index
        emit metricEdited(metric.id);
        emit metricsChanged();
        emit changed();
    }
}

void ReportSession::applyMetrics(const MetricList &metrics)
{
    m_doc.metrics = metrics;
    emit metricListReplaced();
    emit metricsChanged();
    emit changed();
}

void ReportSession::applyImportedFigures(const MetricList &metrics, const ImportedValues &imported)
{
    m_imported = imported;
    applyMetrics(metrics);
}

void ReportSession::applyBlock(const Block &block)
{
    if (Block *b = mutableBlock(block.id)) {
        *b = block;
        emit blockChanged(block.id);
        if (const Chapter *c = chapterOfBlock(block.id))
            emit chapterChanged(c->id);
        emit changed();
    }
}

void ReportSession::applyChapterBlocks(const QString &chapterId, const QList<Block> &blocks)
{
    if (Chapter *c = m_doc.findChapter(chapterId)) {
        c->blocks = blocks;
        m_blockPlaces.clear(); // blocks moved
        emit chapterBlocksChanged(chapterId);
        emit chapterChanged(chapterId);
        emit changed();
    }
}

void ReportSession::applyChapterHeader(const QString &chapterId, const QString &assignee,
                                       ChapterStatus status)
{
    if (Chapter *c = m_doc.findChapter(chapterId)) {
        c->assignee = assignee;
        c->status = status;
        emit chapterChanged(chapterId);
        emit changed();
    }
}

void ReportSession::applyReview(const ReviewRecord &review,
                                const QHash<QString, ChapterStatus> &statuses,
                                const QList<Evidence> &evidence)
{
    m_doc.review = review;
    m_doc.evidence = evidence;
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it) {
        Chapter *c = m_doc.findChapter(it.key());
        if (c && c->status != it.value()) {
            c->status = it.value();
            emit chapterChanged(it.key());
        }
    }
    emit reviewChanged();
    emit changed();
}

void ReportSession::applyMetadata(const ReportMetadata &metadata)
{
    m_doc.metadata = metadata;
    emit metadataChanged();
    emit changed();
}

void ReportSession::applySignatory(const Signatory &signatory)
{
    m_doc.signatory = signatory;
    emit signatoryChanged();
    emit changed();
}

void ReportSession::applyImportReview(const QList<ImportReviewItem> &items)
{
    m_doc.importReview = items;
    emit importReviewChanged();
    emit changed();
}

} // namespace csr::ui
