#pragma once

#include "ReportLanguage.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

namespace csr::print {

// The fixed words of the printed report in one language (目录 / Contents, 指标 / Indicator …),
// its dates and its number format. They are data, a table per report language
// (resources/wording/LANGUAGE.json, every key in docs/print-engine.md), never the UI
// translator's or the system locale's: the same report prints the same words on any machine,
// and its English edition is a matter of metadata.language. Implicitly shared, cheap to copy.
class ReportWording
{
    Q_DECLARE_TR_FUNCTIONS(csr::print::ReportWording)

public:
    // The built-in table of `language`; an unknown or empty language gets zh_CN's.
    static ReportWording builtIn(const QString &language = DefaultReportLanguage);
    static QStringList languages(); // reportLanguages(): "zh_CN", "en"
    static bool isLanguage(const QString &language);

    // A wording table (JSON: {"language": "en", "words": {"key": "text", …}}) over the built-in
    // table of its language: a key it lacks keeps the built-in words. Hostile input is bounded
    // (size, entries, length); an unusable table, entry or placeholder is left out and named in
    // `problems`, never fatal.
    static ReportWording fromJson(const QByteArray &json, QStringList *problems = nullptr);

    ReportWording(); // the built-in zh_CN table

    QString language() const { return m_language; }
    // The entry for `key`; an unknown key prints as itself, so a missing word is visible.
    QString text(const QString &key) const;
    QStringList keys() const { return m_words.keys(); }
    // The entry with %1, %2 … replaced by args[0], args[1] … in one pass. A table may order its
    // placeholders as its language needs ("%3 %4 %1") or leave one out; QString::arg's multi-arg
    // form would renumber them.
    QString format(const QString &key, const QStringList &args) const;

    // "2025年1月20日" / "20 January 2025" (date.long); empty for an invalid date.
    QString date(const QDate &date) const;
    // "2023年1月1日至2023年12月31日" / "1 January 2023 to 31 December 2023".
    QString dateRange(const QDate &from, const QDate &to) const;
    // 1 … 12 as a chart's category ("1月" / "Jan").
    QString chartMonth(int month) const;
    // A plain number as core formats it ("-1184.5", "+7.1%", "**") in the report's format:
    // group separator and decimal point; anything not a number comes back unchanged.
    QString number(const QString &plain) const;
    // A change in per cent, rounded to one decimal and signed: "+7.1%" (compare.percent).
    QString percentChange(double percent) const;
    // A change in percentage points: "+1.6 个百分点" / "+1.6 pp" (compare.points).
    QString pointsChange(double points) const;

    bool operator==(const ReportWording &) const = default;

private:
    ReportWording(QString language, QHash<QString, QString> words);
    static const QHash<QString, ReportWording> &tables();
    QString listItem(const QString &key, int index) const;
    QString signedOneDecimal(double value) const;

    QString m_language;
    QHash<QString, QString> m_words;
};

} // namespace csr::print
