#include "ReportWording.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace csr::print {

namespace {

// A wording table is a few kilobytes; these bound a hostile one far above any real table.
constexpr qsizetype MaxTableBytes = 256 * 1024;
constexpr qsizetype MaxEntryLength = 2000;

// Entries that are lists of names, with the number of names each must have.
const QHash<QString, int> &listLengths()
{
    static const QHash<QString, int> lengths{{QStringLiteral("chart.months"), 12},
                                             {QStringLiteral("date.months"), 12},
                                             {QStringLiteral("date.weekdays"), 7}};
    return lengths;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d+)"));
    QSet<QString> found;
    for (const auto &m : marker.globalMatch(text))
        found.insert(m.captured(1));
    return found;
}

// Reads a table's "words" into `words`. With `known`, only its keys are taken, each only with
// placeholders `known` allows and lists of the right length (a unit's own table); without, the
// built-in zh_CN table defines the keys.
QString readTable(const QByteArray &json, QString &language, QHash<QString, QString> &words,
                  const QHash<QString, QSet<QString>> *known, QStringList &problems)
{
    if (json.size() > MaxTableBytes)
        return ReportWording::tr("the wording table is larger than %1 KB.")
            .arg(MaxTableBytes / 1024);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return ReportWording::tr("the wording table is not valid JSON (at byte %1: %2).")
            .arg(error.offset)
            .arg(error.errorString());
    if (!doc.isObject() || !doc.object().value(QStringLiteral("words")).isObject())
        return ReportWording::tr("the wording table has no \"words\" object.");
    const QString named = doc.object().value(QStringLiteral("language")).toString();
    if (!ReportWording::isLanguage(named))
        return ReportWording::tr("the wording table's language is \"%1\", not one of %2.")
            .arg(named, ReportWording::languages().join(QStringLiteral(", ")));
    language = named;
    const QJsonObject entries = doc.object().value(QStringLiteral("words")).toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        const QString key = it.key();
        const QString value = it.value().toString();
        if (known && !known->contains(key)) {
            problems << ReportWording::tr("the wording \"%1\" is not a known key; it was left "
                                          "out.")
                            .arg(key.left(80));
            continue;
        }
        if (!it.value().isString() || value.size() > MaxEntryLength) {
            problems << ReportWording::tr("the wording \"%1\" is not a text of at most %2 "
                                          "characters; the built-in one is used.")
                            .arg(key.left(80))
                            .arg(MaxEntryLength);
            continue;
        }
        if (known && !(*known)[key].contains(placeholders(value))) {
            problems << ReportWording::tr("the wording \"%1\" uses a placeholder the report "
                                          "does not fill; the built-in one is used.")
                            .arg(key);
            continue;
        }
        if (const int n = listLengths().value(key);
            n > 0 && value.split(QLatin1Char(',')).size() != n) {
            problems << ReportWording::tr("the wording \"%1\" needs %2 names separated by "
                                          "commas; the built-in one is used.")
                            .arg(key)
                            .arg(n);
            continue;
        }
        words.insert(key, value);
    }
    return {};
}

