#include "SafeSvg.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace csr::print {

namespace {

bool allowedReference(QStringView href)
{
    const QStringView trimmed = href.trimmed();
    return trimmed.startsWith(QLatin1Char('#')) ||
           trimmed.startsWith(QLatin1String("data:image/png"), Qt::CaseInsensitive) ||
           trimmed.startsWith(QLatin1String("data:image/jpeg"), Qt::CaseInsensitive);
}

// The first reference of the element that is not allowed, or a null string.
QString externalReference(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &a : attributes)
        if (a.name() == QLatin1String("href") && !allowedReference(a.value()))
            return a.value().toString();
    return {};
}

} // namespace

SafeSvg withoutExternalReferences(const QByteArray &svg)
{
    SafeSvg out;
    QXmlStreamReader reader(svg);
    QByteArray written;
    QXmlStreamWriter writer(&written);
    // Names are written as they were (prefix included) and namespace declarations as the
    // attributes they are: the writer's own namespace handling would invent prefixes.
    writer.writeStartDocument();
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            const QString href = externalReference(reader.attributes());
            if (!href.isNull()) {
                // Long data: URIs of other kinds would flood the message.
                out.removed << (href.size() > 80 ? href.left(77) + QStringLiteral("...") : href);
                reader.skipCurrentElement();
                continue;
            }
            writer.writeStartElement(reader.qualifiedName().toString());
            for (const QXmlStreamNamespaceDeclaration &ns : reader.namespaceDeclarations())
                writer.writeAttribute(ns.prefix().isEmpty()
                                          ? QStringLiteral("xmlns")
                                          : QStringLiteral("xmlns:") + ns.prefix().toString(),
                                      ns.namespaceUri().toString());
            for (const QXmlStreamAttribute &a : reader.attributes())
                writer.writeAttribute(a.qualifiedName().toString(), a.value().toString());
            break;
        }
        case QXmlStreamReader::EndElement:
            writer.writeEndElement();
            break;
        case QXmlStreamReader::Characters:
            if (reader.isCDATA())
                writer.writeCDATA(reader.text().toString());
            else
                writer.writeCharacters(reader.text().toString());
            break;
        default: // the declaration (written above), DTD, entities without a value, processing
                 // instructions (xml-stylesheet), comments
            break;
        }
    }
    if (reader.hasError()) {
        out.error = reader.errorString();
        out.removed.clear();
        return out;
    }
    writer.writeEndDocument();
    out.svg = written;
    return out;
}

} // namespace csr::print
