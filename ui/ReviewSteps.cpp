#include "ReviewSteps.h"

#include "CommentAnchoring.h"
#include "ReportSession.h"
#include "ReviewCommands.h"
#include "ReviewWorkflow.h"

#include <QFile>
#include <QFileInfo>
#include <QUndoStack>
#include <algorithm>

namespace csr::ui {

ReviewSteps::ReviewSteps(ReportSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
}

std::optional<QString> ReviewSteps::ask(const QString &title, const QString &label,
                                        const QString &initial)
{
    return m_prompt ? m_prompt(title, label, initial) : std::nullopt;
}

bool ReviewSteps::explain(const QString &id)
{
    Document doc = m_session->document();
    const Metric *m = doc.findMetric(id);
    if (!m)
        return false;
    const QString who = m_session->reviewAuthor();
    const auto text = ask(tr("Explain a Figure"),
                          tr("Why did \"%1\" change this much from last year?").arg(m->label),
                          doc.review.explanations.value(id).text);
    if (!text)
        return false;
    if (text->trimmed().isEmpty())
        doc.review.explanations.remove(id);
    else
        doc.review.explanations.insert(id, {text->trimmed(), who, QDateTime::currentDateTimeUtc()});
    return take(doc, {}, tr("Explain \"%1\"").arg(m->label));
}

bool ReviewSteps::attachEvidence(const QString &id)
{
    Document doc = m_session->document();
    const Metric *m = doc.findMetric(id);
    if (!m)
        return false;
    const QString path = m_filePrompt ? m_filePrompt(m->label) : QString();
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (QFileInfo(path).size() > EvidenceLimits::MaxFileBytes) {
        // Said before reading: a huge file is refused without loading it.
        emit said(tr("\"%1\" is %2; an evidence file may be at most %3.")
                      .arg(QFileInfo(path).fileName(), formatByteSize(QFileInfo(path).size()),
                           formatByteSize(EvidenceLimits::MaxFileBytes)),
                  true);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        emit said(tr("Cannot read \"%1\": %2").arg(path, file.errorString()), true);
        return false;
    }
    qint64 attached = 0;
    for (const Evidence &e : doc.evidence)
        attached += e.data.size();
    auto made =
        EvidenceFactory::make(id, path, file.read(EvidenceLimits::MaxFileBytes + 1),
                              m_session->reviewAuthor(), QDateTime::currentDateTimeUtc(), attached);
    if (!made.ok()) {
        emit said(made.error, true);
        return false;
    }
    made.evidence.id = makeUniqueId(doc, QStringLiteral("e"));
    const QString label = m->label;
    doc.evidence.append(made.evidence);
    return take(doc, {}, tr("Attach \"%1\" to \"%2\"").arg(made.evidence.fileName, label));
}

bool ReviewSteps::take(const Document &after, const QString &error, const QString &undoText)
{
    if (!error.isEmpty()) {
        emit said(error, true);
        return false;
    }
    m_session->undoStack()->push(new ReviewCommand(m_session, after, undoText));
    emit said(undoText, false);
    return true;
}

bool ReviewSteps::submit(const QString &chapterId)
{
    Document doc = m_session->document();
    const auto r = ReviewWorkflow::submit(doc, chapterId, m_session->reviewAuthor(),
                                          QDateTime::currentDateTimeUtc());
    const Chapter *c = doc.findChapter(chapterId);
    return take(doc, r.error, c ? tr("Submitted \"%1\"").arg(c->title) : QString());
}

bool ReviewSteps::approve(const QString &chapterId)
{
    Document doc = m_session->document();
    const auto r =
        ReviewWorkflow::approve(doc, chapterId, *m_session->reviewPolicy(),
                                m_session->reviewAuthor(), QDateTime::currentDateTimeUtc());
    const Chapter *c = doc.findChapter(chapterId);
    return take(doc, r.error, c ? tr("Approved \"%1\"").arg(c->title) : QString());
}

bool ReviewSteps::returnForChanges(const QString &chapterId)
{
    Document doc = m_session->document();
    const Chapter *c = doc.findChapter(chapterId);
    if (!c)
        return false;
    const auto reason = ask(tr("Return for Changes"),
                            tr("What needs to change in \"%1\"? (optional)").arg(c->title));
    if (!reason)
        return false;
    const QString title = c->title;
    const auto r = ReviewWorkflow::returnForChanges(doc, chapterId, *m_session->reviewPolicy(),
                                                    m_session->reviewAuthor(),
                                                    QDateTime::currentDateTimeUtc(), *reason);
    return take(doc, r.error, tr("Returned \"%1\" for changes").arg(title));
}

bool ReviewSteps::comment(const QString &chapterId, const std::optional<Selection> &selected)
{
    Document doc = m_session->document();
    const Chapter *c = doc.findChapter(chapterId);
    if (!c)
        return false;
    const QString who = m_session->reviewAuthor();
    if (who.isEmpty()) {
        emit said(tr("Enter your name in Preferences first: every comment says who wrote it."),
                  true);
        return false;
    }
    CommentThread t;
    t.id = makeUniqueId(doc, QStringLiteral("t"));
    t.anchor = {AnchorKind::Chapter, c->id, {}, {}, 0, {}};
    if (selected) {
        const bool inChapter = std::any_of(c->blocks.begin(), c->blocks.end(), [&](const Block &b) {
            return b.id == selected->blockId;
        });
        if (inChapter)
            t.anchor = {AnchorKind::TextRange, c->id,          selected->blockId, {},
                        selected->start,       selected->quote};
    }
    const auto text =
        ask(tr("Comment"),
            tr("Your comment on \"%1\":").arg(CommentAnchoring::describe(doc, t.anchor)));
    if (!text || text->trimmed().isEmpty())
        return false;
    t.comments = {{who, QDateTime::currentDateTimeUtc(), text->trimmed()}};
    const QString title = c->title;
    doc.review.threads.append(t);
    return take(doc, {}, tr("Comment on \"%1\"").arg(title));
}

bool ReviewSteps::reply(const QString &threadId)
{
    Document doc = m_session->document();
    CommentThread *t = doc.review.findThread(threadId);
    if (!t)
        return false;
    const QString who = m_session->reviewAuthor();
    if (who.isEmpty()) {
        emit said(tr("Enter your name in Preferences first: every comment says who wrote it."),
                  true);
        return false;
    }
    const auto text = ask(tr("Reply"), tr("Your reply:"));
    if (!text || text->trimmed().isEmpty())
        return false;
    t->comments.append({who, QDateTime::currentDateTimeUtc(), text->trimmed()});
    return take(doc, {}, tr("Reply to a comment"));
}

bool ReviewSteps::resolve(const QString &threadId)
{
    Document doc = m_session->document();
    CommentThread *t = doc.review.findThread(threadId);
    if (!t || t->resolved)
        return false;
    t->resolved = true;
    t->resolvedBy = m_session->reviewAuthor();
    t->resolvedAt = QDateTime::currentDateTimeUtc();
    return take(doc, {}, tr("Resolve a comment"));
}

bool ReviewSteps::editReviewers()
{
    Document doc = m_session->document();
    const auto reviewers =
        ask(tr("Reviewers"), tr("Who may approve or return chapters (one name per line):"),
            doc.review.reviewers.join(QLatin1Char('\n')));
    if (!reviewers)
        return false;
    const auto owner =
        ask(tr("Owner"), tr("Who owns the sign-off and may sign despite open review points:"),
            doc.review.owner);
    if (!owner)
        return false;
    QStringList names;
    for (const QString &n : reviewers->split(QLatin1Char('\n')))
        if (!n.trimmed().isEmpty())
            names << n.trimmed();
    doc.review.reviewers = names;
    doc.review.owner = owner->trimmed();
    return take(doc, {}, tr("Set the reviewers"));
}

} // namespace csr::ui