QByteArray resource(const QString &language)
{
    QFile file(QStringLiteral(":/wording/%1.json").arg(language));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

ReportWording::ReportWording(QString language, QHash<QString, QString> words)
    : m_language(std::move(language)), m_words(std::move(words))
{
}

// The built-in tables, read once. English starts from zh_CN's words, so that a key it lacked
// would print in Chinese rather than as its name; a test keeps both tables complete.
const QHash<QString, ReportWording> &ReportWording::tables()
{
    static const QHash<QString, ReportWording> loaded = [] {
        QHash<QString, ReportWording> out;
        QHash<QString, QString> base;
        for (const QString &language : languages()) {
            QString named;
            QHash<QString, QString> words = base;
            QStringList problems;
            readTable(resource(language), named, words, nullptr, problems);
            if (base.isEmpty())
                base = words;
            out.insert(language, ReportWording(language, words));
        }
        return out;
    }();
    return loaded;
}

QStringList ReportWording::languages()
{
    return reportLanguages();
}

bool ReportWording::isLanguage(const QString &language)
{
    return languages().contains(language);
}

ReportWording ReportWording::builtIn(const QString &language)
{
    return tables().value(isLanguage(language) ? language : DefaultReportLanguage);
}

ReportWording::ReportWording() : ReportWording(builtIn()) {}

ReportWording ReportWording::fromJson(const QByteArray &json, QStringList *problems)
{
    QHash<QString, QSet<QString>> allowed;
    for (const ReportWording &table : tables())
        for (auto it = table.m_words.begin(); it != table.m_words.end(); ++it)
            allowed[it.key()] += placeholders(it.value());
    QString language = DefaultReportLanguage;
    QHash<QString, QString> words;
    QStringList found;
    // The table's own words go over the built-in words of the language it names.
    if (const QString error = readTable(json, language, words, &allowed, found); !error.isEmpty()) {
        if (problems)
            *problems << error;
        return builtIn(language);
    }
    ReportWording out = builtIn(language);
    for (auto it = words.begin(); it != words.end(); ++it)
        out.m_words.insert(it.key(), it.value());
    if (problems)
        *problems << found;
    return out;
}

QString ReportWording::text(const QString &key) const
{
    return m_words.value(key, key);
}

QString ReportWording::format(const QString &key, const QStringList &args) const
{
    const QString pattern = text(key);
    QString out;
    out.reserve(pattern.size() + 16);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        qsizetype end = i + 1;
        while (end < pattern.size() && end < i + 3 && pattern[end].isDigit())
            ++end;
        const int n = pattern[i] == QLatin1Char('%') ? pattern.mid(i + 1, end - i - 1).toInt() : 0;
        if (n >= 1 && n <= args.size()) {
            out += args[n - 1];
            i = end - 1;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

QString ReportWording::listItem(const QString &key, int index) const
{
    const QStringList items = text(key).split(QLatin1Char(','));
    return items.value(index).trimmed();
}

QString ReportWording::date(const QDate &date) const
{
    if (!date.isValid())
        return {};
    // Own code rather than QLocale: the system's locale (a C locale's English weekday) never
    // reaches the page, and a weekday appears only when the table's pattern asks for one (%5).
    return format(QStringLiteral("date.long"),
                  {QString::number(date.year()), QString::number(date.month()),
                   QString::number(date.day()),
                   listItem(QStringLiteral("date.months"), date.month() - 1),
                   listItem(QStringLiteral("date.weekdays"), date.dayOfWeek() - 1)});
}

QString ReportWording::dateRange(const QDate &from, const QDate &to) const
{
    return format(QStringLiteral("date.range"), {this->date(from), this->date(to)});
}

QString ReportWording::chartMonth(int month) const
{
    return listItem(QStringLiteral("chart.months"), month - 1);
}

QString ReportWording::number(const QString &plain) const
{
    static const QRegularExpression form(QStringLiteral("^([+-]?)(\\d+)(?:\\.(\\d+))?(%?)$"));
    const auto m = form.match(plain);
    if (!m.hasMatch())
        return plain;
    QString whole = m.captured(2);
    const QString separator = text(QStringLiteral("number.groupSeparator"));
    if (!separator.isEmpty())
        for (qsizetype at = whole.size() - 3; at > 0; at -= 3)
            whole.insert(at, separator);
    QString out = m.captured(1) + whole;
    if (m.capturedLength(3) > 0)
        out += text(QStringLiteral("number.decimalPoint")) + m.captured(3);
    return out + m.captured(4);
}

QString ReportWording::signedOneDecimal(double value) const
{
    const double rounded = std::round(value * 10.0) / 10.0;
    const QString sign = rounded > 0 ? QStringLiteral("+") : QString();
    return number(sign + QString::number(rounded == 0.0 ? 0.0 : rounded, 'f', 1));
}

QString ReportWording::percentChange(double percent) const
{
    return text(QStringLiteral("compare.percent")).arg(signedOneDecimal(percent));
}

QString ReportWording::pointsChange(double points) const
{
    return text(QStringLiteral("compare.points")).arg(signedOneDecimal(points));
}

} // namespace csr::print
