#pragma once

#include "Document.h"
#include "Edition.h"
#include "FlowUnit.h"
#include "PageGeometry.h"
#include "PrintStyle.h"
#include "ReportWording.h"
#include "TextBreaker.h"

#include <QCoreApplication>
#include <QList>

namespace csr::print {

// A column of a printed table.
struct TableColumn
{
    QString header;
    qreal share = 1;         // of the table's width, where its content leaves room to share
    bool alignRight = false; // figures
};

// Turns the report's blocks into flow units: lines of prose, table rows, chart boxes, the
// signature block. It decides how things look and which units must stay together; the paginator
// decides where pages break.
class BlockLayouter
{
    Q_DECLARE_TR_FUNCTIONS(csr::print::BlockLayouter)

public:
    // The default style's; a layouter uses its style's (PrintStyle::spacing).
    static constexpr qreal BodyLineHeight = 21;
    static constexpr qreal ParagraphSpacing = 5;

    BlockLayouter(const Document &doc, Edition edition, const QString &family,
                  const PrintStyle &style);
    // The default style on that page.
    BlockLayouter(const Document &doc, Edition edition, const QString &family,
                  const PageGeometry &geometry);

    // A chapter heading at `depth` (0: 一、). Keeps with the first lines that follow.
    QList<FlowUnit> heading(const QString &text, int depth, const QString &chapterId,
                            bool newPage) const;
    // Prose with metric references resolved for the edition; widow and orphan lines are kept.
    QList<FlowUnit> paragraph(const QString &text, bool indent = true) const;
    // "时间范围：…" in the report notes: the label in bold, the text hanging after it.
    QList<FlowUnit> labelled(const QString &label, const QString &text) const;
    // A block of the chapter titled `chapterTitle`: a block title equal to it is not printed,
    // since the heading just above already says it.
    // `figure` is the printed number of a photo block (图1 is 1; see photoNumbers).
    QList<FlowUnit> block(const Block &block, const QString &chapterTitle = {}, int figure = 0);
    // Tables number their rows' group (for the repeated header); layouters working on parts of
    // one report in parallel start at different numbers so the groups stay distinct.
    void setFirstGroup(int group) { m_nextGroup = group; }
    // The fixed words, dates and numbers it prints: the report language's built-in table unless
    // set (LayoutOptions::wording).
    void setWording(const ReportWording &wording) { m_wording = wording; }
    const ReportWording &wording() const { return m_wording; }
    QList<FlowUnit> metricTable(const MetricTable &table, const QString &chapterTitle = {});
    QList<FlowUnit> timeline(const Timeline &timeline, const QString &chapterTitle = {});
    QList<FlowUnit> itemList(const ItemList &list, const QString &chapterTitle = {}) const;
    QList<FlowUnit> signature() const;
    // The photo at its width, downsampled to PhotoDpi at that size, the caption "图N …" under
    // it; one unit, at most a page tall. A photo that does not decode prints as a framed
    // placeholder, and the unit's problem says why.
    QList<FlowUnit> photo(const Photo &photo, int figure) const;
    static constexpr qreal PhotoDpi = 300;
    // The printed figure label: "图1". The report's one fixed word for photos.
    QString figureLabel(int figure) const;
    QList<FlowUnit> table(const QString &title, const QList<TableColumn> &columns,
                          const QList<QStringList> &rows);
    FlowUnit chart(const ChartData &data) const;
    // One or two charts side by side, each half the text width: a table's charts per unit.
    FlowUnit chartPair(const QList<ChartData> &pair) const;
    // A small line under a table's charts ("未绘制：…").
    QList<FlowUnit> chartNote(const QString &text) const;
    FlowUnit space(qreal height) const;

private:
    // Each cell's text measured on one line (TextBreaker::width): the header's, then each row's.
    using CellWidths = QList<QList<qreal>>;
    // x of each column's left edge and of the table's right edge: widths from the content.
    // `measured` gets every cell's width, for the rows to reuse.
    QList<qreal> columnEdges(const QList<TableColumn> &columns, const QList<QStringList> &rows,
                             CellWidths &measured) const;
    void appendCharts(QList<FlowUnit> &units, const QList<ChartData> &charts,
                      const QString &note) const;
    QList<FlowUnit> lines(const QString &text, TextStyle style, qreal x, qreal width,
                          qreal firstIndent, qreal lineHeight, bool justify) const;
    TextRun run(const QString &text, TextStyle style, qreal x, qreal baseline) const;

    qreal baseline(TextStyle style, qreal lineHeight) const;

    const Document &m_doc;
    Edition m_edition;
    QString m_family;
    PrintStyle m_style;
    PageGeometry m_geometry;
    QRectF m_content;
    TextBreaker m_breaker;
    ReportWording m_wording;
    int m_nextGroup = 0;
};

// The baseline that centres a style's text in a line of `lineHeight`.
qreal baselineIn(TextStyle style, qreal lineHeight, const TypeScale &scale = {});

} // namespace csr::print
