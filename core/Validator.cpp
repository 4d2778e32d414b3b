#include "Validator.h"

#include "PhotoImage.h"
#include "ReportPeriod.h"

#include "Plausibility.h"
#include "References.h"

#include <QCoreApplication>
#include <QSet>
#include <cmath>

namespace csr {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::Validator)
};

using Severity = Finding::Severity;

struct Checker
{
    const Document &doc;
    const ValidationOptions &options;
    QList<Finding> findings;

    void add(Severity s, const QString &code, const QString &message, Location where = {})
    {
        findings.append(Finding{s, code, message, std::move(where)});
    }

    void metadata()
    {
        const ReportMetadata &m = doc.metadata;
        if (m.unitName.trimmed().isEmpty())
            add(Severity::Error, QStringLiteral("unit-missing"),
                Tr::tr("The unit's name is empty."),
                {.field = QStringLiteral("metadata.unitName")});
        if (m.year < 1990 || m.year > 2200)
            add(Severity::Error, QStringLiteral("year-invalid"),
                Tr::tr("The report year %1 is not a plausible year.").arg(m.year),
                {.field = QStringLiteral("metadata.year")});
        if (!m.periodStart.isValid() || !m.periodEnd.isValid())
            add(Severity::Error, QStringLiteral("period-missing"),
                Tr::tr("The reporting period needs a start and an end date."),
                {.field = QStringLiteral("metadata.period")});
        else if (m.periodStart > m.periodEnd)
            add(Severity::Error, QStringLiteral("period-reversed"),
                Tr::tr("The reporting period starts (%1) after it ends (%2).")
                    .arg(m.periodStart.toString(Qt::ISODate), m.periodEnd.toString(Qt::ISODate)),
                {.field = QStringLiteral("metadata.period")});
        if (m.scope.trimmed().isEmpty())
            add(Severity::Warning, QStringLiteral("scope-missing"),
                Tr::tr("The report scope is not described."),
                {.field = QStringLiteral("metadata.scope")});
    }

    void signatory()
    {
        const Signatory &s = doc.signatory;
        if (s.name.trimmed().isEmpty())
            add(Severity::Error, QStringLiteral("signatory-missing"),
                Tr::tr("The public statement has no signatory: enter the name of the unit's head."),
                {.field = QStringLiteral("signatory.name")});
        if (s.title.trimmed().isEmpty())
            add(Severity::Warning, QStringLiteral("signatory-title-missing"),
                Tr::tr("The signatory's title is empty."),
                {.field = QStringLiteral("signatory.title")});
        // A warning, not an error: published reports (the 2023 sample among them) often leave
        // the statement undated, but a dated one says when the head answered for it.
        if (!s.date.isValid())
            add(Severity::Warning, QStringLiteral("signatory-date-missing"),
                Tr::tr("The public statement has no date: enter the day the signatory signs it."),
                {.field = QStringLiteral("signatory.date")});
    }

    void metric(const Metric &m)
    {
        const Location at{.metricId = m.id, .field = QStringLiteral("metrics.") + m.id};
        if (m.unit.trimmed().isEmpty())
            add(Severity::Warning, QStringLiteral("metric-unit-missing"),
                Tr::tr("The metric \"%1\" (%2) has no unit.").arg(m.label, m.id), at);
        if (!m.value && m.confidential)
            add(Severity::Warning, QStringLiteral("confidential-value-empty"),
                Tr::tr("The confidential metric \"%1\" (%2) has no value: the internal edition "
                       "will show it empty.")
                    .arg(m.label, m.id),
                at);
        else if (!m.value)
            add(Severity::Warning, QStringLiteral("metric-value-empty"),
                Tr::tr("The metric \"%1\" (%2) has no value.").arg(m.label, m.id), at);
        // In the metric's own measure: a rate's points, else per cent.
        const auto yoy = yearOverYear(m);
        if (yoy && std::fabs(*yoy) > options.yearOverYearWarningPercent)
            add(Severity::Warning, QStringLiteral("metric-large-change"),
                Tr::tr("The metric \"%1\" (%2) changed by %3 from last year: please check it.")
                    .arg(m.label, m.id, formatYearOverYear(m, Edition::Internal)),
                at);
    }

