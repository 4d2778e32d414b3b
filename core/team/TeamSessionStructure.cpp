// TeamSession's structural edits: blocks, timeline entries and list items added, removed or
// replaced. These move positions, so unlike a row edit each runs as one transaction under the
// report's advisory lock, and the session reads the report again afterwards; they need the
// server (the journal holds only row edits).
#include "TeamSession.h"

#include "TeamStore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace csr::team {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::team::TeamSession)
};

bool run(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error)
{
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    *error = TeamStore::errorText(q);
    return false;
}

// The server's row policies hide rows that are not this person's to change, so a refusal
// shows as a statement that changed nothing.
QString refusedUnless(QSqlQuery &q, const QString &person)
{
    if (q.numRowsAffected() > 0)
        return {};
    return Tr::tr("The server does not let %1 change this part of the report.").arg(person);
}

// A block's timeline entries or list items as rows at positions 0, 1, …
bool insertChildren(QSqlQuery &q, RowKind kind, qint64 report, qint64 blockRow,
                    const QList<QJsonValue> &all, QString *error)
{
    for (int i = 0; i < all.size(); ++i)
        if (!run(q,
                 QStringLiteral("INSERT INTO %1 (report_id, block_id, position, data) VALUES "
                                "(?, ?, ?, CAST(? AS jsonb))")
                     .arg(tableName(kind)),
                 {report, blockRow, i, TeamStore::jsonText(all.at(i))}, error))
            return false;
    return true;
}

QList<QJsonValue> entriesData(const QList<TimelineEntry> &entries)
{
    QList<QJsonValue> data;
    for (const TimelineEntry &e : entries)
        data.append(entryData(e));
    return data;
}

QList<QJsonValue> itemsData(const QStringList &items)
{
    QList<QJsonValue> data;
    for (const QString &item : items)
        data.append(QJsonValue(item));
    return data;
}

} // namespace

EditOutcome TeamSession::structural(const std::function<QString(QSqlQuery &)> &work)
{
    if (!online_)
        return EditOutcome::of(
            EditStatus::Failed, RowKind::Block, 0,
            Tr::tr("Adding, moving and deleting need the server, which is away."));
    QString error;
    if (db_.transaction()) {
        QSqlQuery q(db_);
        q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
        q.addBindValue(rows_.reportId);
        if (!q.exec())
            error = TeamStore::errorText(q);
        else
            error = work(q);
        if (error.isEmpty() && !db_.commit())
            error = db_.lastError().text();
        if (!error.isEmpty())
            db_.rollback();
    } else {
        error = db_.lastError().text();
    }
    if (!error.isEmpty()) {
        if (TeamConnection::isLost(db_))
            goOffline();
        return EditOutcome::of(EditStatus::Failed, RowKind::Block, 0, error);
    }
    if (QString problem = reload(); !problem.isEmpty())
        return EditOutcome::of(EditStatus::Failed, RowKind::Block, 0, problem);
    return EditOutcome::of(EditStatus::Saved, RowKind::Block, 0);
}

// A structural edit of one row that must still be there.
EditOutcome TeamSession::structuralOn(RowKind kind, const Row *row, const QString &goneMessage,
                                      const std::function<QString(QSqlQuery &, qint64)> &work)
{
    if (!row)
        return EditOutcome::of(EditStatus::Gone, kind, 0, goneMessage);
    const qint64 id = row->id;
    return structural([&](QSqlQuery &q) { return work(q, id); });
}

EditOutcome TeamSession::insertBlock(const QString &chapterId, int index, const Block &block)
{
    return structuralOn(
        RowKind::Chapter, rows_.findDoc(RowKind::Chapter, chapterId),
        Tr::tr("There is no such chapter."), [&](QSqlQuery &q, qint64 chapterRow) -> QString {
            QString error;
            if (!run(
                    q,
                    QStringLiteral("UPDATE csr_blocks SET position = position + 1 WHERE chapter_id "
                                   "= ? AND position >= ?"),
                    {chapterRow, index}, &error) ||
                !run(q,
                     QStringLiteral(
                         "INSERT INTO csr_blocks (report_id, chapter_id, position, doc_id, "
                         "data) VALUES (?, ?, ?, ?, CAST(? AS jsonb)) RETURNING id"),
                     {rows_.reportId, chapterRow, index, block.id,
                      TeamStore::jsonText(blockData(block))},
                     &error) ||
                !q.next())
                return error.isEmpty() ? TeamStore::errorText(q) : error;
            const qint64 blockRow = q.value(0).toLongLong();
            if (const auto *t = std::get_if<Timeline>(&block.content))
                insertChildren(q, RowKind::TimelineEntry, rows_.reportId, blockRow,
                               entriesData(t->entries), &error);
            if (const auto *l = std::get_if<ItemList>(&block.content))
                insertChildren(q, RowKind::ListItem, rows_.reportId, blockRow, itemsData(l->items),
                               &error);
            return error;
        });
}

