#include "Template.h"

#include "DocumentFile.h"
#include "JsonReader.h"

#include <QDir>
#include <QStandardPaths>

namespace csr {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::Template)
};

std::optional<Template> templateOf(DocumentFormat::ReadResult read, const QString &path,
                                   QString *error)
{
    if (!read.ok()) {
        *error = read.error.message;
        return std::nullopt;
    }
    JsonReader r;
    const QJsonObject info = r.object(read.root, QStringLiteral("template"), true);
    Template t;
    {
        auto s = r.field(QStringLiteral("template"));
        t.id = r.string(info, QStringLiteral("id"), true);
        t.name = r.string(info, QStringLiteral("name"), true);
        t.description = r.string(info, QStringLiteral("description"));
        const QJsonObject descriptions = r.object(info, QStringLiteral("descriptions"));
        for (auto it = descriptions.begin(); it != descriptions.end(); ++it)
            if (it.value().isString())
                t.descriptions.insert(it.key(), it.value().toString());
    }
    if (r.failed()) {
        *error = Tr::tr("\"%1\" is not a template. %2").arg(path, r.error().message);
        return std::nullopt;
    }
    t.path = path;
    t.skeleton = std::move(read.document);
    t.skeleton.metadata.templateId = t.id;
    return t;
}
} // namespace

std::optional<Template> readTemplate(const QString &path, QString *error)
{
    return templateOf(DocumentFile::load(path), path, error);
}

std::optional<Template> templateFromJson(const QByteArray &bytes, const QString &path,
                                         QString *error)
{
    return templateOf(DocumentFormat::fromJson(bytes), path, error);
}

QString TemplateRegistry::userFolder()
{
    const QString user = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return user.isEmpty() ? QString() : user + QStringLiteral("/templates");
}

QStringList TemplateRegistry::searchPaths()
{
    QStringList paths{QStringLiteral(":/templates")};
    if (const QString user = userFolder(); !user.isEmpty())
        paths << user;
    const QString extra = qEnvironmentVariable("CSR_TEMPLATE_PATH");
    for (const QString &p : extra.split(QLatin1Char(':'), Qt::SkipEmptyParts))
        paths << p;
    return paths;
}

TemplateRegistry TemplateRegistry::loadDefault()
{
    TemplateRegistry registry;
    for (const QString &folder : searchPaths())
        registry.loadFolder(folder);
    return registry;
}

void TemplateRegistry::loadFolder(const QString &folder)
{
    const QDir dir(folder);
    const auto files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QString error;
        auto t = readTemplate(dir.filePath(name), &error);
        if (!t) {
            m_problems << error;
            continue;
        }
        auto same = std::find_if(m_templates.begin(), m_templates.end(),
                                 [&](const Template &x) { return x.id == t->id; });
        if (same != m_templates.end())
            *same = std::move(*t);
        else
            m_templates.append(std::move(*t));
    }
}

const Template *TemplateRegistry::find(const QString &id) const
{
    for (const Template &t : m_templates)
        if (t.id == id)
            return &t;
    return nullptr;
}

Document newDocument(const Template &tmpl, const QString &unitName, int year)
{
    Document doc = tmpl.skeleton;
    ReportMetadata &m = doc.metadata;
    m.unitName = unitName;
    m.year = year;
    m.periodStart = QDate(year, 1, 1);
    m.periodEnd = QDate(year, 12, 31);
    if (m.reportTitle.isEmpty() || m.reportTitle.contains(QStringLiteral("{year}")))
        m.reportTitle =
            (m.reportTitle.isEmpty() ? QStringLiteral("{year} 年度社会责任报告") : m.reportTitle)
                .replace(QStringLiteral("{year}"), QString::number(year));
    m.templateId = tmpl.id;
    return doc;
}

} // namespace csr
