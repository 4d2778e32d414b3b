#pragma once

#include "Validator.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace csr {

// The validator's findings kept per scope, so an edit revalidates only what it can affect:
// - a block edit: its chapter and the chapter's ancestors (whose "required chapter is empty"
//   depends on the subtree), the closing checks when the signature block came or went, and,
//   when tables have tolerances of their own, the plausibility of the figures its tables list;
// - a figure edit: that metric and its plausibility; figures added or removed: those and the
//   chapters quoting them;
// - the signatory: the report-level checks; the review record (tolerances, explanations): the
//   plausibility of every figure.
// Anything else (the period, which dates every event; the chapter structure; the language of
// the messages) needs reset(), which the editor runs off the GUI thread on a copy.
//
// findings() is always exactly what validate() returns for the document last given (tested).
class IncrementalValidator
{
public:
    // Where findings come from: "report", "metric:<id>", "chapter:<id>", "closing",
    // "plausibility:<id>" (validate()'s order).
    struct ScopeUpdate
    {
        QString scope;
        // Where the scope's findings stand in validate()'s order: the kind of scope in the high
        // bits, the metric's or chapter's position in the low ones, so adding a figure at the
        // end moves no chapter's order.
        qint64 order = 0;
        QList<Finding> before;
        QList<Finding> after;
    };

    IncrementalValidator() = default;
    // Keeps a copy of the template (a value, cheap to copy): a validator made on a worker may
    // outlive the registry the template came from.
    IncrementalValidator(const Template *tmpl, const ValidationOptions &options)
        : m_template(tmpl ? std::optional<Template>(*tmpl) : std::nullopt), m_options(options)
    {
    }

    // Validates the whole document.
    void reset(const Document &doc);

    // Each returns the scopes whose findings changed.
    QList<ScopeUpdate> blockChanged(const Document &doc, const QString &chapterId);
    QList<ScopeUpdate> metricChanged(const Document &doc, const QString &metricId);
    QList<ScopeUpdate> metricsReplaced(const Document &doc); // added, removed or reordered
    QList<ScopeUpdate> signatoryChanged(const Document &doc);
    QList<ScopeUpdate> reviewChanged(const Document &doc); // tolerances or explanations

    // Whether the last metricsReplaced() moved figures that were there before (one removed
    // before them, or reordered): then the order of every later figure's scopes changed too.
    bool metricsMoved() const { return m_metricsMoved; }

    // The document is the one last given (the validator keeps none: a copy held here would make
    // the editor's next change copy the whole list it edits).
    QList<Finding> findings(const Document &doc) const;
    // The same findings by scope, in validate()'s order (each as an update from nothing).
    QList<ScopeUpdate> scopes(const Document &doc) const;

private:
    struct Place
    {
        QList<int> positions; // row at each depth, from the top
        int depth = 0;
        QString number;
        QStringList path;
        QString parentId;
        int order = 0; // depth-first index
    };
    const Chapter *chapterAt(const Place &place) const;
    qint64 scopeOrder(const Document &doc, const QString &scope) const;
    void validateChapter(const QString &chapterId, QList<ScopeUpdate> &updates);
    void validateMetric(const QString &metricId, QList<ScopeUpdate> &updates);
    void validatePlausibility(const QString &metricId, QList<ScopeUpdate> &updates);
    void validateClosing(QList<ScopeUpdate> &updates);
    void setScope(const QString &scope, QList<Finding> findings, QList<ScopeUpdate> &updates);
    void indexQuotes(const QString &chapterId, const Chapter &chapter);

    std::optional<Template> m_template;
    ValidationOptions m_options;
    const Document *m_doc = nullptr; // the document of the call in progress
    struct Known
    {
        Metric metric;
        qsizetype position = 0;
    };
    QHash<QString, Known> m_metrics; // as last validated, to tell what metricsReplaced changed
    QHash<QString, QList<Finding>> m_scopes;  // only scopes with findings
    QHash<QString, Place> m_places;           // chapter id → where it stands
    QStringList m_chapterOrder;               // chapter ids depth first
    QHash<QString, QSet<QString>> m_quotedBy; // metric id → chapters whose prose quotes it
    QHash<QString, QSet<QString>> m_quotes;   // chapter id → metric ids its prose quotes
    QSet<QString> m_signatureChapters;        // chapters holding the signature block
    QHash<QString, QSet<QString>> m_tabled;   // chapter id → metric ids its tables list
    bool m_metricsMoved = false;
};

} // namespace csr
