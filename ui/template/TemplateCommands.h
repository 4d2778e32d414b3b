#pragma once

#include "TemplateModel.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace csr::ui {

// The template editor's undo steps: each holds what it needs to do and undo one edit on the
// TemplateModel, by chapter id (never by pointer: the chapters move in memory).

class InsertChapterCommand : public QUndoCommand
{
public:
    InsertChapterCommand(TemplateModel *model, QString parentId, int row, Chapter chapter,
                         const QString &text);
    void undo() override;
    void redo() override;

private:
    QPointer<TemplateModel> m_model;
    QString m_parentId;
    int m_row;
    Chapter m_chapter;
};

class RemoveChapterCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(csr::ui::RemoveChapterCommand)
public:
    RemoveChapterCommand(TemplateModel *model, const QString &id);
    void undo() override;
    void redo() override;

private:
    QPointer<TemplateModel> m_model;
    QString m_id, m_parentId;
    int m_row;
    Chapter m_chapter;
};

class MoveChapterCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(csr::ui::MoveChapterCommand)
public:
    MoveChapterCommand(TemplateModel *model, const QString &id, int toRow);
    void undo() override;
    void redo() override;

private:
    QPointer<TemplateModel> m_model;
    QString m_id;
    int m_from, m_to;
};

// A chapter's own fields (title, key, code, flags, blocks). Typing in one field of one chapter
// merges into one step.
class ChapterFieldsCommand : public QUndoCommand
{
public:
    enum { Id = 0x7e01 };
    ChapterFieldsCommand(TemplateModel *model, const QString &id, Chapter after,
                         const QString &text, const QString &field);
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand *other) override;
    void undo() override;
    void redo() override;

private:
    QPointer<TemplateModel> m_model;
    QString m_id, m_field;
    Chapter m_before, m_after;
};

// One whole value of the template (its name, the numbering, the figures) replaced. With a
// MergeId, consecutive steps (typing a name) merge into one.
template <typename T, void (TemplateModel::*Apply)(const T &), int MergeId = -1>
class TemplateValueCommand : public QUndoCommand
{
public:
    TemplateValueCommand(TemplateModel *model, T before, T after, const QString &text)
        : m_model(model), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(text);
    }
    int id() const override { return MergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        m_after = static_cast<const TemplateValueCommand *>(other)->m_after;
        return true;
    }
    void undo() override
    {
        if (m_model)
            (m_model->*Apply)(m_before);
    }
    void redo() override
    {
        if (m_model)
            (m_model->*Apply)(m_after);
    }

private:
    QPointer<TemplateModel> m_model;
    T m_before, m_after;
};

using TemplateInfoCommand = TemplateValueCommand<TemplateInfo, &TemplateModel::applyInfo, 0x7e02>;
using NumberingCommand =
    TemplateValueCommand<QList<NumberingStyle>, &TemplateModel::applyNumbering>;
using TemplateMetricsCommand = TemplateValueCommand<TemplateMetrics, &TemplateModel::applyMetrics>;

} // namespace csr::ui
