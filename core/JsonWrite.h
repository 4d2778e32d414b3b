#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace csr::json {

// Optional keys are left out when empty, so files stay canonical (docs/file-format.md): the
// report's writer and the review record's writer share these.
inline void putString(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

inline void putDate(QJsonObject &o, const QString &key, const QDate &d)
{
    if (d.isValid())
        o.insert(key, d.toString(Qt::ISODate));
}

inline void putTime(QJsonObject &o, const QString &key, const QDateTime &t)
{
    if (t.isValid())
        o.insert(key, t.toUTC().toString(Qt::ISODate));
}

} // namespace csr::json
