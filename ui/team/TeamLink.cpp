#include "TeamLink.h"

#include "ReportSession.h"
#include "TeamReviewPolicy.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace csr::ui {

using namespace team;

namespace {

struct BlockPlace
{
    const Block *block;
    const Chapter *chapter;
    int index;
};

void collect(const QList<Chapter> &chapters, QHash<QString, BlockPlace> &blocks,
             QHash<QString, const Chapter *> &byId)
{
    for (const Chapter &c : chapters) {
        byId.insert(c.id, &c);
        for (int i = 0; i < c.blocks.size(); ++i)
            blocks.insert(c.blocks.at(i).id, {&c.blocks.at(i), &c, i});
        collect(c.children, blocks, byId);
    }
}

bool sameHeader(const Chapter &a, const Chapter &b)
{
    return a.id == b.id && a.key == b.key && a.title == b.title && a.code == b.code &&
           a.numbered == b.numbered && a.required == b.required && a.assignee == b.assignee &&
           a.status == b.status;
}

// The block without its entries or items: what the block's own row holds.
Block ownPart(Block b)
{
    if (auto *t = std::get_if<Timeline>(&b.content))
        t->entries.clear();
    if (auto *l = std::get_if<ItemList>(&b.content))
        l->items.clear();
    return b;
}

} // namespace

TeamLink::TeamLink(ReportSession *editor, std::unique_ptr<TeamSession> team, QObject *parent)
    : QObject(parent), m_editor(editor), m_team(std::move(team))
{
    m_applying = true;
    if (m_editor->document() != m_team->document())
        m_editor->reset(m_team->document(), QString());
    m_applying = false;
    // Review steps and comments are the login's, with the server's role deciding who reviews.
    m_editor->setReviewIdentity(
        m_team->person(), std::make_shared<TeamReviewPolicy>(m_team->person(), m_team->role()));
    connect(m_editor, &ReportSession::changed, this, &TeamLink::push);
    // Every edit is on the server (or in the journal) once made: nothing to save. (After the
    // command is on the stack: a command's redo runs before the stack's index moves.)
    connect(m_editor->undoStack(), &QUndoStack::indexChanged, this,
            [this] { m_editor->undoStack()->setClean(); });
    connect(m_editor, &ReportSession::documentReset, this, [this] {
        if (!m_applying) {
            m_editor->setReviewIdentity({}, nullptr);
            disconnect(m_editor, nullptr, this, nullptr);
            emit detached();
        }
    });
    connect(m_team.get(), &TeamSession::remoteChange, this, &TeamLink::pull);
    connect(m_team.get(), &TeamSession::reloaded, this, &TeamLink::pull);
    connect(m_team.get(), &TeamSession::reviewChanged, this, &TeamLink::pull);
    connect(m_team.get(), &TeamSession::presenceChanged, this, &TeamLink::statusChanged);
    connect(m_team.get(), &TeamSession::onlineChanged, this, [this](bool online) {
        if (online)
            pull();
        emit statusChanged();
    });
}

TeamLink::~TeamLink() = default;

void TeamLink::handle(const EditOutcome &o, const QString &pieceKey)
{
    switch (o.status) {
    case EditStatus::Saved:
    case EditStatus::Journaled:
        m_editedHere.insert(pieceKey);
        break;
    case EditStatus::Conflict:
        m_conflicts.append(o);
        emit conflict(o);
        break;
    case EditStatus::Refused:
    case EditStatus::Gone:
    case EditStatus::Failed:
        emit refused(o.message);
        break;
    }
}