    void block(const ChapterVisit &v, const Block &b, bool &hasSignature)
    {
        const Location at{v.chapter.id, v.path.join(QStringLiteral(" › ")), b.id};
        if (const auto *p = std::get_if<Paragraph>(&b.content)) {
            for (const MetricReference &ref : findReferences(p->text))
                if (!doc.findMetric(ref.metricId))
                    add(Severity::Error, QStringLiteral("reference-unknown"),
                        Tr::tr("The text refers to the metric \"%1\", which is not defined.")
                            .arg(ref.metricId),
                        at);
        } else if (const auto *t = std::get_if<Timeline>(&b.content)) {
            const ReportPeriod period = reportPeriod(doc.metadata);
            for (qsizetype i = 0; i < t->entries.size(); ++i) {
                const TimelineEntry &e = t->entries[i];
                Location entryAt = at;
                entryAt.field = QStringLiteral("entries[%1].date").arg(i);
                if (!e.date.isValid())
                    add(Severity::Error, QStringLiteral("event-date-missing"),
                        Tr::tr("The event \"%1\" has no date.").arg(e.title), entryAt);
                else if (!period.contains(e.date))
                    add(Severity::Warning, QStringLiteral("event-outside-period"),
                        Tr::tr("The event \"%1\" on %2 lies outside the reporting period %3 – "
                               "%4: the printed report leaves it out of the events table and "
                               "of its monthly chart.")
                            .arg(e.title, e.date.toString(Qt::ISODate),
                                 period.start.toString(Qt::ISODate),
                                 period.end.toString(Qt::ISODate)),
                        entryAt);
                if (e.title.trimmed().isEmpty())
                    add(Severity::Error, QStringLiteral("event-title-missing"),
                        Tr::tr("The event on %1 has no description.")
                            .arg(e.date.toString(Qt::ISODate)),
                        entryAt);
            }
        } else if (std::holds_alternative<SignatureBlock>(b.content)) {
            hasSignature = true;
        } else if (const auto *ph = std::get_if<Photo>(&b.content)) {
            photo(*ph, at);
        }
    }

    // Readers who cannot see a photo (screen readers, the open data) get its alternative text.
    void photo(const Photo &p, Location at)
    {
        if (p.image.isEmpty())
            return;
        const QString name = p.caption.trimmed().isEmpty()
                                 ? Tr::tr("A photo")
                                 : Tr::tr("The photo \"%1\"").arg(p.caption.trimmed());
        if (const PhotoImage::Check check = PhotoImage::check(p.image); !check.ok()) {
            at.field = QStringLiteral("image");
            add(Severity::Error, QStringLiteral("photo-unusable"),
                Tr::tr("%1 cannot be printed: %2").arg(name, check.error), at);
            return;
        }
        if (p.altText.trimmed().isEmpty()) {
            at.field = QStringLiteral("altText");
            add(Severity::Warning, QStringLiteral("photo-alt-missing"),
                Tr::tr("%1 has no alternative text: readers who cannot see it (screen readers, "
                       "the open data) learn nothing of it. Describe what it shows.")
                    .arg(name),
                at);
        }
    }

    void chapter(const ChapterVisit &v, bool &hasSignature)
    {
        const Location at{v.chapter.id, v.path.join(QStringLiteral(" › "))};
        if (v.chapter.title.trimmed().isEmpty())
            add(Severity::Error, QStringLiteral("chapter-title-missing"),
                Tr::tr("A chapter has no title."), at);
        if (v.chapter.required && !v.chapter.hasContent())
            add(Severity::Error, QStringLiteral("required-chapter-empty"),
                Tr::tr("The guideline requires content in \"%1\", but it is empty.")
                    .arg(v.number + v.chapter.title),
                at);
        for (const Block &b : v.chapter.blocks)
            block(v, b, hasSignature);
    }

