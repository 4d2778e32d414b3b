#include "TemplateCommands.h"

namespace csr::ui {

namespace {
Chapter withoutChildren(Chapter c)
{
    c.children.clear();
    return c;
}
} // namespace

InsertChapterCommand::InsertChapterCommand(TemplateModel *model, QString parentId, int row,
                                           Chapter chapter, const QString &text)
    : m_model(model), m_parentId(std::move(parentId)), m_row(row), m_chapter(std::move(chapter))
{
    setText(text);
}

void InsertChapterCommand::redo()
{
    if (m_model)
        m_model->applyInsert(m_parentId, m_row, m_chapter);
}

void InsertChapterCommand::undo()
{
    if (m_model)
        m_model->applyRemove(m_chapter.id);
}

RemoveChapterCommand::RemoveChapterCommand(TemplateModel *model, const QString &id)
    : m_model(model), m_id(id), m_parentId(model->parentOf(id)), m_row(model->rowOf(id))
{
    if (const Chapter *c = model->chapter(id))
        m_chapter = *c;
    setText(tr("Delete \"%1\"").arg(m_chapter.title));
}

void RemoveChapterCommand::redo()
{
    if (m_model)
        m_model->applyRemove(m_id);
}

void RemoveChapterCommand::undo()
{
    if (m_model)
        m_model->applyInsert(m_parentId, m_row, m_chapter);
}

MoveChapterCommand::MoveChapterCommand(TemplateModel *model, const QString &id, int toRow)
    : m_model(model), m_id(id), m_from(model->rowOf(id)), m_to(toRow)
{
    const Chapter *c = model->chapter(id);
    setText(toRow < m_from ? tr("Move \"%1\" up").arg(c ? c->title : QString())
                           : tr("Move \"%1\" down").arg(c ? c->title : QString()));
}

void MoveChapterCommand::redo()
{
    if (m_model)
        m_model->applyMove(m_id, m_to);
}

void MoveChapterCommand::undo()
{
    if (m_model)
        m_model->applyMove(m_id, m_from);
}

ChapterFieldsCommand::ChapterFieldsCommand(TemplateModel *model, const QString &id, Chapter after,
                                           const QString &text, const QString &field)
    : m_model(model), m_id(id), m_field(field), m_after(withoutChildren(std::move(after)))
{
    if (const Chapter *c = model->chapter(id))
        m_before = withoutChildren(*c);
    setText(text);
}

bool ChapterFieldsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChapterFieldsCommand *>(other);
    // Text typed into one field is one step; a checkbox or a block list change is its own.
    if (o->m_id != m_id || o->m_field != m_field || m_field.isEmpty())
        return false;
    m_after = o->m_after;
    return true;
}

void ChapterFieldsCommand::redo()
{
    if (m_model)
        m_model->applyFields(m_id, m_after);
}

void ChapterFieldsCommand::undo()
{
    if (m_model)
        m_model->applyFields(m_id, m_before);
}

} // namespace csr::ui
