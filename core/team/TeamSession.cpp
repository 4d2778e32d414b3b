#include "TeamSession.h"

#include "TeamSchema.h"
#include "TeamStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace csr::team {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::team::TeamSession)
};

QString channelOf(qint64 report)
{
    return QStringLiteral("csr_report_%1").arg(report);
}

QString defaultJournal(const TeamAddress &address, const QString &person)
{
    const QByteArray key =
        (address.conninfo + QLatin1Char('#') + address.report + QLatin1Char('#') + person).toUtf8();
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/team-journal/") +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex()) +
           QStringLiteral(".jsonl");
}

Block *findBlockIn(QList<Chapter> &chapters, const QString &id)
{
    for (Chapter &c : chapters) {
        for (Block &b : c.blocks)
            if (b.id == id)
                return &b;
        if (Block *b = findBlockIn(c.children, id))
            return b;
    }
    return nullptr;
}

} // namespace

TeamSession::TeamSession(TeamAddress address, Options options)
    : address_(std::move(address)), options_(std::move(options))
{
    readTimer_.setSingleShot(true);
    readTimer_.setInterval(0);
    QObject::connect(&readTimer_, &QTimer::timeout, this, &TeamSession::readPending);
    heartbeat_.setInterval(std::max(1, options_.presenceSeconds) * 1000 / 3);
    QObject::connect(&heartbeat_, &QTimer::timeout, this, [this] {
        if (!presenceChapter_.isNull())
            setPresence(presenceChapter_);
        refreshPresence();
    });
    reconnectTimer_.setInterval(std::max(100, options_.reconnectMs));
    QObject::connect(&reconnectTimer_, &QTimer::timeout, this, [this] {
        QString error;
        reconnect(&error);
    });
}

std::unique_ptr<TeamSession> TeamSession::open(const TeamAddress &address, QString *error,
                                               const PasswordPrompt &ask, const Options &options)
{
    if (address.report.isEmpty()) {
        *error = Tr::tr("Name the report after the server: SERVER#REPORT.");
        return nullptr;
    }
    std::unique_ptr<TeamSession> s(new TeamSession(address, options));
    if (QString problem = s->connect(ask); !problem.isEmpty()) {
        *error = problem;
        return nullptr;
    }
    s->journal_ = TeamJournal(options.journalPath.isEmpty() ? defaultJournal(address, s->person_)
                                                            : options.journalPath);
    if (QString problem = s->journal_.read(); !problem.isEmpty()) {
        *error = problem;
        return nullptr;
    }
    if (QString problem = s->reload(); !problem.isEmpty()) {
        *error = problem;
        return nullptr;
    }
    if (!s->journal_.isEmpty()) {
        s->online_ = false; // replay what an earlier run could not send
        s->replayedOnOpen_ = s->reconnect(error);
        if (!s->online_)
            return nullptr;
    }
    s->heartbeat_.start();
    return s;
}

TeamSession::~TeamSession()
{
    if (online_) {
        QSqlQuery q(db_);
        q.prepare(QStringLiteral("DELETE FROM csr_presence WHERE report_id = ? AND person = "
                                 "current_user"));
        q.addBindValue(rows_.reportId);
        q.exec();
    }
    TeamConnection::close(db_);
}

QString TeamSession::connect(const PasswordPrompt &ask)
{
    QString error;
    db_ = TeamConnection::open(address_, &error, ask);
    if (!db_.isValid())
        return error;
    if (QString problem = TeamSchema::check(db_); !problem.isEmpty()) {
        TeamConnection::close(db_);
        return problem;
    }
    person_ = TeamConnection::currentUser(db_);
    online_ = true;
    return {};
}

QString TeamSession::reload()
{
    TeamStore::Loaded loaded = TeamStore::load(db_, address_.report);
    if (!loaded.ok()) {
        if (TeamConnection::isLost(db_))
            goOffline();
        return loaded.error;
    }
    const bool subscribe = options_.listen && rows_.reportId != loaded.rows.reportId;
    rows_ = std::move(loaded.rows);
    document_ = loaded.document;
    pendingReads_.clear();
    pendingReload_ = false;
    pendingReview_ = pendingEvidence_ = false;
    if (subscribe) {
        db_.driver()->subscribeToNotification(channelOf(rows_.reportId));
        QObject::connect(db_.driver(), &QSqlDriver::notification, this,
                         &TeamSession::onNotification, Qt::UniqueConnection);
    }
    refreshPresence();
    emit reloaded();
    return {};
}

