#include "TemplateModel.h"

namespace csr::ui {

TemplateModel::TemplateModel(QObject *parent) : QAbstractItemModel(parent) {}

void TemplateModel::reset(const Template &t)
{
    beginResetModel();
    m_template = t;
    reindex();
    endResetModel();
    emit infoChanged();
    emit numberingChanged();
    emit metricsChanged();
    emit changed();
}

void TemplateModel::reindex()
{
    m_places.clear();
    forEachChapter(m_template.skeleton, [&](const ChapterVisit &v) {
        Place &place = m_places[v.chapter.id]; // its parent set it up
        place.depth = v.depth;
        place.number = v.number;
        const auto &children = v.chapter.children;
        for (int row = 0; row < children.size(); ++row)
            m_places[children.at(row).id].parentId = v.chapter.id;
    });
    // Rows: the visit gives the order, each sibling list its positions.
    const std::function<void(const QList<Chapter> &)> rows = [&](const QList<Chapter> &list) {
        for (int row = 0; row < list.size(); ++row) {
            m_places[list.at(row).id].row = row;
            rows(list.at(row).children);
        }
    };
    rows(m_template.skeleton.chapters);
}

QList<Chapter> &TemplateModel::childrenOf(const QString &parentId)
{
    if (parentId.isEmpty())
        return m_template.skeleton.chapters;
    return m_template.skeleton.findChapter(parentId)->children;
}

const QList<Chapter> &TemplateModel::childrenOf(const QString &parentId) const
{
    if (parentId.isEmpty())
        return m_template.skeleton.chapters;
    static const QList<Chapter> none;
    const Chapter *c = m_template.skeleton.findChapter(parentId);
    return c ? c->children : none;
}

quintptr TemplateModel::handle(const QString &id) const
{
    auto it = m_handles.constFind(id);
    if (it != m_handles.constEnd())
        return *it;
    const quintptr h = quintptr(m_handles.size() + 1);
    m_handles.insert(id, h);
    m_idOfHandle.insert(h, id);
    return h;
}

QModelIndex TemplateModel::indexOf(const QString &chapterId) const
{
    auto it = m_places.constFind(chapterId);
    return it == m_places.constEnd() ? QModelIndex()
                                     : createIndex(it->row, TitleColumn, handle(chapterId));
}

QString TemplateModel::chapterId(const QModelIndex &index) const
{
    return index.isValid() ? m_idOfHandle.value(index.internalId()) : QString();
}

const Chapter *TemplateModel::chapter(const QString &id) const
{
    return id.isEmpty() ? nullptr : m_template.skeleton.findChapter(id);
}

QString TemplateModel::parentOf(const QString &id) const
{
    return m_places.value(id).parentId;
}

int TemplateModel::rowOf(const QString &id) const
{
    auto it = m_places.constFind(id);
    return it == m_places.constEnd() ? -1 : it->row;
}

int TemplateModel::siblingCount(const QString &parentId) const
{
    return int(childrenOf(parentId).size());
}

int TemplateModel::depthOf(const QString &id) const
{
    return m_places.value(id).depth;
}

QString TemplateModel::numberOf(const QString &id) const
{
    return m_places.value(id).number;
}

QString TemplateModel::newChapterId() const
{
    return makeUniqueId(m_template.skeleton, QStringLiteral("c"));
}

QString TemplateModel::newBlockId() const
{
    return makeUniqueId(m_template.skeleton, QStringLiteral("b"));
}

TemplateMetrics TemplateModel::metrics() const
{
    return {m_template.skeleton.metrics, m_template.skeleton.review.metricTolerances};
}

void TemplateModel::applyInsert(const QString &parentId, int row, const Chapter &chapter)
{
    QList<Chapter> &list = childrenOf(parentId);
    row = std::clamp(row, 0, int(list.size()));
    beginInsertRows(indexOf(parentId), row, row);
    list.insert(row, chapter);
    reindex();
    endInsertRows();
    announceNumbers(parentId);
    emit changed();
}

Chapter TemplateModel::applyRemove(const QString &id)
{
    const QString parentId = parentOf(id);
    const int row = rowOf(id);
    if (row < 0)
        return {};
    beginRemoveRows(indexOf(parentId), row, row);
    Chapter taken = childrenOf(parentId).takeAt(row);
    reindex();
    endRemoveRows();
    announceNumbers(parentId);
    emit changed();
    return taken;
}

void TemplateModel::applyMove(const QString &id, int toRow)
{
    const QString parentId = parentOf(id);
    const int from = rowOf(id);
    QList<Chapter> &list = childrenOf(parentId);
    toRow = std::clamp(toRow, 0, int(list.size()) - 1);
    if (from < 0 || from == toRow)
        return;
    const QModelIndex parent = indexOf(parentId);
    // Qt's destination is the row the item goes before, counted before the move.
    beginMoveRows(parent, from, from, parent, toRow > from ? toRow + 1 : toRow);
    list.move(from, toRow);
    reindex();
    endMoveRows();
    announceNumbers(parentId);
    emit changed();
}

void TemplateModel::applyFields(const QString &id, const Chapter &fields)
{
    Chapter *c = m_template.skeleton.findChapter(id);
    if (!c)
        return;
    const QList<Chapter> children = c->children;
    *c = fields;
    c->id = id;
    c->children = children;
    reindex();
    // The number depends on the numbered flag and the code: the siblings may renumber.
    announceNumbers(parentOf(id));
    emit chapterChanged(id);
    emit changed();
}

void TemplateModel::applyInfo(const TemplateInfo &info)
{
    m_template.id = info.id;
    m_template.name = info.name;
    m_template.description = info.description;
    m_template.skeleton.metadata.templateId = info.id;
    emit infoChanged();
    emit changed();
}

void TemplateModel::applyNumbering(const QList<NumberingStyle> &numbering)
{
    m_template.skeleton.metadata.numbering = numbering;
    reindex();
    retranslate(); // every number may change: the same repaint
    emit numberingChanged();
    emit changed();
}

void TemplateModel::applyMetrics(const TemplateMetrics &metrics)
{
    m_template.skeleton.metrics = metrics.metrics;
    m_template.skeleton.review.metricTolerances = metrics.tolerances;
    emit metricsChanged();
    emit changed();
}

void TemplateModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    const std::function<void(const QString &)> all = [&](const QString &parentId) {
        announceNumbers(parentId);
        for (const Chapter &c : childrenOf(parentId))
            all(c.id);
    };
    all({});
}

