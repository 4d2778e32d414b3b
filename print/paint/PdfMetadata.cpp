#include "PdfMetadata.h"

#include <QCoreApplication>

namespace csr::print {

namespace {

QString xmlEscaped(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

PdfDocumentInfo PdfDocumentInfo::forReport(const Document &doc, Edition edition,
                                           const ReportWording &wording)
{
    const ReportMetadata &m = doc.metadata;
    PdfDocumentInfo info;
    info.title = QStringList{m.unitName, m.reportTitle}.join(QLatin1Char(' ')).trimmed();
    info.author = m.unitName;
    const QString editionName =
        wording.text(edition == Edition::Internal ? QStringLiteral("edition.internal")
                                                  : QStringLiteral("edition.public"));
    info.subject = wording.format(QStringLiteral("pdf.subject"),
                                  {m.unitName, QString::number(m.year), editionName});
    QStringList keywords = wording.text(QStringLiteral("pdf.keywords")).split(QLatin1Char(','));
    const qsizetype fixed = keywords.size();
    keywords << m.unitName << QString::number(m.year) << editionName;
    if (!m.category.isEmpty())
        keywords.insert(fixed, m.category);
    keywords.removeAll(QString());
    info.keywords = keywords.join(QStringLiteral("; "));
    info.creator = QStringLiteral("CSR Report Studio %1")
                       .arg(QCoreApplication::applicationVersion())
                       .trimmed();
    info.producer = QStringLiteral("Qt %1 / PoDoFo").arg(QString::fromLatin1(qVersion()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    info.created = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    return info;
}

QByteArray pdfDate(const QDateTime &utc)
{
    return "D:" + utc.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z";
}

QByteArray xmpMetadata(const PdfDocumentInfo &info, bool pdfa)
{
    const QString date = info.created.toUTC().toString(Qt::ISODate); // 2024-01-15T09:30:00Z
    QString x;
    // The packet header carries U+FEFF, UTF-8 encoded with the rest.
    x += QStringLiteral("<?xpacket begin=\"") + QChar(0xFEFF) +
         QStringLiteral("\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
    x += QStringLiteral("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
    x += QStringLiteral(
             "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
             "<dc:format>application/pdf</dc:format>\n"
             "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
             "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
             "<dc:description><rdf:Alt><rdf:li "
             "xml:lang=\"x-default\">%3</rdf:li></rdf:Alt></dc:description>\n"
             "</rdf:Description>\n")
             .arg(xmlEscaped(info.title), xmlEscaped(info.author), xmlEscaped(info.subject));
    x += QStringLiteral(
             "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
             "<pdf:Keywords>%1</pdf:Keywords>\n<pdf:Producer>%2</pdf:Producer>\n"
             "</rdf:Description>\n")
             .arg(xmlEscaped(info.keywords), xmlEscaped(info.producer));
    x += QStringLiteral(
             "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
             "<xmp:CreatorTool>%1</xmp:CreatorTool>\n<xmp:CreateDate>%2</xmp:CreateDate>\n"
             "<xmp:ModifyDate>%2</xmp:ModifyDate>\n<xmp:MetadataDate>%2</xmp:MetadataDate>\n"
             "</rdf:Description>\n")
             .arg(xmlEscaped(info.creator), date);
    if (pdfa)
        x += QStringLiteral(
            "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
            "<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n"
            "</rdf:Description>\n");
    x += QStringLiteral("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
    return x.toUtf8();
}

} // namespace csr::print
