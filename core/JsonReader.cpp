#include "JsonReader.h"

#include <cmath>

namespace csr {
namespace {

bool isIsoDateShape(const QString &text)
{
    if (text.size() != 10)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if ((i == 4 || i == 7) ? c != u'-' : (c < u'0' || c > u'9'))
            return false;
    }
    return true;
}

} // namespace

void JsonReader::fail(ReadErrorKind kind, const QString &what)
{
    if (m_error)
        return; // the first problem is the one worth reporting
    m_error.kind = kind;
    m_error.path = m_path;
    m_error.message = m_path.isEmpty() ? what : tr("At %1: %2").arg(m_path, what);
}

bool JsonReader::present(const QJsonObject &o, const QString &key, bool required)
{
    if (m_error)
        return false;
    if (o.contains(key) && !o.value(key).isNull())
        return true;
    if (required) {
        auto s = field(key);
        fail(ReadErrorKind::MissingField, tr("the required field \"%1\" is missing.").arg(key));
    }
    return false;
}

void JsonReader::wrongType(const QString &key, const QString &expected)
{
    auto s = field(key);
    fail(ReadErrorKind::WrongType, tr("expected %1.").arg(expected));
}

QString JsonReader::string(const QJsonObject &o, const QString &key, bool required)
{
    if (!present(o, key, required))
        return {};
    const QJsonValue v = o.value(key);
    if (!v.isString()) {
        wrongType(key, tr("text"));
        return {};
    }
    return v.toString();
}

QStringList JsonReader::stringList(const QJsonObject &o, const QString &key)
{
    QStringList out;
    const QJsonArray a = array(o, key);
    auto s = field(key);
    for (qsizetype i = 0; i < a.size() && !m_error; ++i) {
        if (!a.at(i).isString()) {
            auto si = index(i);
            fail(ReadErrorKind::WrongType, tr("expected text."));
            break;
        }
        out.append(a.at(i).toString());
    }
    return out;
}

bool JsonReader::boolean(const QJsonObject &o, const QString &key, bool fallback)
{
    if (!present(o, key, false))
        return fallback;
    const QJsonValue v = o.value(key);
    if (!v.isBool()) {
        wrongType(key, tr("true or false"));
        return fallback;
    }
    return v.toBool();
}

int JsonReader::integer(const QJsonObject &o, const QString &key, int fallback, bool required)
{
    if (!present(o, key, required))
        return fallback;
    const QJsonValue v = o.value(key);
    const double d = v.toDouble();
    if (!v.isDouble() || d != std::floor(d) || std::fabs(d) > 1e9) {
        wrongType(key, tr("a whole number"));
        return fallback;
    }
    return int(d);
}

int JsonReader::integerIn(const QJsonObject &o, const QString &key, int fallback, int min, int max,
                          const QString &outOfRange)
{
    const int value = integer(o, key, fallback);
    if (!m_error && (value < min || value > max)) {
        auto s = field(key);
        fail(ReadErrorKind::InvalidValue, outOfRange.arg(min).arg(max).arg(value));
    }
    return value;
}

std::optional<double> JsonReader::number(const QJsonObject &o, const QString &key)
{
    if (!present(o, key, false))
        return std::nullopt;
    const QJsonValue v = o.value(key);
    if (!v.isDouble()) {
        wrongType(key, tr("a number"));
        return std::nullopt;
    }
    return v.toDouble();
}

QDate JsonReader::date(const QJsonObject &o, const QString &key, bool required)
{
    const QString text = string(o, key, required);
    if (text.isEmpty() || m_error)
        return {};
    // Parsed with "yyyy" alone a sign or wider year is taken ("-2023-01-01"), and such a date
    // cannot be written back as ISO 8601: only ASCII digits in the YYYY-MM-DD shape are dates.
    const QDate d =
        isIsoDateShape(text) ? QDate::fromString(text, QStringLiteral("yyyy-MM-dd")) : QDate();
    if (!d.isValid()) {
        auto s = field(key);
        fail(ReadErrorKind::InvalidValue,
             tr("\"%1\" is not a date of the form YYYY-MM-DD.").arg(text));
    }
    return d;
}

QDateTime JsonReader::dateTime(const QJsonObject &o, const QString &key, bool required)
{
    const QString text = string(o, key, required);
    if (text.isEmpty() || m_error)
        return {};
    const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        auto s = field(key);
        fail(ReadErrorKind::InvalidValue,
             tr("\"%1\" is not a date and time of the form YYYY-MM-DDThh:mm:ssZ.").arg(text));
    }
    return t.toUTC();
}

QJsonObject JsonReader::object(const QJsonObject &o, const QString &key, bool required)
{
    if (!present(o, key, required))
        return {};
    const QJsonValue v = o.value(key);
    if (!v.isObject()) {
        wrongType(key, tr("an object"));
        return {};
    }
    return v.toObject();
}

QJsonArray JsonReader::array(const QJsonObject &o, const QString &key, bool required)
{
    if (!present(o, key, required))
        return {};
    const QJsonValue v = o.value(key);
    if (!v.isArray()) {
        wrongType(key, tr("a list"));
        return {};
    }
    return v.toArray();
}

QJsonObject JsonReader::asObject(const QJsonValue &v)
{
    if (m_error)
        return {};
    if (!v.isObject()) {
        fail(ReadErrorKind::WrongType, tr("expected an object."));
        return {};
    }
    return v.toObject();
}

} // namespace csr
