#include "FigureRequest.h"

#include <functional>

namespace csr {

QList<FigureRequest> figureRequests(const Document &doc, RequestGrouping grouping,
                                    const QString &unassignedName)
{
    QList<FigureRequest> out;
    const auto requestFor = [&out](const QString &name) -> FigureRequest & {
        for (FigureRequest &r : out)
            if (r.name == name)
                return r;
        out.append({name, {}});
        return out.last();
    };
    const std::function<void(const QList<Chapter> &, const QString &)> walk =
        [&](const QList<Chapter> &chapters, const QString &inherited) {
            for (const Chapter &c : chapters) {
                const QString assignee =
                    c.assignee.trimmed().isEmpty() ? inherited : c.assignee.trimmed();
                QList<RequestedTable> tables;
                for (const Block &b : c.blocks) {
                    const auto *t = std::get_if<MetricTable>(&b.content);
                    if (!t)
                        continue;
                    QStringList ids;
                    for (const QString &id : t->metricIds)
                        if (doc.findMetric(id) && !ids.contains(id))
                            ids << id;
                    if (!ids.isEmpty())
                        tables.append({c.id, c.title,
                                       t->title.trimmed().isEmpty() ? c.title : t->title.trimmed(),
                                       ids});
                }
                if (!tables.isEmpty()) {
                    const QString name = grouping == RequestGrouping::Chapter ? c.title
                                         : assignee.isEmpty()                 ? unassignedName
                                                                              : assignee;
                    requestFor(name).tables += tables;
                }
                walk(c.children, assignee);
            }
        };
    walk(doc.chapters, QString());
    return out;
}

QString requestFileName(const QString &name)
{
    QString out;
    for (const QChar c : name.trimmed())
        out += (c.unicode() < 0x20 || QStringLiteral("/\\:*?\"<>|").contains(c)) ? QChar(u'_') : c;
    if (out.isEmpty() || out.startsWith(QLatin1Char('.')))
        out.prepend(QLatin1Char('_'));
    return out.left(100);
}

} // namespace csr
