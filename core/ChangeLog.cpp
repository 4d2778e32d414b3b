#include "ChangeLog.h"

#include "Document.h"

namespace csr {

namespace {

QString number(const std::optional<double> &v)
{
    return v ? formatNumber(*v) : QString();
}

QString flag(bool on)
{
    return on ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

QList<ChangeRecord> metricChanges(const Document &before, const Document &after, const QString &who,
                                  const QDateTime &when)
{
    QList<ChangeRecord> out;
    // Whole seconds, as the file keeps them, so a record reads back equal to itself.
    QDateTime at = when.toUTC();
    at = at.addMSecs(-at.time().msec());
    const auto record = [&](const QString &id, const QString &field, const QString &from,
                            const QString &to) {
        if (from != to)
            out.append({at, who, id, field, from, to});
    };
    for (const Metric &now : after.metrics) {
        const Metric *was = before.findMetric(now.id);
        if (!was) {
            record(now.id, QStringLiteral("metric"), QString(), now.label);
            record(now.id, QStringLiteral("value"), QString(), number(now.value));
            continue;
        }
        record(now.id, QStringLiteral("label"), was->label, now.label);
        record(now.id, QStringLiteral("value"), number(was->value), number(now.value));
        record(now.id, QStringLiteral("previousValue"), number(was->previousValue),
               number(now.previousValue));
        QMap<int, double> years = was->history;
        years.insert(now.history);
        for (auto it = years.keyBegin(); it != years.keyEnd(); ++it) {
            const auto value = [&](const Metric &m) {
                const auto v = m.history.constFind(*it);
                return v == m.history.constEnd() ? QString() : formatNumber(*v);
            };
            record(now.id, QStringLiteral("history.%1").arg(*it), value(*was), value(now));
        }
        record(now.id, QStringLiteral("unit"), was->unit, now.unit);
        record(now.id, QStringLiteral("confidential"), flag(was->confidential),
               flag(now.confidential));
    }
    for (const Metric &was : before.metrics)
        if (!after.findMetric(was.id))
            record(was.id, QStringLiteral("metric"), was.label, QString());
    return out;
}

void nameSources(QList<ChangeRecord> &records, const ImportedValues &imported)
{
    for (ChangeRecord &r : records) {
        const auto it = imported.constFind(importedKey(r.metricId, r.field));
        if (it != imported.constEnd() && r.after == it->value)
            r.source = it->source;
    }
}

QString importedKey(const QString &metricId, const QString &field)
{
    return field == QLatin1String("value") ? metricId : metricId + QLatin1Char(' ') + field;
}

} // namespace csr
