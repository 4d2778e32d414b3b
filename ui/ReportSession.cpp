#include "ReportSession.h"

#include <QFileInfo>

#include "DocumentFile.h"

namespace csr::ui {

namespace {
template <typename ChapterT, typename BlockT>
BlockT *findBlockIn(QList<ChapterT> &chapters, const QString &id, ChapterT **owner)
{
    for (auto &c : chapters) {
        for (auto &b : c.blocks)
            if (b.id == id) {
                if (owner)
                    *owner = &c;
                return &b;
            }
        if (auto *found = findBlockIn<ChapterT, BlockT>(c.children, id, owner))
            return found;
    }
    return nullptr;
}
} // namespace

ReportSession::ReportSession(QObject *parent) : QObject(parent)
{
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this] { announceModified(); });
}

void ReportSession::reset(const Document &doc, const QString &path, bool modified)
{
    m_undo.clear();
    m_doc = doc;
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
    const QString error = DocumentFile::save(m_doc, path);
    if (!error.isEmpty())
        return error;
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

const Block *ReportSession::findBlock(const QString &blockId) const
{
    return const_cast<ReportSession *>(this)->mutableBlock(blockId);
}

const Chapter *ReportSession::chapterOfBlock(const QString &blockId) const
{
    Chapter *owner = nullptr;
    findBlockIn<Chapter, Block>(const_cast<ReportSession *>(this)->m_doc.chapters, blockId, &owner);
    return owner;
}

Block *ReportSession::mutableBlock(const QString &blockId)
{
    return findBlockIn<Chapter, Block>(m_doc.chapters, blockId, nullptr);
}

void ReportSession::applyMetric(const Metric &metric)
{
    if (Metric *m = m_doc.findMetric(metric.id)) {
        *m = metric;
        emit metricsChanged();
        emit changed();
    }
}

void ReportSession::applyMetrics(const QList<Metric> &metrics)
{
    m_doc.metrics = metrics;
    emit metricsChanged();
    emit changed();
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

} // namespace csr::ui
