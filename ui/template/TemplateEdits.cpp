#include "TemplateEdits.h"

#include "TemplateCommands.h"

#include <QUndoStack>

namespace csr::ui {

TemplateEdits::TemplateEdits(TemplateModel *model, QUndoStack *undo) : m_model(model), m_undo(undo)
{
}

QString TemplateEdits::insert(const QString &parentId, int row, const QString &title)
{
    if (!parentId.isEmpty() && !m_model->chapter(parentId))
        return {};
    Chapter c;
    c.id = m_model->newChapterId();
    c.title = title.isEmpty() ? tr("New chapter") : title;
    Block text;
    text.id = m_model->newBlockId();
    text.content = Paragraph{};
    c.blocks << text;
    m_undo->push(
        new InsertChapterCommand(m_model, parentId, row, c, tr("Add \"%1\"").arg(c.title)));
    return c.id;
}

QString TemplateEdits::addSibling(const QString &afterId, const QString &title)
{
    if (afterId.isEmpty())
        return insert({}, m_model->siblingCount({}), title);
    const int row = m_model->rowOf(afterId);
    return row < 0 ? QString() : insert(m_model->parentOf(afterId), row + 1, title);
}

QString TemplateEdits::addChild(const QString &parentId, const QString &title)
{
    return insert(parentId, m_model->siblingCount(parentId), title);
}

bool TemplateEdits::moveUp(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row <= 0)
        return false;
    m_undo->push(new MoveChapterCommand(m_model, id, row - 1));
    return true;
}

bool TemplateEdits::moveDown(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0 || row + 1 >= m_model->siblingCount(m_model->parentOf(id)))
        return false;
    m_undo->push(new MoveChapterCommand(m_model, id, row + 1));
    return true;
}

void TemplateEdits::remove(const QString &id)
{
    if (m_model->chapter(id))
        m_undo->push(new RemoveChapterCommand(m_model, id));
}

void TemplateEdits::editFields(const QString &id, const Chapter &after, const QString &text,
                               const QString &mergeField)
{
    const Chapter *c = m_model->chapter(id);
    if (!c)
        return;
    Chapter before = *c, changed = after;
    before.children.clear();
    changed.children.clear();
    if (before == changed)
        return;
    m_undo->push(new ChapterFieldsCommand(m_model, id, after, text, mergeField));
}

void TemplateEdits::editChapter(const QString &id, const std::function<void(Chapter &)> &change,
                                const QString &text, const QString &mergeField)
{
    if (const Chapter *c = m_model->chapter(id)) {
        Chapter after = *c;
        change(after);
        editFields(id, after, text, mergeField);
    }
}

void TemplateEdits::rename(const QString &id, const QString &title)
{
    editChapter(
        id, [&](Chapter &c) { c.title = title; }, tr("Rename chapter"), QStringLiteral("title"));
}

void TemplateEdits::setKey(const QString &id, const QString &key)
{
    editChapter(
        id, [&](Chapter &c) { c.key = key.trimmed(); }, tr("Change key"), QStringLiteral("key"));
}

void TemplateEdits::setCode(const QString &id, const QString &code)
{
    editChapter(
        id, [&](Chapter &c) { c.code = code.trimmed(); }, tr("Change indicator code"),
        QStringLiteral("code"));
}

void TemplateEdits::setRequired(const QString &id, bool required)
{
    editChapter(
        id, [&](Chapter &c) { c.required = required; },
        required ? tr("Mark required") : tr("Mark optional"));
}

void TemplateEdits::setNumbered(const QString &id, bool numbered)
{
    editChapter(
        id, [&](Chapter &c) { c.numbered = numbered; },
        numbered ? tr("Number chapter") : tr("Unnumber chapter"));
}

void TemplateEdits::addBlock(const QString &chapterId, BlockKind kind)
{
    const Chapter *c = m_model->chapter(chapterId);
    if (!c)
        return;
    Chapter after = *c;
    Block b;
    b.id = m_model->newBlockId();
    switch (kind) {
    case BlockKind::Paragraph:
        b.content = Paragraph{};
        break;
    case BlockKind::MetricTable:
        b.content = MetricTable{};
        break;
    case BlockKind::Timeline:
        b.content = Timeline{};
        break;
    case BlockKind::ItemList:
        b.content = ItemList{};
        break;
    case BlockKind::SignatureBlock:
        b.content = SignatureBlock{};
        break;
    case BlockKind::Photo:
        b.content = Photo{}; // a place for a photo, chosen in the report
        break;
    }
    after.blocks << b;
    editFields(chapterId, after, tr("Add %1").arg(blockKindText(kind)));
}

void TemplateEdits::removeBlock(const QString &chapterId, int index)
{
    const Chapter *c = m_model->chapter(chapterId);
    if (!c || index < 0 || index >= c->blocks.size())
        return;
    Chapter after = *c;
    const BlockKind kind = after.blocks.takeAt(index).kind();
    editFields(chapterId, after, tr("Remove %1").arg(blockKindText(kind)));
}

