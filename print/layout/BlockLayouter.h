#pragma once

#include "Document.h"
#include "Edition.h"
#include "FlowUnit.h"
#include "PageGeometry.h"
#include "TextBreaker.h"

#include <QCoreApplication>
#include <QList>

namespace csr::print {

// A column of a printed table.
struct TableColumn
{
    QString header;
    qreal share = 1;         // of the table's width
    bool alignRight = false; // figures
};

// Turns the report's blocks into flow units: lines of prose, table rows, chart boxes, the
// signature block. It decides how things look and which units must stay together; the paginator
// decides where pages break.
class BlockLayouter
{
    Q_DECLARE_TR_FUNCTIONS(csr::print::BlockLayouter)

public:
    static constexpr qreal BodyLineHeight = 21;
    static constexpr qreal ParagraphSpacing = 5;

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
    QList<FlowUnit> block(const Block &block, const QString &chapterTitle = {});
    // Tables number their rows' group (for the repeated header); layouters working on parts of
    // one report in parallel start at different numbers so the groups stay distinct.
    void setFirstGroup(int group) { m_nextGroup = group; }
    QList<FlowUnit> metricTable(const MetricTable &table, const QString &chapterTitle = {});
    QList<FlowUnit> timeline(const Timeline &timeline, const QString &chapterTitle = {});
    QList<FlowUnit> itemList(const ItemList &list, const QString &chapterTitle = {}) const;
    QList<FlowUnit> signature() const;
    QList<FlowUnit> table(const QString &title, const QList<TableColumn> &columns,
                          const QList<QStringList> &rows);
    FlowUnit chart(const ChartData &data) const;
    FlowUnit space(qreal height) const;

    static QString formatDate(const QDate &date);

private:
    QList<FlowUnit> lines(const QString &text, TextStyle style, qreal x, qreal width,
                          qreal firstIndent, qreal lineHeight, bool justify) const;
    TextRun run(const QString &text, TextStyle style, qreal x, qreal baseline) const;

    const Document &m_doc;
    Edition m_edition;
    QString m_family;
    PageGeometry m_geometry;
    QRectF m_content;
    TextBreaker m_breaker;
    int m_nextGroup = 0;
};

// The baseline that centres a style's text in a line of `lineHeight`.
qreal baselineIn(TextStyle style, qreal lineHeight);

} // namespace csr::print