    void signatureBlock(bool hasSignature)
    {
        if (!hasSignature)
            add(Severity::Warning, QStringLiteral("signature-block-missing"),
                Tr::tr(
                    "No chapter holds the signature block, so the signatory will not be printed."));
    }

    // Figures beyond their tolerated change need a reason before their chapter is approved.
    void plausibility(const Metric &m)
    {
        const auto f = checkPlausibility(doc, m);
        if (!f || f->explained)
            return;
        add(Severity::Warning, QStringLiteral("figure-unexplained"),
            Tr::tr("The metric \"%1\" (%2) changed by %3 from last year, more than the "
                   "tolerated %4: add an explanation note before its chapter is approved.")
                .arg(m.label, m.id, formatChange(*f),
                     f->points ? Tr::tr("%1 percentage points").arg(f->tolerance)
                               : QStringLiteral("%1%").arg(f->tolerance)),
            {.metricId = m.id, .field = QStringLiteral("metrics.") + m.id});
    }

    void requiredFrom(const Template &tmpl)
    {
        QSet<QString> present;
        forEachChapter(doc.chapters, [&](const ChapterVisit &v) {
            if (!v.chapter.key.isEmpty())
                present.insert(v.chapter.key);
        });
        forEachChapter(tmpl.skeleton, [&](const ChapterVisit &v) {
            if (v.chapter.required && !v.chapter.key.isEmpty() && !present.contains(v.chapter.key))
                add(Severity::Error, QStringLiteral("required-chapter-missing"),
                    Tr::tr("The guideline chapter \"%1\" is missing.")
                        .arg(v.number + v.chapter.title),
                    {.chapterPath = v.path.join(QStringLiteral(" › "))});
        });
    }
};

} // namespace

QList<Finding> validate(const Document &doc, const Template *tmpl, const ValidationOptions &options)
{
    Checker c{doc, options, {}};
    c.metadata();
    c.signatory();
    for (const Metric &m : doc.metrics)
        c.metric(m);
    bool hasSignature = false;
    forEachChapter(doc, [&](const ChapterVisit &v) { c.chapter(v, hasSignature); });
    c.signatureBlock(hasSignature);
    if (tmpl)
        c.requiredFrom(*tmpl);
    for (const Metric &m : doc.metrics)
        c.plausibility(m);
    return c.findings;
}

QList<Finding> reportFindings(const Document &doc)
{
    const ValidationOptions options;
    Checker c{doc, options, {}};
    c.metadata();
    c.signatory();
    return c.findings;
}

QList<Finding> metricFindings(const Metric &metric, const ValidationOptions &options)
{
    static const Document none;
    Checker c{none, options, {}};
    c.metric(metric);
    return c.findings;
}

QList<Finding> chapterFindings(const Document &doc, const ChapterVisit &visit, bool &hasSignature)
{
    const ValidationOptions options;
    Checker c{doc, options, {}};
    c.chapter(visit, hasSignature);
    return c.findings;
}

QList<Finding> closingFindings(const Document &doc, const Template *tmpl, bool hasSignature)
{
    const ValidationOptions options;
    Checker c{doc, options, {}};
    c.signatureBlock(hasSignature);
    if (tmpl)
        c.requiredFrom(*tmpl);
    return c.findings;
}

QList<Finding> plausibilityFindings(const Document &doc, const Metric &metric)
{
    const ValidationOptions options;
    Checker c{doc, options, {}};
    c.plausibility(metric);
    return c.findings;
}

bool hasErrors(const QList<Finding> &findings)
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding &f) { return f.severity == Finding::Severity::Error; });
}

} // namespace csr
