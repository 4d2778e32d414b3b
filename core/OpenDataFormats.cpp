#include "OpenDataFormats.h"

#include "Metric.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace csr {

namespace {

constexpr int JsonFormatVersion = 1;

QString editionName(Edition edition)
{
    return edition == Edition::Public ? QStringLiteral("public") : QStringLiteral("internal");
}

QString csvText(const QString &text)
{
    static const QString formulaStarts = QStringLiteral("=+-@");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        return QLatin1Char('\'') + text;
    return text;
}

QString csvField(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString number(const std::optional<double> &value)
{
    return value ? openDataNumber(*value) : QString();
}

} // namespace

QString openDataNumber(double value)
{
    return formatNumber(value);
}

QStringList openDataColumns(const OpenDataSet &data)
{
    QStringList columns{
        QStringLiteral("id"),        QStringLiteral("chapter"),     QStringLiteral("label"),
        QStringLiteral("unit"),      QStringLiteral("year"),        QStringLiteral("value"),
        QStringLiteral("last_year"), QStringLiteral("change"),      QStringLiteral("change_unit"),
        QStringLiteral("source"),    QStringLiteral("confidential")};
    for (const int year : data.historyYears)
        columns << QStringLiteral("value_%1").arg(year);
    return columns;
}

QByteArray openDataCsv(const OpenDataSet &data)
{
    QStringList lines;
    QStringList header;
    for (const QString &c : openDataColumns(data))
        header << csvField(c);
    lines << header.join(QLatin1Char(','));
    for (const OpenDataRow &row : data.rows) {
        QStringList fields{csvText(row.id),
                           csvText(row.chapter),
                           csvText(row.label),
                           csvText(row.unit),
                           QString::number(data.report.year),
                           number(row.value),
                           number(row.lastYear),
                           number(row.change),
                           row.change ? row.changeUnit : QString(),
                           csvText(row.source),
                           row.confidential ? QStringLiteral("true") : QStringLiteral("false")};
        for (const int year : data.historyYears)
            fields << (row.history.contains(year) ? openDataNumber(row.history.value(year))
                                                  : QString());
        for (QString &f : fields)
            f = csvField(f);
        lines << fields.join(QLatin1Char(','));
    }
    return QByteArray("\xEF\xBB\xBF") + (lines.join(QStringLiteral("\r\n")) + "\r\n").toUtf8();
}

QByteArray openDataJson(const OpenDataSet &data)
{
    const ReportMetadata &m = data.report;
    QJsonObject report{{QStringLiteral("unitName"), m.unitName},
                       {QStringLiteral("reportTitle"), m.reportTitle},
                       {QStringLiteral("year"), m.year}};
    if (m.periodStart.isValid())
        report.insert(QStringLiteral("periodStart"), m.periodStart.toString(Qt::ISODate));
    if (m.periodEnd.isValid())
        report.insert(QStringLiteral("periodEnd"), m.periodEnd.toString(Qt::ISODate));

    QJsonArray metrics;
    for (const OpenDataRow &row : data.rows) {
        QJsonObject o{{QStringLiteral("id"), row.id},
                      {QStringLiteral("label"), row.label},
                      {QStringLiteral("confidential"), row.confidential}};
        auto putText = [&](const QString &key, const QString &text) {
            if (!text.isEmpty())
                o.insert(key, text);
        };
        auto putNumber = [&](const QString &key, const std::optional<double> &v) {
            if (v)
                o.insert(key, *v);
        };
        putText(QStringLiteral("chapter"), row.chapter);
        putText(QStringLiteral("unit"), row.unit);
        putText(QStringLiteral("source"), row.source);
        putNumber(QStringLiteral("value"), row.value);
        putNumber(QStringLiteral("lastYear"), row.lastYear);
        if (row.change) {
            putNumber(QStringLiteral("change"), row.change);
            o.insert(QStringLiteral("changeUnit"), row.changeUnit);
        }
        if (!row.history.isEmpty()) {
            QJsonObject history;
            for (auto it = row.history.begin(); it != row.history.end(); ++it)
                history.insert(QString::number(it.key()), it.value());
            o.insert(QStringLiteral("history"), history);
        }
        metrics.append(o);
    }
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("csr-open-data")},
                     {QStringLiteral("formatVersion"), JsonFormatVersion},
                     {QStringLiteral("edition"), editionName(data.edition)},
                     {QStringLiteral("report"), report},
                     {QStringLiteral("metrics"), metrics}};
    // Optional: the photos' captions and alternative texts, for readers who cannot see them.
    if (!data.photos.isEmpty()) {
        QJsonArray photos;
        for (const OpenDataPhoto &p : data.photos) {
            QJsonObject o{{QStringLiteral("number"), p.number},
                          {QStringLiteral("caption"), p.caption},
                          {QStringLiteral("altText"), p.altText}};
            if (!p.chapter.isEmpty())
                o.insert(QStringLiteral("chapter"), p.chapter);
            photos.append(o);
        }
        root.insert(QStringLiteral("photos"), photos);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace csr
