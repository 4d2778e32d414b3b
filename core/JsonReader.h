#pragma once

#include "ReadError.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <optional>

namespace csr {

// Reads typed fields out of parsed JSON while tracking where it is, so the first problem is
// reported with its exact path. After an error every read returns a default value and the
// caller simply finishes; the error is checked once at the end.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(csr::JsonReader)
public:
    class Scope
    {
    public:
        Scope(JsonReader &r, const QString &segment) : m_r(r), m_size(r.m_path.size())
        {
            m_r.m_path += segment;
        }
        ~Scope() { m_r.m_path.truncate(m_size); }
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        JsonReader &m_r;
        qsizetype m_size;
    };
    Scope field(const QString &key)
    {
        return Scope(*this, m_path.isEmpty() ? key : QLatin1Char('.') + key);
    }
    Scope index(qsizetype i) { return Scope(*this, QStringLiteral("[%1]").arg(i)); }

    bool failed() const { return bool(m_error); }
    const ReadError &error() const { return m_error; }
    QString path() const { return m_path; }
    void fail(ReadErrorKind kind, const QString &what);

    QString string(const QJsonObject &o, const QString &key, bool required = false);
    QStringList stringList(const QJsonObject &o, const QString &key);
    bool boolean(const QJsonObject &o, const QString &key, bool fallback);
    int integer(const QJsonObject &o, const QString &key, int fallback, bool required = false);
    // A whole number from min to max; outside, `outOfRange` (%1 min, %2 max, %3 the value) is
    // the error at the key.
    int integerIn(const QJsonObject &o, const QString &key, int fallback, int min, int max,
                  const QString &outOfRange);
    std::optional<double> number(const QJsonObject &o, const QString &key); // null/absent -> empty
    QDate date(const QJsonObject &o, const QString &key, bool required = false);
    // ISO 8601 with a time zone, as written: "2024-03-05T09:30:00Z".
    QDateTime dateTime(const QJsonObject &o, const QString &key, bool required = false);
    QJsonObject object(const QJsonObject &o, const QString &key, bool required = false);
    QJsonArray array(const QJsonObject &o, const QString &key, bool required = false);
    QJsonObject asObject(const QJsonValue &v); // an array element that must be an object

private:
    bool present(const QJsonObject &o, const QString &key, bool required);
    void wrongType(const QString &key, const QString &expected);

    QString m_path;
    ReadError m_error;
};

} // namespace csr
