#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <variant>

namespace csr {

// Prose; "{{metric.id}}" quotes a metric's value so a figure is typed once.
struct Paragraph
{
    QString text;
    bool operator==(const Paragraph &) const = default;
};

// TrendLine and TrendBars draw each metric over several years (this year, last year and the
// metric's history): as lines, or as bars grouped by year.
enum class ChartType { None, Bar, Pie, YearOverYear, TrendLine, TrendBars };

inline bool isTrend(ChartType type)
{
    return type == ChartType::TrendLine || type == ChartType::TrendBars;
}

// A table of metrics (defined in Document::metrics) and how its chart looks.
struct MetricTable
{
    static constexpr int MinTrendYears = 3;
    static constexpr int MaxTrendYears = 5;
    static constexpr int DefaultTrendYears = 5;

    QString title;
    QStringList metricIds;
    ChartType chart = ChartType::Bar;
    int trendYears = DefaultTrendYears; // how many years a trend chart spans, ending this year
    // The one unit to chart (e.g. "%"); empty: one chart per unit the table's metrics use. The
    // chart names what it leaves out either way.
    QString chartUnit = {};
    bool operator==(const MetricTable &) const = default;
};

// Categories used by the guideline's social-evaluation chapter; free text is allowed too.
namespace category {
inline const QString LeadershipCare = QStringLiteral("leadership-care"); // 领导关怀
inline const QString MediaReport = QStringLiteral("media-report");       // 媒体报道
inline const QString Activity = QStringLiteral("activity");              // 活动
} // namespace category

struct TimelineEntry
{
    QDate date;
    QString title;
    QString category;
    QString outlet; // the newspaper or account, for media reports
    QString note;   // e.g. "大年初一"
    bool operator==(const TimelineEntry &) const = default;
};

// Dated events, kept in date order; optionally charted as events per month.
struct Timeline
{
    QString title;
    QString category; // default category of new entries
    QList<TimelineEntry> entries;
    bool showChart = true;
    bool operator==(const Timeline &) const = default;
};

// A plain list such as honours (社会荣誉).
struct ItemList
{
    QString title;
    QStringList items;
    bool operator==(const ItemList &) const = default;
};

// Where the signatory's visible signature block (name, title, date, seal) is placed.
struct SignatureBlock
{
    bool operator==(const SignatureBlock &) const = default;
};

// A photograph (format 4): printed at its width with its caption under it, numbered 图1, 图2 …
// The image bytes are kept as the user chose them (PNG or JPEG, checked by PhotoImage); the
// print engine downsamples them to the printed size.
struct Photo
{
    static constexpr double MinWidthFraction = 0.1;
    static constexpr double MinWidthMm = 10;
    static constexpr double MaxWidthMm = 500;

    QByteArray image; // PNG or JPEG bytes; empty: no photo chosen yet
    QString caption;
    QString altText;            // what the photo shows, for readers who cannot see it
    double widthFraction = 1.0; // printed width as a share of the text width (0.1–1)
    double widthMm = 0;         // when > 0: the printed width in mm instead (at most the text's)
    bool operator==(const Photo &) const = default;
};

using BlockContent =
    std::variant<Paragraph, MetricTable, Timeline, ItemList, SignatureBlock, Photo>;

enum class BlockKind { Paragraph, MetricTable, Timeline, ItemList, SignatureBlock, Photo };

struct Block
{
    QString id;   // stable within the document, for undo commands and the editor
    QString hint; // the guideline's guidance for this block, shown while it is empty
    BlockContent content;

    BlockKind kind() const { return static_cast<BlockKind>(content.index()); }
    bool isEmpty() const;
    bool operator==(const Block &) const = default;
};

QString blockKindName(BlockKind kind); // the file format's name: "paragraph", "metricTable", ...

// The one timeline order, for the editor, the commands and the print engine alike: by date,
// entries of the same day in their given order. timelineOrder gives the stored indices in
// that order (the editor maps its rows back to the stored entries with it).
QList<int> timelineOrder(const Timeline &timeline);
void sortTimeline(Timeline &timeline);

} // namespace csr
