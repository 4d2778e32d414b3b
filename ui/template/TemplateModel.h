#pragma once

#include "Template.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QMap>

namespace csr::ui {

// A template's figure definitions with their plausibility rules: edited as one value.
struct TemplateMetrics
{
    MetricList metrics;
    QMap<QString, double> tolerances; // metric id → tolerated change (ReviewRecord's)
    bool operator==(const TemplateMetrics &) const = default;
};

// What names a template: its id (the file name), name and description.
struct TemplateInfo
{
    QString id, name, description;
    bool operator==(const TemplateInfo &) const = default;
};

// The template being edited, as a chapter tree (number and title, key, required). It holds
// the Template value; the apply…() functions change it and announce exactly what changed.
// They are the undo commands' (TemplateCommands.h): edits from a person go through
// TemplateEdits, which pushes those commands, so each one can be undone.
class TemplateModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, CodeColumn, KeyColumn, RequiredColumn, ColumnCount };
    enum Role { ChapterIdRole = Qt::UserRole + 1 };

    explicit TemplateModel(QObject *parent = nullptr);

    const Template &value() const { return m_template; }
    void reset(const Template &t); // a new template: no undo across it

    QModelIndex indexOf(const QString &chapterId) const;
    QString chapterId(const QModelIndex &index) const;
    const Chapter *chapter(const QString &id) const;
    QString parentOf(const QString &id) const; // "" for a top-level chapter
    int rowOf(const QString &id) const;        // among its siblings; -1 when unknown
    int siblingCount(const QString &parentId) const;
    int depthOf(const QString &id) const;
    QString numberOf(const QString &id) const; // "一、", "I-1 " or ""
    QString newChapterId() const;
    QString newBlockId() const;

    // The commands' primitives.
    void applyInsert(const QString &parentId, int row, const Chapter &chapter);
    Chapter applyRemove(const QString &id);
    void applyMove(const QString &id, int toRow);
    // Everything of the chapter but its sub-chapters.
    void applyFields(const QString &id, const Chapter &fields);
    void applyInfo(const TemplateInfo &info);
    void applyNumbering(const QList<NumberingStyle> &numbering);
    void applyMetrics(const TemplateMetrics &metrics);

    TemplateInfo info() const { return {m_template.id, m_template.name, m_template.description}; }
    TemplateMetrics metrics() const;

    void retranslate(); // the headers and the "required" column

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void chapterChanged(const QString &id); // its fields
    void infoChanged();
    void numberingChanged();
    void metricsChanged();
    void changed(); // after any of them, and after structural changes

private:
    struct Place
    {
        QString parentId;
        int row = 0;
        int depth = 0;
        QString number;
    };
    QList<Chapter> &childrenOf(const QString &parentId);
    const QList<Chapter> &childrenOf(const QString &parentId) const;
    quintptr handle(const QString &id) const;
    void reindex();
    void announceNumbers(const QString &parentId);

    Template m_template;
    QHash<QString, Place> m_places;
    // A chapter's index carries a handle that stays its own while rows move around it, so
    // persistent indexes (the view's selection) follow the chapter.
    mutable QHash<QString, quintptr> m_handles;
    mutable QHash<quintptr, QString> m_idOfHandle;
};

} // namespace csr::ui
