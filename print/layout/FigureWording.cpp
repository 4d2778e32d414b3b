#include "FigureWording.h"

namespace csr::print {

QString FigureWording::pointsUnit()
{
    return tr(" 个百分点");
}

QString FigureWording::notCharted(const QList<LeftOutOfChart> &leftOut, const ReportWording &words)
{
    if (leftOut.isEmpty())
        return {};
    auto reason = [&](const LeftOutOfChart &l) {
        switch (l.why) {
        case NotCharted::Masked:
            return words.text(QStringLiteral("chart.leftOut.masked"));
        case NotCharted::NoValue:
            return words.text(QStringLiteral("chart.leftOut.noValue"));
        case NotCharted::NoLastYear:
            return words.text(QStringLiteral("chart.leftOut.noLastYear"));
        case NotCharted::OtherUnit:
            return words.text(QStringLiteral("chart.leftOut.otherUnit")).arg(l.unit);
        }
        return QString();
    };
    // Labels with the same reason together, in the table's order: "A、B（无数值）".
    QList<QPair<QString, QStringList>> groups;
    for (const LeftOutOfChart &l : leftOut) {
        const QString why = reason(l);
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const auto &g) { return g.first == why; });
        if (it == groups.end())
            groups.append({why, {l.label}});
        else
            it->second << l.label;
    }
    QStringList parts;
    for (const auto &[why, labels] : groups)
        parts << words.format(
            QStringLiteral("chart.leftOut.group"),
            {labels.join(words.text(QStringLiteral("chart.leftOut.labelsJoin"))), why});
    return words.text(QStringLiteral("chart.notCharted"))
        .arg(parts.join(words.text(QStringLiteral("chart.leftOut.groupsJoin"))));
}

} // namespace csr::print