void TeamSession::rebuild()
{
    const auto read = assembleDocument(rows_);
    if (read.ok())
        document_ = read.document;
    else
        qWarning("team: the report's rows no longer make a document: %s",
                 qPrintable(read.error.message));
}

EditOutcome TeamSession::write(RowKind kind, Row *row, const QJsonValue &mine)
{
    if (!row)
        return EditOutcome::of(
            EditStatus::Gone, kind, 0,
            Tr::tr("That part of the report is not (or no longer) on the server."));
    if (online_) {
        const QJsonValue before = row->data;
        EditOutcome o = writeOnline(kind, row, mine, row->version);
        if (o.status == EditStatus::Saved) {
            undo_.append({kind, row->id, before, row->version});
            settleApproval(kind, *row);
        }
        if (o.status != EditStatus::Failed || online_)
            return o;
    }
    // The server is away: keep the edit, show it, send it later.
    const JournalEntry entry{kind, row->id, row->version, mine};
    if (QString problem = journal_.append(entry); !problem.isEmpty())
        return EditOutcome::of(EditStatus::Failed, kind, row->id, problem);
    row->data = mine;
    row->version += 1; // a second edit of the row builds on the first
    rebuild();
    return EditOutcome::of(EditStatus::Journaled, kind, row->id,
                           Tr::tr("Not yet saved to the server; kept until it is back."));
}

EditOutcome TeamSession::writeOnline(RowKind kind, Row *row, const QJsonValue &mine, int expected)
{
    const QString table = tableName(kind);
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("UPDATE %1 SET data = CAST(? AS jsonb), version = version + 1 WHERE "
                             "id = ? AND version = ? RETURNING version")
                  .arg(table));
    q.addBindValue(TeamStore::jsonText(mine));
    q.addBindValue(row->id);
    q.addBindValue(expected);
    if (!q.exec()) {
        const QString message = TeamStore::errorText(q);
        if (TeamConnection::isLost(db_))
            goOffline();
        return EditOutcome::of(EditStatus::Failed, kind, row->id, message);
    }
    if (q.next()) {
        row->data = mine;
        row->version = q.value(0).toInt();
        return EditOutcome::of(EditStatus::Saved, kind, row->id);
    }
    // Nothing was updated: tell a newer version from a missing right and a deleted row.
    q.prepare(QStringLiteral("SELECT jsonb_build_array(data)::text, version FROM %1 WHERE id = ?")
                  .arg(table));
    q.addBindValue(row->id);
    if (!q.exec())
        return EditOutcome::of(EditStatus::Failed, kind, row->id, TeamStore::errorText(q));
    if (!q.next())
        return EditOutcome::of(EditStatus::Gone, kind, row->id,
                               Tr::tr("Someone deleted this part of the report meanwhile."));
    const int version = q.value(1).toInt();
    if (version == expected)
        return EditOutcome::of(
            EditStatus::Refused, kind, row->id,
            Tr::tr("The server does not let %1 change this part of the report.").arg(person_));
    EditOutcome o =
        EditOutcome::of(EditStatus::Conflict, kind, row->id,
                        Tr::tr("Someone else changed this first; both versions are kept."));
    o.mine = mine;
    o.theirs = TeamStore::jsonColumn(q.value(0));
    o.theirVersion = version;
    row->data = o.theirs;
    row->version = version;
    rebuild();
    return o;
}

EditOutcome TeamSession::undo()
{
    if (undo_.isEmpty())
        return EditOutcome::of(EditStatus::Failed, RowKind::Block, 0,
                               Tr::tr("There is nothing to undo."));
    if (!online_)
        return EditOutcome::of(EditStatus::Failed, RowKind::Block, 0,
                               Tr::tr("Undo needs the server, which is away."));
    const UndoStep step = undo_.takeLast();
    Row *row = rows_.find(step.kind, step.rowId);
    if (!row)
        return EditOutcome::of(EditStatus::Gone, step.kind, step.rowId,
                               Tr::tr("Someone deleted this part of the report meanwhile."));
    EditOutcome o = writeOnline(step.kind, row, step.before, step.version);
    if (o.status == EditStatus::Saved)
        settleApproval(step.kind, *row);
    if (o.status == EditStatus::Saved || o.status == EditStatus::Conflict)
        rebuild();
    return o;
}

