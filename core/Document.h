#pragma once

#include "ChangeLog.h"
#include "Chapter.h"
#include "Evidence.h"
#include "ImportReview.h"
#include "MetricList.h"
#include "ReportLanguage.h"
#include "Review.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace csr {

// The head of the unit who answers for the report in the public statement.
struct Signatory
{
    QString name;  // 朱樱
    QString title; // 党委书记、总经理
    QDate date;
    QByteArray sealImage; // PNG or SVG bytes; empty when there is no seal
    QString sealMimeType; // "image/png" or "image/svg+xml"
    bool operator==(const Signatory &) const = default;
};

struct ReportMetadata
{
    QString unitName;    // 中国电信股份有限公司上海西区电信局
    QString reportTitle; // 2023 年度社会责任报告
    int year = 0;
    QDate periodStart;
    QDate periodEnd;
    QString scope;
    QStringList standards; // the guideline editions followed
    int pageBudget = 0;    // the length promised in the report notes; 0 = none
    QString category;      // 经营性企业类服务行业
    QString templateId;    // the template the report was started from
    // The numbering style of each depth of the chapter tree; empty: the guideline's default
    // (一、/（一）/1./1）). A school's frame numbers its dimensions and indicators by code.
    QList<NumberingStyle> numbering;
    // Year columns of the printed metric tables: this year, last year and older ones from the
    // metrics' history. A report (or template) setting.
    static constexpr int MinYearColumns = 1;
    static constexpr int MaxYearColumns = 6;
    static constexpr int DefaultYearColumns = 2;
    int yearColumns = DefaultYearColumns;
    // The language of the printed report's fixed words, dates and numbers (reportLanguages()):
    // the English edition of a report is this set to "en". Not the UI language.
    QString language = DefaultReportLanguage;
    // The print style the report is set in: an id of the style registry (print/style) or a
    // style file's path; empty: the built-in default.
    QString style;
    // Heading levels the table of contents lists (1: chapters only; 2: and their sections, where
    // a school's coded indicators are). A report (or template) setting.
    static constexpr int MinTocDepth = 1;
    static constexpr int MaxTocDepth = 3;
    static constexpr int DefaultTocDepth = 2;
    int tocDepth = DefaultTocDepth;
    bool operator==(const ReportMetadata &) const = default;
};

struct Document
{
    ReportMetadata metadata;
    Signatory signatory;
    MetricList metrics; // indexed by id: findMetric is O(1)
    QList<Chapter> chapters;
    QList<ChangeRecord> changeLog; // oldest first; appended on each save (see ChangeLog.h)
    ReviewRecord review;           // comments, chapter approvals, sign-off overrides
    QList<Evidence> evidence;      // files backing the figures
    // What the import of last year's report left to check (File › Import Existing Report…),
    // until each item is accepted: kept with the report, so closing it before the review
    // loses nothing (format 5).
    QList<ImportReviewItem> importReview;

    const Metric *findMetric(const QString &id) const;
    Metric *findMetric(const QString &id);
    const Chapter *findChapter(const QString &id) const;
    Chapter *findChapter(const QString &id);

    bool operator==(const Document &) const = default;
};

// Visits chapters depth first; `number` is the guideline number ("（一）") or empty.
struct ChapterVisit
{
    const Chapter &chapter;
    int depth;
    QString number;
    QStringList path; // titles from the top chapter down to this one
};
void forEachChapter(const QList<Chapter> &chapters,
                    const std::function<void(const ChapterVisit &)> &fn,
                    const QList<NumberingStyle> &numbering = {});
// The same with the document's own numbering styles.
void forEachChapter(const Document &doc, const std::function<void(const ChapterVisit &)> &fn);

// The printed number of one chapter ("（一）", "" when unnumbered or not found), found without
// building every chapter's number and path as forEachChapter does: a chapter's header asks
// after each keystroke, in reports of thousands of chapters.
QString chapterNumberOf(const Document &doc, const QString &chapterId);

// The first chapter, depth first, with a metric table listing the metric ("" for none): where
// a figure is edited.
QString chapterListingMetric(const Document &doc, const QString &metricId);

// The printed number of each photo (block id → 1, 2, …: 图1, 图2 …): photos with an image, in
// document order, as the print engine numbers them and the open data lists them.
QHash<QString, int> photoNumbers(const Document &doc);

// A fresh id unique within the document ("b7", "c12"): short, stable, readable in diffs.
QString makeUniqueId(const Document &doc, const QString &prefix);

} // namespace csr
