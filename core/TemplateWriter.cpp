#include "TemplateWriter.h"

#include "DocumentFormat.h"
#include "LocationText.h"
#include "References.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <cmath>

namespace csr {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::TemplateWriter)
};

void strip(QList<Chapter> &chapters, const TemplateOptions &options)
{
    for (Chapter &c : chapters) {
        c.assignee.clear();
        c.status = ChapterStatus::Draft;
        for (Block &b : c.blocks) {
            if (auto *p = std::get_if<Paragraph>(&b.content)) {
                if (!options.keepProse)
                    p->text.clear();
            } else if (auto *t = std::get_if<Timeline>(&b.content)) {
                t->entries.clear();
            } else if (auto *l = std::get_if<ItemList>(&b.content)) {
                l->items.clear();
            } else if (auto *ph = std::get_if<Photo>(&b.content)) {
                *ph = Photo{{}, {}, {}, ph->widthFraction, ph->widthMm}; // a place for a photo
            }
        }
        strip(c.children, options);
    }
}

Finding error(const QString &code, const QString &message, const Location &at)
{
    return Finding{Finding::Severity::Error, code, message, at};
}

void checkChapters(const Document &skeleton, QList<Finding> &out)
{
    QSet<QString> keys, codes, ids;
    forEachChapter(skeleton, [&](const ChapterVisit &v) {
        const Chapter &c = v.chapter;
        const auto at = [&](const QString &field) {
            return Location{c.id, v.path.join(QStringLiteral(" › ")), {}, {}, field};
        };
        if (c.title.trimmed().isEmpty())
            out << error(QStringLiteral("template-chapter-title"),
                         Tr::tr("A chapter has no title."), at(QStringLiteral("title")));
        if (c.id.isEmpty() || ids.contains(c.id))
            out << error(QStringLiteral("template-chapter-id"),
                         Tr::tr("The chapter's id \"%1\" is empty or not unique.").arg(c.id),
                         at(QStringLiteral("id")));
        ids.insert(c.id);
        if (!c.key.isEmpty()) {
            if (keys.contains(c.key))
                out << error(QStringLiteral("template-key-repeated"),
                             Tr::tr("Two chapters have the key \"%1\"; each key names one "
                                    "chapter of the guideline.")
                                 .arg(c.key),
                             at(QStringLiteral("key")));
            keys.insert(c.key);
        }
        const QString code = c.code.trimmed();
        if (!code.isEmpty()) {
            if (codes.contains(code))
                out << error(QStringLiteral("template-code-repeated"),
                             Tr::tr("Two chapters have the indicator code \"%1\".").arg(code),
                             at(QStringLiteral("code")));
            codes.insert(code);
        } else if (c.numbered &&
                   numberingAt(skeleton.metadata.numbering, v.depth) == NumberingStyle::Code) {
            out << Finding{Finding::Severity::Warning, QStringLiteral("template-code-missing"),
                           Tr::tr("The chapter's level is numbered by indicator codes, but it "
                                  "has none: it is printed without a number."),
                           at(QStringLiteral("code"))};
        }
        for (const Block &b : c.blocks)
            if (const auto *t = std::get_if<MetricTable>(&b.content))
                for (const QString &id : t->metricIds)
                    if (!skeleton.metrics.containsId(id))
                        out << error(QStringLiteral("template-metric-unknown"),
                                     Tr::tr("A table lists the figure \"%1\", which the "
                                            "template does not define.")
                                         .arg(id),
                                     Location{c.id, v.path.join(QStringLiteral(" › ")), b.id});
    });
}

void checkMetrics(const Document &skeleton, QList<Finding> &out)
{
    QSet<QString> ids;
    for (const Metric &m : skeleton.metrics) {
        const Location at{.metricId = m.id, .field = QStringLiteral("id")};
        if (!isValidMetricId(m.id))
            out << error(QStringLiteral("template-metric-id"),
                         Tr::tr("The figure id \"%1\" is not usable: letters, digits, \".\", "
                                "\"_\" and \"-\" only.")
                             .arg(m.id),
                         at);
        else if (ids.contains(m.id))
            out << error(QStringLiteral("template-metric-repeated"),
                         Tr::tr("Two figures have the id \"%1\".").arg(m.id), at);
        ids.insert(m.id);
        if (m.label.trimmed().isEmpty())
            out << error(QStringLiteral("template-metric-label"),
                         Tr::tr("The figure \"%1\" has no name.").arg(m.id),
                         {.metricId = m.id, .field = QStringLiteral("label")});
    }
    const auto &tolerances = skeleton.review.metricTolerances;
    for (auto it = tolerances.begin(); it != tolerances.end(); ++it)
        if (!(it.value() >= 0) || !std::isfinite(it.value()))
            out << error(QStringLiteral("template-tolerance"),
                         Tr::tr("The tolerated change of \"%1\" must be 0 or more.").arg(it.key()),
                         {.metricId = it.key(), .field = QStringLiteral("tolerance")});
}
} // namespace

