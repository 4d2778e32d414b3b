#pragma once

#include "Document.h"

#include <QObject>
#include <functional>
#include <optional>

namespace csr::ui {

class ReportSession;

// The review steps a person takes on the open report — submit, approve, return, comment,
// reply, resolve, explain a figure, attach evidence, name the reviewers — each checked by core
// (ReviewWorkflow, EvidenceFactory) on a copy and, when allowed, pushed as one undo step
// (ReviewCommand) in the name from Preferences. Widget-free: what it must ask goes through the
// prompts, what it has to say through said(); the Review panel supplies dialogs and shows it.
class ReviewSteps : public QObject
{
    Q_OBJECT
public:
    // (title, label, initial) → the text, or empty when cancelled (or no prompt is set).
    using TextPrompt =
        std::function<std::optional<QString>(const QString &, const QString &, const QString &)>;
    // The figure's label → the file to attach, or empty when cancelled.
    using FilePrompt = std::function<QString(const QString &)>;
    // Words selected in a paragraph, for a comment on them.
    struct Selection
    {
        QString blockId;
        int start = 0; // in UTF-16 code units of the paragraph's text
        QString quote;
    };

    explicit ReviewSteps(ReportSession *session, QObject *parent = nullptr);
    void setTextPrompt(TextPrompt prompt) { m_prompt = std::move(prompt); }
    void setFilePrompt(FilePrompt prompt) { m_filePrompt = std::move(prompt); }

    bool submit(const QString &chapterId);
    bool approve(const QString &chapterId);
    bool returnForChanges(const QString &chapterId);
    // On the selected words when they are in the chapter, else on the chapter.
    bool comment(const QString &chapterId, const std::optional<Selection> &selected);
    bool reply(const QString &threadId);
    bool resolve(const QString &threadId);
    bool editReviewers();
    bool explain(const QString &metricId);
    bool attachEvidence(const QString &metricId);

signals:
    void said(const QString &text, bool problem); // what happened, or why not

private:
    bool take(const Document &after, const QString &error, const QString &undoText);
    std::optional<QString> ask(const QString &title, const QString &label,
                               const QString &initial = {});

    ReportSession *m_session;
    TextPrompt m_prompt;
    FilePrompt m_filePrompt;
};

} // namespace csr::ui