void TemplateModel::announceNumbers(const QString &parentId)
{
    const int n = siblingCount(parentId);
    if (n > 0) {
        const QModelIndex parent = indexOf(parentId);
        emit dataChanged(index(0, 0, parent), index(n - 1, ColumnCount - 1, parent));
    }
}

QModelIndex TemplateModel::index(int row, int column, const QModelIndex &parent) const
{
    const QList<Chapter> &list = childrenOf(chapterId(parent));
    if (row < 0 || row >= list.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, handle(list.at(row).id));
}

QModelIndex TemplateModel::parent(const QModelIndex &child) const
{
    const QString parentId = parentOf(chapterId(child));
    return parentId.isEmpty() ? QModelIndex() : indexOf(parentId);
}

int TemplateModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return siblingCount(chapterId(parent));
}

int TemplateModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TemplateModel::data(const QModelIndex &index, int role) const
{
    const QString id = chapterId(index);
    const Chapter *c = chapter(id);
    if (!c)
        return {};
    if (role == ChapterIdRole)
        return id;
    if (role == Qt::ToolTipRole)
        return numberOf(id) + c->title;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case TitleColumn:
            return role == Qt::EditRole ? c->title : numberOf(id) + c->title;
        case CodeColumn:
            return c->code;
        case KeyColumn:
            return c->key;
        case RequiredColumn:
            return c->required ? tr("required") : QString();
        }
    }
    return {};
}

QVariant TemplateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Chapter");
    case CodeColumn:
        return tr("Code");
    case KeyColumn:
        return tr("Key");
    case RequiredColumn:
        return tr("Required");
    }
    return {};
}

} // namespace csr::ui