Template templateFromReport(const Document &doc, const QString &id, const QString &name,
                            const QString &description, const TemplateOptions &options)
{
    Template t;
    t.id = id;
    t.name = name;
    t.description = description;
    Document &s = t.skeleton;
    s.chapters = doc.chapters;
    strip(s.chapters, options);
    // Definitions, not figures: a new year's report fills them in.
    for (Metric m : doc.metrics) {
        m.value.reset();
        m.previousValue.reset();
        m.history.clear();
        m.source.clear();
        s.metrics << m;
    }
    const ReportMetadata &m = doc.metadata;
    s.metadata.reportTitle = m.reportTitle;
    if (m.year > 0)
        s.metadata.reportTitle.replace(QString::number(m.year), QStringLiteral("{year}"));
    s.metadata.year = m.year;
    s.metadata.standards = m.standards;
    s.metadata.pageBudget = m.pageBudget;
    s.metadata.category = m.category;
    s.metadata.yearColumns = m.yearColumns;
    s.metadata.tocDepth = m.tocDepth;
    s.metadata.templateId = id;
    s.metadata.numbering = m.numbering;
    // The plausibility rules belong to the definitions; the review itself stays behind.
    s.review.tolerancePercent = doc.review.tolerancePercent;
    s.review.tolerancePoints = doc.review.tolerancePoints;
    s.review.metricTolerances = doc.review.metricTolerances;
    s.review.tableTolerances = doc.review.tableTolerances;
    return t;
}

QList<Finding> validateTemplate(const Template &t)
{
    QList<Finding> out;
    static const QRegularExpression fileName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (!fileName.match(t.id).hasMatch())
        out << Finding{Finding::Severity::Error,
                       QStringLiteral("template-id"),
                       Tr::tr("The template id \"%1\" is not usable: letters, digits, \".\", "
                              "\"_\" and \"-\" only (it names the file).")
                           .arg(t.id),
                       {.field = QStringLiteral("template.id")}};
    if (t.name.trimmed().isEmpty())
        out << Finding{Finding::Severity::Error,
                       QStringLiteral("template-name"),
                       Tr::tr("The template has no name."),
                       {.field = QStringLiteral("template.name")}};
    if (t.skeleton.chapters.isEmpty())
        out << Finding{Finding::Severity::Error,
                       QStringLiteral("template-empty"),
                       Tr::tr("The template has no chapters."),
                       {}};
    checkChapters(t.skeleton, out);
    checkMetrics(t.skeleton, out);
    return out;
}

QByteArray templateToJson(const Template &t)
{
    QJsonObject root = DocumentFormat::toJsonObject(t.skeleton);
    QJsonObject info{{QStringLiteral("id"), t.id}, {QStringLiteral("name"), t.name}};
    if (!t.description.isEmpty())
        info.insert(QStringLiteral("description"), t.description);
    if (!t.descriptions.isEmpty()) {
        QJsonObject descriptions;
        for (auto it = t.descriptions.begin(); it != t.descriptions.end(); ++it)
            descriptions.insert(it.key(), it.value());
        info.insert(QStringLiteral("descriptions"), descriptions);
    }
    root.insert(QStringLiteral("template"), info);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString describeTemplateFinding(const Finding &f, const Template &t)
{
    QString where;
    if (const QString &id = f.location.metricId; !id.isEmpty()) {
        const Metric *m = t.skeleton.findMetric(id);
        const QString &field = f.location.field;
        const QString fieldText = field == QLatin1String("label")       ? Tr::tr("name")
                                  : field == QLatin1String("tolerance") ? Tr::tr("tolerance")
                                                                        : Tr::tr("id");
        where = QStringList{Tr::tr("Figures"), m && !m->label.isEmpty() ? m->label : id, fieldText}
                    .join(QStringLiteral(" › "));
    } else {
        where = describeLocation(f.location, t.skeleton);
    }
    return where.isEmpty() ? f.message : where + QStringLiteral(": ") + f.message;
}

QString saveTemplate(const Template &t, const QString &path)
{
    for (const Finding &f : validateTemplate(t))
        if (f.severity == Finding::Severity::Error)
            return describeTemplateFinding(f, t);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Tr::tr("Cannot write \"%1\": %2").arg(path, file.errorString());
    // flush(), not only commit(): Qt 6.4's commit() renames a file the disk refused to take
    // whole (see DocumentFile::save), and the old template must stay as it was.
    const QByteArray bytes = templateToJson(t);
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Tr::tr("Cannot write \"%1\": %2").arg(path, reason);
    }
    if (!file.commit())
        return Tr::tr("Cannot write \"%1\": %2").arg(path, file.errorString());
    return {};
}

} // namespace csr