void TeamLink::push()
{
    if (m_applying)
        return;
    // Copies (implicitly shared): sending a structural edit reloads the team document.
    const Document mine = m_editor->document();
    const Document server = m_team->document();
    if (mine.metadata != server.metadata || mine.signatory != server.signatory ||
        mine.importReview != server.importReview)
        handle(m_team->updateReport(mine.metadata, mine.signatory, mine.importReview),
               QStringLiteral("report"));
    for (const Metric &m : mine.metrics) {
        const Metric *was = server.findMetric(m.id);
        if (was && *was != m)
            handle(m_team->updateMetric(m), QStringLiteral("metric:") + m.id);
    }
    QHash<QString, BlockPlace> myBlocks, serverBlocks;
    QHash<QString, const Chapter *> myChapters, serverChapters;
    collect(mine.chapters, myBlocks, myChapters);
    collect(server.chapters, serverBlocks, serverChapters);
    for (const Chapter *c : std::as_const(myChapters)) {
        const Chapter *was = serverChapters.value(c->id);
        if (!was)
            continue;
        // The status changes by review steps (pushReview), never as a field.
        Chapter header = *c;
        header.status = was->status;
        if (!sameHeader(header, *was))
            handle(m_team->updateChapter(header), QStringLiteral("chapter:") + c->id);
    }
    for (auto it = myBlocks.cbegin(); it != myBlocks.cend(); ++it) {
        const Block &b = *it->block;
        const auto was = serverBlocks.constFind(b.id);
        if (was == serverBlocks.cend()) {
            handle(m_team->insertBlock(it->chapter->id, it->index, b),
                   QStringLiteral("block:") + b.id);
            continue;
        }
        const Block &old = *was->block;
        if (ownPart(b) != ownPart(old))
            handle(m_team->updateBlock(b), QStringLiteral("block:") + b.id);
        const auto *t = std::get_if<Timeline>(&b.content);
        const auto *oldT = std::get_if<Timeline>(&old.content);
        if (t && oldT && t->entries != oldT->entries) {
            if (t->entries.size() == oldT->entries.size()) {
                for (int i = 0; i < t->entries.size(); ++i)
                    if (t->entries.at(i) != oldT->entries.at(i))
                        handle(m_team->updateTimelineEntry(b.id, i, t->entries.at(i)),
                               QStringLiteral("block:") + b.id);
            } else {
                handle(m_team->replaceTimelineEntries(b.id, t->entries),
                       QStringLiteral("block:") + b.id);
            }
        }
        const auto *l = std::get_if<ItemList>(&b.content);
        const auto *oldL = std::get_if<ItemList>(&old.content);
        if (l && oldL && l->items != oldL->items) {
            if (l->items.size() == oldL->items.size()) {
                for (int i = 0; i < l->items.size(); ++i)
                    if (l->items.at(i) != oldL->items.at(i))
                        handle(m_team->updateListItem(b.id, i, l->items.at(i)),
                               QStringLiteral("block:") + b.id);
            } else {
                handle(m_team->replaceListItems(b.id, l->items), QStringLiteral("block:") + b.id);
            }
        }
    }
    for (auto it = serverBlocks.cbegin(); it != serverBlocks.cend(); ++it)
        if (!myBlocks.contains(it.key()))
            handle(m_team->removeBlock(it.key()), QStringLiteral("block:") + it.key());
    if (mine.review != server.review || mine.evidence != server.evidence)
        pushReview(mine, m_team->document());
    // Not (yet) editable in a team report: adding or removing figures and chapters, moving
    // chapters. Said, rather than silently undone by the pull below.
    QStringList myIds, serverIds;
    for (const Metric &m : mine.metrics)
        myIds.append(m.id);
    for (const Metric &m : server.metrics)
        serverIds.append(m.id);
    if (myIds != serverIds)
        emit refused(tr("Figures cannot be added, removed or reordered in a team report yet; "
                        "the owner can do it in a file and publish it again."));
    if (myChapters.size() != serverChapters.size())
        emit refused(tr("Chapters cannot be added or removed in a team report yet."));
    // Whatever the server did not take (a conflict, a refusal) shows as the server has it.
    if (m_editor->document() != m_team->document())
        pull();
    emit statusChanged();
}

