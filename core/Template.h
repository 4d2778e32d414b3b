#pragma once

#include "Document.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace csr {

// A chapter frame a new report starts from: a .csreport-shaped JSON file with an extra
// "template" object (id, name, description). Templates are data so a unit can add its own
// sector's frame without rebuilding: see docs/templates.md.
struct Template
{
    QString id;
    QString name;
    QString description;
    // The description in other languages ("zh_CN", "en"), from the optional "descriptions"
    // object: a template is data, so its words are translated in the file, not in the program.
    QHash<QString, QString> descriptions;
    QString path; // where it was read from
    Document skeleton;

    // The description in that language, else the default one.
    QString descriptionIn(const QString &language) const
    {
        return descriptions.value(language, description);
    }
};

class TemplateRegistry
{
public:
    static inline const QString DefaultId = QStringLiteral("shanghai-civilized-unit-2022-2023");

    // Reads the built-in templates (:/templates), then the user's template folder, then each
    // folder in $CSR_TEMPLATE_PATH (':'-separated). A later template with the same id wins.
    static TemplateRegistry loadDefault();
    static QStringList searchPaths();
    // Where the user's own templates go (File › Save as Template…); "" when there is none.
    static QString userFolder();

    void loadFolder(const QString &folder);
    const QList<Template> &templates() const { return m_templates; }
    const Template *find(const QString &id) const;
    // Template files that could not be read, each with its message.
    const QStringList &problems() const { return m_problems; }

private:
    QList<Template> m_templates;
    QStringList m_problems;
};

// Reads one template file; on failure returns the message in `error`.
std::optional<Template> readTemplate(const QString &path, QString *error);
// The same from bytes already read; `path` is only named in messages and kept in the result.
std::optional<Template> templateFromJson(const QByteArray &bytes, const QString &path,
                                         QString *error);

// A new report from a template: unit, year and a January–December period filled in.
Document newDocument(const Template &tmpl, const QString &unitName, int year);

} // namespace csr