EditOutcome TeamSession::rewrite(RowKind kind, qint64 rowId, const QJsonValue &data)
{
    EditOutcome o = write(kind, rows_.find(kind, rowId), data);
    if (o.status == EditStatus::Saved)
        rebuild();
    return o;
}

EditOutcome TeamSession::updateReport(const ReportMetadata &metadata, const Signatory &signatory,
                                      const QList<ImportReviewItem> &importReview)
{
    Document d;
    d.metadata = metadata;
    d.signatory = signatory;
    d.importReview = importReview;
    EditOutcome o =
        write(RowKind::Report, &rows_.report, reportData(rows_.report.data.toObject(), d));
    if (o.status == EditStatus::Saved) {
        document_.metadata = metadata;
        document_.signatory = signatory;
        document_.importReview = importReview;
    }
    return o;
}

EditOutcome TeamSession::updateChapter(const Chapter &chapter)
{
    EditOutcome o =
        write(RowKind::Chapter, rows_.findDoc(RowKind::Chapter, chapter.id), chapterData(chapter));
    if (o.status == EditStatus::Saved)
        rebuild();
    return o;
}

EditOutcome TeamSession::updateBlock(const Block &block)
{
    EditOutcome o =
        write(RowKind::Block, rows_.findDoc(RowKind::Block, block.id), blockData(block));
    if (o.status == EditStatus::Saved) {
        if (Block *local = findBlock(block.id)) {
            Block next = block; // entries and items are rows of their own
            if (auto *t = std::get_if<Timeline>(&next.content))
                if (const auto *was = std::get_if<Timeline>(&local->content))
                    t->entries = was->entries;
            if (auto *l = std::get_if<ItemList>(&next.content))
                if (const auto *was = std::get_if<ItemList>(&local->content))
                    l->items = was->items;
            *local = next;
        }
    }
    return o;
}

EditOutcome TeamSession::updateMetric(const Metric &metric)
{
    EditOutcome o =
        write(RowKind::Metric, rows_.findDoc(RowKind::Metric, metric.id), metricData(metric));
    if (o.status == EditStatus::Saved)
        if (Metric *local = document_.findMetric(metric.id))
            *local = metric;
    return o;
}

EditOutcome TeamSession::updateTimelineEntry(const QString &blockId, int index,
                                             const TimelineEntry &entry)
{
    EditOutcome o = write(RowKind::TimelineEntry, entryRow(RowKind::TimelineEntry, blockId, index),
                          entryData(entry));
    if (o.status == EditStatus::Saved)
        rebuild();
    return o;
}

EditOutcome TeamSession::updateListItem(const QString &blockId, int index, const QString &text)
{
    EditOutcome o =
        write(RowKind::ListItem, entryRow(RowKind::ListItem, blockId, index), QJsonValue(text));
    if (o.status == EditStatus::Saved)
        rebuild();
    return o;
}

Row *TeamSession::entryRow(RowKind kind, const QString &blockId, int index)
{
    const Row *block = rows_.findDoc(RowKind::Block, blockId);
    if (!block || index < 0)
        return nullptr;
    QList<Row *> of;
    for (Row &r : rows_.rows(kind))
        if (r.parent == block->id)
            of.append(&r);
    std::stable_sort(of.begin(), of.end(),
                     [](const Row *a, const Row *b) { return a->position < b->position; });
    return index < of.size() ? of.at(index) : nullptr;
}

Block *TeamSession::findBlock(const QString &id)
{
    return findBlockIn(document_.chapters, id);
}

void TeamSession::goOffline()
{
    if (!online_)
        return;
    online_ = false;
    heartbeat_.stop();
    emit onlineChanged(false);
    if (options_.reconnectMs > 0)
        reconnectTimer_.start();
}

QList<EditOutcome> TeamSession::reconnect(QString *error)
{
    QList<EditOutcome> outcomes;
    if (online_)
        return outcomes;
    TeamConnection::close(db_);
    if (QString problem = connect({}); !problem.isEmpty()) {
        *error = problem;
        return outcomes;
    }
    reconnectTimer_.stop();
    // The same rule as any edit: each journaled edit names the version it was made on. Once
    // one edit of a row conflicts, later ones of that row conflict too (they built on it).
    QSet<std::pair<int, qint64>> conflicted;
    for (const JournalEntry &e : journal_.entries()) {
        const std::pair<int, qint64> key{static_cast<int>(e.kind), e.rowId};
        Row probe;
        probe.id = e.rowId;
        EditOutcome o;
        if (conflicted.contains(key)) {
            o = EditOutcome::of(
                EditStatus::Conflict, e.kind, e.rowId,
                Tr::tr("An earlier edit of this part conflicted; both versions are kept."));
            o.mine = e.data;
        } else {
            o = writeOnline(e.kind, &probe, e.data, e.expected);
        }
        if (!online_) { // lost again while replaying: keep the journal for the next try
            *error = o.message;
            return outcomes;
        }
        if (o.status == EditStatus::Conflict)
            conflicted.insert(key);
        outcomes.append(o);
    }
    journal_.clear();
    rows_.reportId = 0; // subscribe again on the new connection
    if (QString problem = reload(); !problem.isEmpty())
        *error = problem;
    heartbeat_.start();
    emit onlineChanged(true);
    return outcomes;
}