EditOutcome TeamSession::removeBlock(const QString &blockId)
{
    return deleteRow(RowKind::Block, rows_.findDoc(RowKind::Block, blockId),
                     Tr::tr("There is no such block."));
}

EditOutcome TeamSession::removeTimelineEntry(const QString &blockId, int index)
{
    return deleteRow(RowKind::TimelineEntry, entryRow(RowKind::TimelineEntry, blockId, index),
                     Tr::tr("There is no such entry."));
}

EditOutcome TeamSession::removeListItem(const QString &blockId, int index)
{
    return deleteRow(RowKind::ListItem, entryRow(RowKind::ListItem, blockId, index),
                     Tr::tr("There is no such item."));
}

EditOutcome TeamSession::deleteRow(RowKind kind, const Row *row, const QString &goneMessage)
{
    return structuralOn(kind, row, goneMessage, [&](QSqlQuery &q, qint64 id) -> QString {
        QString error;
        if (!run(q, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(tableName(kind)), {id},
                 &error))
            return error;
        return refusedUnless(q, person_);
    });
}

EditOutcome TeamSession::appendTimelineEntry(const QString &blockId, const TimelineEntry &entry)
{
    return appendToBlock(blockId, RowKind::TimelineEntry, entryData(entry));
}

EditOutcome TeamSession::appendListItem(const QString &blockId, const QString &text)
{
    return appendToBlock(blockId, RowKind::ListItem, QJsonValue(text));
}

// One row appended after the block's last.
EditOutcome TeamSession::appendToBlock(const QString &blockId, RowKind kind, const QJsonValue &data)
{
    return structuralOn(
        RowKind::Block, rows_.findDoc(RowKind::Block, blockId), Tr::tr("There is no such block."),
        [&](QSqlQuery &q, qint64 id) -> QString {
            QString error;
            run(q,
                QStringLiteral("INSERT INTO %1 (report_id, block_id, position, data) SELECT ?, ?, "
                               "coalesce(max(position) + 1, 0), CAST(? AS jsonb) FROM %1 WHERE "
                               "block_id = ?")
                    .arg(tableName(kind)),
                {rows_.reportId, id, TeamStore::jsonText(data), id}, &error);
            return error;
        });
}

EditOutcome TeamSession::replaceTimelineEntries(const QString &blockId,
                                                const QList<TimelineEntry> &all)
{
    return replaceChildren(RowKind::TimelineEntry, blockId, entriesData(all));
}

EditOutcome TeamSession::replaceListItems(const QString &blockId, const QStringList &all)
{
    return replaceChildren(RowKind::ListItem, blockId, itemsData(all));
}

EditOutcome TeamSession::replaceChildren(RowKind kind, const QString &blockId,
                                         const QList<QJsonValue> &all)
{
    return structuralOn(
        RowKind::Block, rows_.findDoc(RowKind::Block, blockId), Tr::tr("There is no such block."),
        [&](QSqlQuery &q, qint64 id) -> QString {
            QString error;
            // The block itself must be this person's to change; deleting nothing proves nothing.
            if (!run(q, QStringLiteral("UPDATE csr_blocks SET position = position WHERE id = ?"),
                     {id}, &error))
                return error;
            if (QString refused = refusedUnless(q, person_); !refused.isEmpty())
                return refused;
            if (!run(q, QStringLiteral("DELETE FROM %1 WHERE block_id = ?").arg(tableName(kind)),
                     {id}, &error))
                return error;
            insertChildren(q, kind, rows_.reportId, id, all, &error);
            return error;
        });
}

} // namespace csr::team
