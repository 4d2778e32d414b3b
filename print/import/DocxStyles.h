#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace csr::print {

// What word/styles.xml and word/numbering.xml say about a paragraph: the heading level of its
// style (Heading 1 / 标题 1 or an outline level, inherited through basedOn), and the number a
// list paragraph shows ("一、", "（二）", "3.") as Word would count it.
class DocxStyles
{
public:
    // Both parts may be empty (a document without styles or lists). `error` is set for XML
    // with a DTD or a malformed part.
    DocxStyles(const QByteArray &stylesXml, const QByteArray &numberingXml, QString *error);

    // 0 for Heading 1, … ; -1 for a body style or an unknown id.
    int headingLevel(const QString &styleId) const;
    // The list number of the next paragraph at `level` of list `numId` ("" for bullets).
    QString nextNumber(const QString &numId, int level);

private:
    struct Level
    {
        int start = 1;
        QString format = QStringLiteral("decimal");
        QString text; // "%1、", "（%2）"
    };
    QHash<QString, int> m_ownLevel;       // style id → level from its name or outline
    QHash<QString, QString> m_basedOn;    // style id → parent style id
    QHash<QString, QList<Level>> m_lists; // numId → its levels
    QHash<QString, QList<int>> m_counts;  // numId → the current count per level
};

} // namespace csr::print