void TeamSession::onNotification(const QString &name, QSqlDriver::NotificationSource source,
                                 const QVariant &payload)
{
    if (name != channelOf(rows_.reportId) || source == QSqlDriver::SelfSource)
        return;
    const QJsonObject n = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    const QString op = n.value(QStringLiteral("op")).toString();
    if (op == QLatin1String("presence")) {
        refreshPresence();
        return;
    }
    if (op == QLatin1String("review")) {
        pendingReview_ = true;
        pendingEvidence_ |=
            n.value(QStringLiteral("table")).toString() == QLatin1String("csr_evidence");
        readTimer_.start();
        return;
    }
    const auto kind = kindOfTable(n.value(QStringLiteral("table")).toString());
    const qint64 id = n.value(QStringLiteral("id")).toInteger();
    if (op == QLatin1String("update") && kind) {
        const Row *row = rows_.find(*kind, id);
        if (row && row->version >= n.value(QStringLiteral("version")).toInt())
            return; // already read (our own change through another connection)
        pendingReads_.append({*kind, id});
    } else {
        pendingReload_ = true;
    }
    readTimer_.start(); // several notifications of one commit are read together
}

void TeamSession::readPending()
{
    if (!online_)
        return;
    if (pendingReload_) {
        reload();
        return;
    }
    QList<std::pair<RowKind, qint64>> read;
    std::swap(read, pendingReads_);
    const bool review = std::exchange(pendingReview_, false);
    const bool evidence = std::exchange(pendingEvidence_, false);
    if (review && !refreshReview(evidence).isEmpty()) {
        if (TeamConnection::isLost(db_))
            goOffline();
        return;
    }
    for (const auto &[kind, id] : read) {
        Row *row = rows_.find(kind, id);
        if (!row) {
            reload();
            return;
        }
        QSqlQuery q(db_);
        q.prepare(
            QStringLiteral("SELECT jsonb_build_array(data)::text, version FROM %1 WHERE id = ?")
                .arg(tableName(kind)));
        q.addBindValue(id);
        if (!q.exec()) {
            if (TeamConnection::isLost(db_))
                goOffline();
            return;
        }
        if (q.next()) {
            row->data = TeamStore::jsonColumn(q.value(0));
            row->version = q.value(1).toInt();
        }
    }
    rebuild();
    for (const auto &[kind, id] : read)
        emit remoteChange(kind, id);
    if (review)
        emit reviewChanged();
}

void TeamSession::setPresence(const QString &chapterId)
{
    presenceChapter_ = chapterId.isNull() ? QStringLiteral("") : chapterId;
    if (!online_)
        return;
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("INSERT INTO csr_presence (report_id, chapter) VALUES (?, ?) ON "
                             "CONFLICT (report_id, person) DO UPDATE SET chapter = "
                             "EXCLUDED.chapter, seen = now()"));
    q.addBindValue(rows_.reportId);
    q.addBindValue(presenceChapter_);
    if (!q.exec() && TeamConnection::isLost(db_))
        goOffline();
}

void TeamSession::refreshPresence()
{
    if (!online_)
        return;
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("SELECT person, chapter FROM csr_presence WHERE report_id = ? AND "
                             "person <> current_user AND seen > now() - make_interval(secs => ?) "
                             "ORDER BY person"));
    q.addBindValue(rows_.reportId);
    q.addBindValue(options_.presenceSeconds);
    if (!q.exec()) {
        if (TeamConnection::isLost(db_))
            goOffline();
        return;
    }
    QList<Presence> now;
    while (q.next())
        now.append({q.value(0).toString(), q.value(1).toString()});
    if (now != presence_) {
        presence_ = now;
        emit presenceChanged();
    }
}

} // namespace csr::team
