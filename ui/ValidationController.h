#pragma once

#include "IncrementalValidator.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>

namespace csr::ui {

class ReportSession;

// Keeps the open report's findings current without holding up typing: a block or figure edit
// revalidates only what it can affect (IncrementalValidator) and announces the scopes that
// changed; opening a report, a new period or a new language needs a full validation, which runs
// on a worker thread on a copy of the document (a value, so the copy is cheap and safe). Edits
// made meanwhile are replayed on its result; a result overtaken by another full run is dropped.
// Widget-free, so tests and the interaction benchmark drive it directly.
class ValidationController : public QObject
{
    Q_OBJECT
public:
    // The template the report was started from, for its required chapters; may return null.
    using TemplateLookup = std::function<const Template *(const Document &)>;

    explicit ValidationController(ReportSession *session, TemplateLookup lookup = {},
                                  QObject *parent = nullptr);
    ~ValidationController() override;

    QList<Finding> findings() const;
    QList<IncrementalValidator::ScopeUpdate> scopes() const;
    bool isBusy() const { return m_running; }
    bool waitForIdle(); // for tests and batch use: finishes a running full validation now

    // A full validation, e.g. after the language of the messages changed.
    void revalidateAll();

signals:
    // After a full validation, or when figures moved (so every later figure's findings moved
    // too): read scopes().
    void findingsReset();
    // The scopes whose findings changed, each with its findings before and after, so a view
    // updates those rows alone.
    void scopesChanged(const QList<csr::IncrementalValidator::ScopeUpdate> &updates);

private:
    void fullDone();
    bool isBlank() const;
    void onBlockChanged(const QString &blockId);
    void onMetricEdited(const QString &metricId);
    void onMetricListReplaced();
    void onSignatoryChanged();
    void onReviewChanged();
    void publish(const QList<IncrementalValidator::ScopeUpdate> &updates);

    QPointer<ReportSession> m_session;
    TemplateLookup m_lookup;
    IncrementalValidator m_validator;
    QFutureWatcher<IncrementalValidator> m_watcher;
    int m_generation = 0;
    bool m_running = false;
    // What changed while a full validation ran, replayed on its result.
    QSet<QString> m_pendingChapters;
    QSet<QString> m_pendingMetrics;
    bool m_pendingMetricList = false;
    bool m_pendingSignatory = false;
    bool m_pendingReview = false;
};

} // namespace csr::ui