void TemplateEdits::setBlockTitle(const QString &chapterId, int index, const QString &title)
{
    const Chapter *c = m_model->chapter(chapterId);
    if (!c || index < 0 || index >= c->blocks.size())
        return;
    Chapter after = *c;
    std::visit(
        [&](auto &content) {
            if constexpr (requires { content.title; })
                content.title = title;
        },
        after.blocks[index].content);
    editFields(chapterId, after, tr("Change block title"),
               QStringLiteral("block-title-%1").arg(index));
}

void TemplateEdits::setBlockHint(const QString &chapterId, int index, const QString &hint)
{
    const Chapter *c = m_model->chapter(chapterId);
    if (!c || index < 0 || index >= c->blocks.size())
        return;
    Chapter after = *c;
    after.blocks[index].hint = hint;
    editFields(chapterId, after, tr("Change hint"), QStringLiteral("block-hint-%1").arg(index));
}

void TemplateEdits::setInfo(const TemplateInfo &info)
{
    const TemplateInfo before = m_model->info();
    if (before != info)
        m_undo->push(new TemplateInfoCommand(m_model, before, info, tr("Change template name")));
}

void TemplateEdits::setNumbering(int depth, NumberingStyle style)
{
    const QList<NumberingStyle> before = m_model->value().skeleton.metadata.numbering;
    QList<NumberingStyle> after = before;
    while (after.size() <= depth)
        after << defaultNumbering(int(after.size()));
    after[depth] = style;
    // Trailing defaults say nothing: a template that keeps them all writes no list.
    while (!after.isEmpty() && after.last() == defaultNumbering(int(after.size()) - 1))
        after.removeLast();
    if (after != before)
        m_undo->push(new NumberingCommand(m_model, before, after, tr("Change numbering")));
}

QString TemplateEdits::addMetric()
{
    TemplateMetrics after = m_model->metrics();
    Metric m;
    for (int n = int(after.metrics.size()) + 1;; ++n) {
        m.id = QStringLiteral("metric%1").arg(n);
        if (!after.metrics.containsId(m.id))
            break;
    }
    m.label = tr("New figure");
    after.metrics.append(m);
    m_undo->push(new TemplateMetricsCommand(m_model, m_model->metrics(), after, tr("Add figure")));
    return m.id;
}

void TemplateEdits::removeMetric(const QString &id)
{
    TemplateMetrics after = m_model->metrics();
    const qsizetype i = after.metrics.indexOfId(id);
    if (i < 0)
        return;
    after.metrics.removeAt(i);
    after.tolerances.remove(id);
    m_undo->push(
        new TemplateMetricsCommand(m_model, m_model->metrics(), after, tr("Remove figure")));
}

void TemplateEdits::editMetric(const QString &id, const std::function<void(Metric &)> &change,
                               const QString &text)
{
    const TemplateMetrics before = m_model->metrics();
    TemplateMetrics after = before;
    const qsizetype i = after.metrics.indexOfId(id);
    if (i < 0)
        return;
    Metric m = after.metrics.at(i);
    change(m);
    if (m.id != id && after.tolerances.contains(id))
        after.tolerances.insert(m.id, after.tolerances.take(id));
    after.metrics[i] = m;
    if (after != before)
        m_undo->push(new TemplateMetricsCommand(m_model, before, after, text));
}

void TemplateEdits::setMetricId(const QString &id, const QString &newId)
{
    editMetric(
        id, [&](Metric &m) { m.id = newId.trimmed(); }, tr("Change figure id"));
}

void TemplateEdits::setMetricLabel(const QString &id, const QString &label)
{
    editMetric(
        id, [&](Metric &m) { m.label = label; }, tr("Rename figure"));
}

void TemplateEdits::setMetricUnit(const QString &id, const QString &unit)
{
    editMetric(
        id, [&](Metric &m) { m.unit = unit.trimmed(); }, tr("Change unit"));
}

void TemplateEdits::setTolerance(const QString &id, std::optional<double> tolerance)
{
    const TemplateMetrics before = m_model->metrics();
    if (!before.metrics.containsId(id))
        return;
    TemplateMetrics after = before;
    if (tolerance)
        after.tolerances.insert(id, *tolerance);
    else
        after.tolerances.remove(id);
    if (after != before)
        m_undo->push(new TemplateMetricsCommand(m_model, before, after, tr("Change tolerance")));
}

QString TemplateEdits::blockKindText(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Paragraph:
        return tr("text");
    case BlockKind::MetricTable:
        return tr("figure table");
    case BlockKind::Timeline:
        return tr("events");
    case BlockKind::ItemList:
        return tr("list");
    case BlockKind::SignatureBlock:
        return tr("signature");
    case BlockKind::Photo:
        return tr("photo");
    }
    return {};
}

QString TemplateEdits::numberingText(NumberingStyle style)
{
    switch (style) {
    case NumberingStyle::Chinese:
        return QStringLiteral("一、二、三、");
    case NumberingStyle::ChineseParen:
        return QStringLiteral("（一）（二）（三）");
    case NumberingStyle::Arabic:
        return QStringLiteral("1. 2. 3.");
    case NumberingStyle::ArabicParen:
        return QStringLiteral("1） 2） 3）");
    case NumberingStyle::Code:
        return tr("Indicator codes (I-1, I-2 …)");
    case NumberingStyle::None:
        return tr("No number");
    }
    return {};
}

} // namespace csr::ui
