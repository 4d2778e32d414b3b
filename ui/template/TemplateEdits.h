#pragma once

#include "TemplateModel.h"

#include <QCoreApplication>
#include <QPointer>
#include <functional>
#include <optional>

class QUndoStack;

namespace csr::ui {

// Every edit the template editor offers, each pushed onto the undo stack as one command:
// the editor's widgets and the tests drive the template through this and nothing else.
class TemplateEdits
{
    Q_DECLARE_TR_FUNCTIONS(csr::ui::TemplateEdits)
public:
    TemplateEdits(TemplateModel *model, QUndoStack *undo);

    TemplateModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undo; }

    // Chapters. The new ones have a title to overwrite and one text block; their id is
    // returned ("" when the place does not exist).
    QString addSibling(const QString &afterId, const QString &title = {});
    QString addChild(const QString &parentId, const QString &title = {});
    bool moveUp(const QString &id);
    bool moveDown(const QString &id);
    void remove(const QString &id);
    void rename(const QString &id, const QString &title);
    void setKey(const QString &id, const QString &key);
    void setCode(const QString &id, const QString &code);
    void setRequired(const QString &id, bool required);
    void setNumbered(const QString &id, bool numbered);

    // The blocks a new report's chapter starts with.
    void addBlock(const QString &chapterId, BlockKind kind);
    void removeBlock(const QString &chapterId, int index);
    void setBlockTitle(const QString &chapterId, int index, const QString &title);
    void setBlockHint(const QString &chapterId, int index, const QString &hint);

    // The template as a whole.
    void setInfo(const TemplateInfo &info);
    void setNumbering(int depth, NumberingStyle style);

    // Figure definitions: id, name, unit and the tolerated change from last year.
    QString addMetric();
    void removeMetric(const QString &id);
    void setMetricId(const QString &id, const QString &newId);
    void setMetricLabel(const QString &id, const QString &label);
    void setMetricUnit(const QString &id, const QString &unit);
    void setTolerance(const QString &id, std::optional<double> tolerance);

    static QString blockKindText(BlockKind kind);
    static QString numberingText(NumberingStyle style);

private:
    QString insert(const QString &parentId, int row, const QString &title);
    void editChapter(const QString &id, const std::function<void(Chapter &)> &change,
                     const QString &text, const QString &mergeField = {});
    void editFields(const QString &id, const Chapter &after, const QString &text,
                    const QString &mergeField = {});
    void editMetric(const QString &id, const std::function<void(Metric &)> &change,
                    const QString &text);

    QPointer<TemplateModel> m_model;
    QUndoStack *m_undo;
};

} // namespace csr::ui