void TeamLink::pull()
{
    // Copies: applying to the editor changes its document under any reference into it.
    const Document server = m_team->document();
    const Document mine = m_editor->document();
    if (mine == server)
        return;
    m_applying = true;
    bool othersOverMine = false;
    QHash<QString, BlockPlace> myBlocks, serverBlocks;
    QHash<QString, const Chapter *> myChapters, serverChapters;
    collect(mine.chapters, myBlocks, myChapters);
    collect(server.chapters, serverBlocks, serverChapters);
    bool structural = myBlocks.size() != serverBlocks.size() ||
                      myChapters.size() != serverChapters.size() ||
                      mine.metrics.size() != server.metrics.size();
    for (auto it = serverBlocks.cbegin(); !structural && it != serverBlocks.cend(); ++it) {
        const auto was = myBlocks.constFind(it.key());
        structural = was == myBlocks.cend() || was->chapter->id != it->chapter->id ||
                     was->index != it->index;
    }
    // The editor takes a chapter's assignee and status one by one; anything else is redone.
    for (auto it = serverChapters.cbegin(); !structural && it != serverChapters.cend(); ++it) {
        const Chapter *was = myChapters.value(it.key());
        structural = !was || was->title != (*it)->title || was->key != (*it)->key ||
                     was->code != (*it)->code || was->numbered != (*it)->numbered ||
                     was->required != (*it)->required;
    }
    if (structural) {
        // Added, removed or moved parts: the whole document, a new undo history.
        m_editor->reset(server, QString());
        m_editedHere.clear();
        m_applying = false;
        return;
    }
    if (mine.metadata != server.metadata) {
        othersOverMine |= m_editedHere.contains(QStringLiteral("report"));
        m_editor->applyMetadata(server.metadata);
    }
    if (mine.signatory != server.signatory) {
        othersOverMine |= m_editedHere.contains(QStringLiteral("report"));
        m_editor->applySignatory(server.signatory);
    }
    if (mine.importReview != server.importReview) {
        othersOverMine |= m_editedHere.contains(QStringLiteral("report"));
        m_editor->applyImportReview(server.importReview);
    }
    for (const Metric &m : server.metrics)
        if (const Metric *was = mine.findMetric(m.id); was && *was != m) {
            othersOverMine |= m_editedHere.contains(QStringLiteral("metric:") + m.id);
            m_editor->applyMetric(m);
        }
    for (auto it = serverChapters.cbegin(); it != serverChapters.cend(); ++it) {
        const Chapter *was = myChapters.value(it.key());
        if (!sameHeader(**it, *was)) {
            othersOverMine |= m_editedHere.contains(QStringLiteral("chapter:") + it.key());
            m_editor->applyChapterHeader(it.key(), (*it)->assignee, (*it)->status);
        }
    }
    for (auto it = serverBlocks.cbegin(); it != serverBlocks.cend(); ++it)
        if (*it->block != *myBlocks.value(it.key()).block) {
            othersOverMine |= m_editedHere.contains(QStringLiteral("block:") + it.key());
            m_editor->applyBlock(*it->block);
        }
    if (mine.review != server.review || mine.evidence != server.evidence)
        m_editor->applyReview(server.review, {}, server.evidence);
    if (othersOverMine) {
        m_editor->undoStack()->clear();
        m_editedHere.clear();
    }
    m_applying = false;
}

EditOutcome TeamLink::settle(const EditOutcome &conflict, const QJsonValue &chosen)
{
    const EditOutcome o = m_team->rewrite(conflict.kind, conflict.rowId, chosen);
    if (o.status != EditStatus::Conflict)
        m_conflicts.removeIf([&](const EditOutcome &c) {
            return c.kind == conflict.kind && c.rowId == conflict.rowId;
        });
    handle(o, QString());
    pull();
    emit statusChanged();
    return o;
}

QString TeamLink::statusText() const
{
    QString text = tr("Team report %1 as %2").arg(m_team->reportName(), m_team->person());
    if (!m_team->isOnline())
        text += tr(" — the server is away; %n edit(s) not yet saved to the server", nullptr,
                   m_team->pendingEdits());
    for (const Presence &p : m_team->presence()) {
        const Chapter *c = m_team->document().findChapter(p.chapterId);
        text += tr(" · %1 in %2").arg(p.person, c ? c->title : tr("the report"));
    }
    return text;
}

} // namespace csr::ui
