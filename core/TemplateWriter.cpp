#include "TemplateWriter.h"

#include "DocumentFormat.h"
#include "LocationText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

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
            }
        }
        strip(c.children, options);
    }
}

void checkChapters(const QList<Chapter> &chapters, QList<Finding> &out)
{
    QSet<QString> keys;
    forEachChapter(chapters, [&](const ChapterVisit &v) {
        const Location at{
            v.chapter.id, v.path.join(QStringLiteral(" › ")), {}, {}, QStringLiteral("title")};
        if (v.chapter.title.trimmed().isEmpty())
            out << Finding{Finding::Severity::Error, QStringLiteral("template-chapter-title"),
                           Tr::tr("A chapter has no title."), at};
        if (!v.chapter.key.isEmpty()) {
            if (keys.contains(v.chapter.key))
                out << Finding{Finding::Severity::Error, QStringLiteral("template-key-repeated"),
                               Tr::tr("Two chapters have the key \"%1\"; each key names one "
                                      "chapter of the guideline.")
                                   .arg(v.chapter.key),
                               at};
            keys.insert(v.chapter.key);
        }
    });
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
    s.metadata.templateId = id;
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
    checkChapters(t.skeleton.chapters, out);
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

QString saveTemplate(const Template &t, const QString &path)
{
    for (const Finding &f : validateTemplate(t))
        if (f.severity == Finding::Severity::Error) {
            const QString where = describeLocation(f.location, t.skeleton);
            return where.isEmpty() ? f.message : where + QStringLiteral(": ") + f.message;
        }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Tr::tr("Cannot write \"%1\": %2").arg(path, file.errorString());
    file.write(templateToJson(t));
    if (!file.commit())
        return Tr::tr("Cannot write \"%1\": %2").arg(path, file.errorString());
    return {};
}

} // namespace csr
