#include "LayoutEngine.h"

#include "OpenData.h"
#include "OpenDataFormats.h"

#include "BlockLayouter.h"
#include "PageBudget.h"
#include "Paginator.h"
#include "ReviewAppendix.h"
#include "ReviewNotes.h"
#include "ReviewWorkflow.h"
#include "TextBreaker.h"

#include <QtConcurrent/QtConcurrentMap>
#include <vector>

namespace csr::print {

namespace {

const QColor HeadingColor(0x1f, 0x3a, 0x5f);
const QColor InternalColor(0xb0, 0x1c, 0x1c);
const QColor ChangeColor(0x1f, 0x6f, 0xd0); // review edition: changed since approval
const QColor MutedColor(0x55, 0x5f, 0x6b);

// Stands in for the page count in the report notes until pagination knows it.
const QString PageCountField = QString(QChar(0xE000));

const QString NotesKey = QStringLiteral("notes");

qreal tocLineHeight(int depth)
{
    return depth == 0 ? 28 : 23;
}

constexpr qreal TocTitleHeight = 64;

class Builder
{
    Q_DECLARE_TR_FUNCTIONS(csr::print::LayoutEngine)

public:
    Builder(const Document &doc, const LayoutOptions &options)
        : m_doc(doc), m_options(options), m_geometry(options.geometry),
          m_content(options.geometry.content()), m_breaker(options.fontFamily),
          m_blocks(doc, options.edition, options.fontFamily, options.geometry),
          m_coverage(options.fontFamily)
    {
        // Above the groups of the parallel block layout (layOutBlocks).
        m_blocks.setFirstGroup(1 << 30);
        m_out.geometry = m_geometry;
        m_out.fontFamily = options.fontFamily;
        m_out.edition = options.edition;
        m_out.review = options.review && options.edition == Edition::Internal;
    }

    PageLayout build()
    {
        const QList<FlowUnit> flow = bodyFlow();
        const int tocPages = countTocPages();
        m_out.tocPageCount = tocPages;
        const int bodyStart = 1 + tocPages;

        m_out.pages.resize(bodyStart);
        m_out.placed.resize(bodyStart);
        const auto body = paginate(flow, m_content.top(), m_content.bottom());
        for (int p = 0; p < body.size(); ++p)
            placePage(flow, body[p], bodyStart + p);

        cover();
        toc(tocPages);
        fillPageCount();
        for (int p = 1; p < m_out.pages.size(); ++p)
            headerAndFooter(p);
        if (m_options.edition == Edition::Internal)
            m_out.pages[0].add(internalMark(m_geometry.headerBaseline));
        checkReportDetails();
        if (m_options.edition == Edition::Internal)
            for (const Evidence &e : m_doc.evidence)
                m_out.attachments.append({e.fileName, e.mimeType, e.data});
        attachOpenData();
        if (m_out.review) {
            m_out.notes = ReviewNotes::place(m_doc, m_out, m_starts);
            markChanges();
        }
        for (const MissingCharacters &m : m_out.missingCharacters)
            m_out.warnings << FontCoverage::warning(m);
        if (const auto promise = PageBudget::check(m_doc, int(m_out.pages.size())))
            m_out.warnings << promise->message;
        return m_out;
    }

private:
    // The edition's figures as open data (CSV and JSON), the same bytes `export --data` writes,
    // so a reader can take the numbers out of the PDF; the public set withholds confidential
    // values.
    void attachOpenData()
    {
        const OpenDataSet data = openDataSet(m_doc, m_options.edition);
        const QString what = m_options.edition == Edition::Public
                                 ? tr("The report's figures (public edition)")
                                 : tr("The report's figures (internal edition)");
        m_out.attachments.append({openDataFileName(data, QStringLiteral("csv")),
                                  QStringLiteral("text/csv"), openDataCsv(data),
                                  QStringLiteral("Data"), what + QStringLiteral(", CSV")});
        m_out.attachments.append({openDataFileName(data, QStringLiteral("json")),
                                  QStringLiteral("application/json"), openDataJson(data),
                                  QStringLiteral("Data"), what + QStringLiteral(", JSON")});
    }

    struct Heading
    {
        QString chapterId;
        QString text;
        int depth;
    };

    TextRun run(const QString &text, TextStyle style, QPointF baseline,
                QColor color = Qt::black) const
    {
        TextRun r;
        r.baseline = baseline;
        r.text = text;
        r.style = style;
        r.width = m_breaker.width(text, style);
        r.color = color;
        return r;
    }

    TextRun centred(const QString &text, TextStyle style, qreal baseline,
                    QColor color = Qt::black) const
    {
        TextRun r = run(text, style, {0, baseline}, color);
        r.baseline.setX(m_geometry.size.width() / 2 - r.width / 2);
        return r;
    }

    QList<FlowUnit> notesMetadata() const
    {
        const ReportMetadata &m = m_doc.metadata;
        QList<FlowUnit> units;
        if (m.periodStart.isValid() || m.periodEnd.isValid())
            units += m_blocks.labelled(tr("时间范围："),
                                       tr("%1至%2").arg(BlockLayouter::formatDate(m.periodStart),
                                                        BlockLayouter::formatDate(m.periodEnd)));
        if (!m.scope.trimmed().isEmpty())
            units += m_blocks.labelled(tr("报告范围："), m.scope.trimmed());
        units += m_blocks.labelled(tr("报告篇幅："), tr("本报告共 %1 页。").arg(PageCountField));
        QStringList standards;
        for (const QString &s : m.standards) {
            const QString t = s.trimmed();
            if (!t.isEmpty())
                standards << (t.startsWith(QStringLiteral("《")) ? t : tr("《%1》").arg(t));
        }
        if (!standards.isEmpty())
            units += m_blocks.labelled(tr("参考依据："), standards.join(tr("和")));
        return units;
    }

    QList<FlowUnit> bodyFlow()
    {
        QList<FlowUnit> flow;
        const bool hasNotes = std::any_of(m_doc.chapters.begin(), m_doc.chapters.end(),
                                          [](const Chapter &c) { return c.key == NotesKey; });
        if (!hasNotes) {
            // The guideline requires the notes; a report without the chapter still gets them.
            const QString title = tr("报告编写说明");
            m_headings.append({QStringLiteral("notes"), title, 0});
            flow += m_blocks.heading(title, 0, QStringLiteral("notes"), true);
            flow += notesMetadata();
        }
        const std::vector<QList<FlowUnit>> laidOut = layOutBlocks();
        std::size_t next = 0;
        forEachChapter(m_doc, [&](const ChapterVisit &v) {
            const QString text = v.number + v.chapter.title;
            m_headings.append({v.chapter.id, text, v.depth});
            flow += m_blocks.heading(text, v.depth, v.chapter.id, v.depth == 0);
            checkCharacters(flow.back(), v.chapter.id, {}, text);
            for (int i = 0; i < v.chapter.blocks.size(); ++i) {
                const Block &b = v.chapter.blocks[i];
                const QList<FlowUnit> &units = laidOut.at(next++);
                if (units.isEmpty())
                    continue;
                for (const FlowUnit &u : units)
                    checkCharacters(u, v.chapter.id, b.id, tr("%1, block %2").arg(text).arg(i + 1));
                // The signature stays with the statement's last lines.
                if (b.kind() == BlockKind::SignatureBlock && !flow.isEmpty())
                    flow.back().keepWithNext = true;
                for (qsizetype u = 0; u < units.size(); ++u)
                    m_unitBlock.insert(int(flow.size() + u), b.id);
                flow += units;
            }
            if (v.depth == 0 && v.chapter.key == NotesKey)
                flow += notesMetadata();
            if (m_out.review)
                m_statusLines.insert(v.chapter.id, ReviewAppendix::statusLine(m_doc, v.chapter));
        });
        if (m_options.edition == Edition::Internal)
            flow += appendix();
        return flow;
    }

    // Internal editions end with the sign-off record and the evidence index, when there are.
    QList<FlowUnit> appendix()
    {
        QList<FlowUnit> flow;
        const auto section = [&](const QString &id, const QString &title,
                                 const QList<FlowUnit> &body) {
            m_headings.append({id, title, 0});
            flow += m_blocks.heading(title, 0, id, true);
            flow += body;
        };
        if (ReviewAppendix::hasSignOffRecord(m_doc))
            section(QStringLiteral("signoff-record"), ReviewAppendix::signOffTitle(),
                    ReviewAppendix::signOffRecord(m_doc, m_blocks));
        if (ReviewAppendix::hasEvidenceIndex(m_doc))
            section(QStringLiteral("evidence-index"), ReviewAppendix::evidenceTitle(),
                    ReviewAppendix::evidenceIndex(m_doc, m_blocks));
        return flow;
    }

    // Every chapter's blocks, in document order, laid out on all cores: a block's layout
    // depends on the block, the document and the options alone (pure, reentrant; the metric
    // index is built once, under its lock). Each worker has its own layouter, whose table groups
    // start where no other worker's can reach.
    std::vector<QList<FlowUnit>> layOutBlocks() const
    {
        struct Job
        {
            const Block *block;
            QString chapterTitle;
        };
        std::vector<Job> jobs;
        forEachChapter(m_doc.chapters, [&](const ChapterVisit &v) {
            for (const Block &b : v.chapter.blocks)
                jobs.push_back({&b, v.chapter.title});
        });
        std::vector<QList<FlowUnit>> out(jobs.size());
        constexpr int Batch = 32;          // blocks per task: enough work to be worth a thread
        constexpr int GroupsPerBlock = 16; // a block makes one table, a timeline at most a few
        QList<int> batches;
        for (int first = 0; first < int(jobs.size()); first += Batch)
            batches.append(first);
        QtConcurrent::blockingMap(batches, [&](int first) {
            BlockLayouter layouter(m_doc, m_options.edition, m_options.fontFamily, m_geometry);
            layouter.setFirstGroup(first * GroupsPerBlock);
            const int end = std::min<int>(first + Batch, int(jobs.size()));
            for (int i = first; i < end; ++i)
                out[i] = layouter.block(*jobs[i].block, jobs[i].chapterTitle);
        });
        return out;
    }

    // Collects the characters of a unit's text that the font lacks, merged per block.
    void checkCharacters(const FlowUnit &unit, const QString &chapterId, const QString &blockId,
                         const QString &where)
    {
        QString text;
        for (const Primitive &p : unit.primitives)
            if (const auto *t = std::get_if<TextRun>(&p))
                text += t->text;
            else if (const auto *c = std::get_if<ChartBox>(&p))
                text += c->chart.title + c->chart.categories.join(QString());
        const QString missing = m_coverage.missing(text);
        if (missing.isEmpty())
            return;
        auto &list = m_out.missingCharacters;
        if (list.isEmpty() || list.back().chapterId != chapterId || list.back().blockId != blockId)
            list.append({chapterId, blockId, where, {}});
        for (const char32_t c : QStringView(missing).toUcs4())
            if (const QString s = QString::fromUcs4(&c, 1); !list.back().characters.contains(s))
                list.back().characters += s;
    }

    // The cover, the running header and the report notes print these outside any chapter.
    void checkReportDetails()
    {
        const ReportMetadata &m = m_doc.metadata;
        const QString text =
            QStringList{
                m.unitName,           m.reportTitle,        m.scope, m.standards.join(QString()),
                m_doc.signatory.name, m_doc.signatory.title}
                .join(QString());
        if (const QString missing = m_coverage.missing(text); !missing.isEmpty())
            m_out.missingCharacters.append(
                {{},
                 {},
                 tr("the report details (unit, title, scope, standards, signatory)"),
                 missing});
    }

    QList<Heading> tocHeadings() const
    {
        QList<Heading> out;
        for (const Heading &h : m_headings)
            if (h.depth <= m_options.tocDepth)
                out.append(h);
        return out;
    }

    int countTocPages() const
    {
        int pages = 1;
        qreal y = m_content.top() + TocTitleHeight;
        for (const Heading &h : tocHeadings()) {
            if (y + tocLineHeight(h.depth) > m_content.bottom()) {
                ++pages;
                y = m_content.top();
            }
            y += tocLineHeight(h.depth);
        }
        return pages;
    }

    void placePage(const QList<FlowUnit> &flow, const QList<PlacedUnit> &placed, int pageIndex)
    {
        Page page;
        QList<PlacedInfo> infos;
        for (const PlacedUnit &p : placed) {
            const FlowUnit &u = flow[p.unit];
            for (const Primitive &prim : u.primitives)
                page.add(translated(prim, QPointF(0, p.y)));
            infos.append({u.kind, u.chapterId, u.group, p.repeated, u.keepWithNext,
                          QRectF(m_content.left(), p.y, m_content.width(), u.height)});
            if (!u.chapterId.isEmpty() && u.kind == UnitKind::Heading && !p.repeated) {
                m_starts.insert(u.chapterId, {pageIndex, p.y});
                if (const QString status = m_statusLines.value(u.chapterId); !status.isEmpty())
                    page.add(statusMark(status, p.y));
            }
            if (m_out.review && m_unitBlock.contains(p.unit)) {
                QString text;
                for (const Primitive &prim : u.primitives)
                    if (const auto *t = std::get_if<TextRun>(&prim))
                        text += t->text;
                m_out.blockLines.append({m_unitBlock.value(p.unit), pageIndex,
                                         QRectF(m_content.left(), p.y, m_content.width(), u.height),
                                         text});
            }
            if (u.kind == UnitKind::Signature && !m_out.signature) {
                const QRectF r = u.signatureRect.translated(0, p.y);
                m_out.signature = SignatureAnchor{pageIndex, m_out.toPdfRect(r), r};
            }
        }
        m_out.pages.append(page);
        m_out.placed.append(infos);
    }

    void cover()
    {
        Page &page = m_out.pages[0];
        const qreal w = m_geometry.size.width();
        const ReportMetadata &m = m_doc.metadata;
        page.add(Box{QRectF(0, 0, w, 10), HeadingColor, Qt::transparent, 0});
        page.add(Box{QRectF(m_content.left(), 232, m_content.width(), 2), HeadingColor,
                     Qt::transparent, 0});
        page.add(centred(m.unitName, TextStyle::CoverUnit, 290, MutedColor));
        qreal y = 360;
        for (const BrokenLine &l :
             m_breaker.breakLines(m.reportTitle, TextStyle::CoverTitle, m_content.width())) {
            page.add(centred(l.text, TextStyle::CoverTitle, y, HeadingColor));
            y += 44;
        }
        page.add(centred(tr("报告年度 %1").arg(m.year), TextStyle::CoverYear, y + 16, MutedColor));
        page.add(Box{QRectF(m_content.left(), y + 50, m_content.width(), 2), HeadingColor,
                     Qt::transparent, 0});
        if (m_options.edition == Edition::Internal)
            page.add(centred(tr("内部版 Internal — 含保密数据，不得对外公开"), TextStyle::CoverYear,
                             y + 110, InternalColor));
        if (m.periodStart.isValid() && m.periodEnd.isValid())
            page.add(centred(tr("报告期：%1至%2")
                                 .arg(BlockLayouter::formatDate(m.periodStart),
                                      BlockLayouter::formatDate(m.periodEnd)),
                             TextStyle::Body, m_geometry.size.height() - 140, MutedColor));
        if (m_doc.signatory.date.isValid())
            page.add(centred(BlockLayouter::formatDate(m_doc.signatory.date), TextStyle::Body,
                             m_geometry.size.height() - 112, MutedColor));
        page.add(
            Box{QRectF(0, m_geometry.size.height() - 10, w, 10), HeadingColor, Qt::transparent, 0});
    }

    void toc(int tocPages)
    {
        int page = 1;
        qreal y = m_content.top();
        m_out.pages[page].add(centred(tr("目  录"), TextStyle::TocTitle, y + 30, HeadingColor));
        y += TocTitleHeight;
        for (const Heading &h : tocHeadings()) {
            const qreal lh = tocLineHeight(h.depth);
            if (y + lh > m_content.bottom() && page < tocPages) {
                ++page;
                y = m_content.top();
            }
            const auto start = m_starts.value(h.chapterId, {-1, 0});
            const int shown = start.first + 1;
            const TextStyle style = h.depth == 0 ? TextStyle::TocEntry : TextStyle::TocSubEntry;
            const qreal baseline = y + baselineIn(style, lh);
            const qreal indent = h.depth * 2 * pointSize(TextStyle::TocSubEntry);
            const QString number = QString::number(shown);
            const qreal numberWidth = m_breaker.width(number, style);
            const qreal maxText = m_content.width() - indent - numberWidth - 30;
            TextRun text =
                run(m_breaker.elide(h.text, style, maxText), style,
                    {m_content.left() + indent, baseline}, h.depth == 0 ? HeadingColor : Qt::black);
            TextRun num = run(number, style, {m_content.right() - numberWidth, baseline});
            Page &p = m_out.pages[page];
            p.add(text);
            p.add(Rule{QLineF(text.baseline.x() + text.width + 6, baseline - 1,
                              num.baseline.x() - 6, baseline - 1),
                       1.0, MutedColor, true});
            p.add(num);
            m_out.toc.append({h.chapterId, h.depth, shown, page,
                              QRectF(m_content.left(), y, m_content.width(), lh)});
            y += lh;
        }
        for (const Heading &h : m_headings) {
            const auto start = m_starts.value(h.chapterId, {-1, 0});
            m_out.chapters.append({h.chapterId, h.text, h.depth, start.first, start.second});
        }
    }

    void fillPageCount()
    {
        const QString count = QString::number(m_out.pages.size());
        for (Page &page : m_out.pages)
            for (Primitive &p : page.primitives)
                if (auto *t = std::get_if<TextRun>(&p); t && t->text.contains(PageCountField)) {
                    t->text.replace(PageCountField, count);
                    t->width = m_breaker.width(t->text, t->style);
                }
    }

    // The review edition's status line, right-aligned just above the chapter heading.
    // Review edition: a bar in the left margin along every printed line of a block changed
    // since its chapter's approval, and a note saying who approved what, when.
    void markChanges()
    {
        const QList<PageNote> changes = ReviewNotes::changes(m_doc, m_out);
        if (changes.isEmpty())
            return;
        QSet<QString> changed;
        forEachChapter(m_doc.chapters, [&](const ChapterVisit &v) {
            for (const QString &id : ReviewWorkflow::blocksChangedSinceApproval(m_doc, v.chapter))
                changed.insert(id);
        });
        for (const BlockLine &l : std::as_const(m_out.blockLines))
            if (changed.contains(l.blockId))
                m_out.pages[l.page].add(Box{
                    QRectF(m_content.left() - 6, l.rect.top(), 2.5, l.rect.height()), ChangeColor});
        m_out.notes += changes;
    }

    TextRun statusMark(const QString &status, qreal headingTop) const
    {
        TextRun r = run(m_breaker.elide(status, TextStyle::Footer, m_content.width() * 0.8),
                        TextStyle::Footer, {0, headingTop - 3}, InternalColor);
        r.baseline.setX(m_content.right() - r.width);
        return r;
    }

    TextRun internalMark(qreal baseline) const
    {
        const QString mark = tr("内部版 Internal");
        TextRun r = run(mark, TextStyle::InternalMark, {0, baseline}, InternalColor);
        r.baseline.setX(m_content.right() - r.width);
        return r;
    }

    void headerAndFooter(int index)
    {
        Page &page = m_out.pages[index];
        const qreal hb = m_geometry.headerBaseline;
        qreal room = m_content.width();
        if (m_options.edition == Edition::Internal) {
            const TextRun mark = internalMark(hb);
            page.add(mark);
            room -= mark.width + 12;
        }
        const ReportMetadata &m = m_doc.metadata;
        const QString title =
            QStringList{m.unitName, m.reportTitle}.join(QLatin1Char(' ')).trimmed();
        page.add(run(m_breaker.elide(title, TextStyle::RunningHeader, room),
                     TextStyle::RunningHeader, {m_content.left(), hb}, MutedColor));
        page.add(
            Rule{QLineF(m_content.left(), hb + 7, m_content.right(), hb + 7), 0.5, MutedColor});
        const QString folio = QStringLiteral("%1 / %2").arg(index + 1).arg(m_out.pages.size());
        page.add(centred(folio, TextStyle::Footer, m_geometry.footerBaseline, MutedColor));
    }

    const Document &m_doc;
    LayoutOptions m_options;
    PageGeometry m_geometry;
    QRectF m_content;
    TextBreaker m_breaker;
    BlockLayouter m_blocks;
    FontCoverage m_coverage;
    PageLayout m_out;
    QList<Heading> m_headings;
    QHash<QString, QPair<int, qreal>> m_starts; // chapter id -> page, y
    QHash<int, QString> m_unitBlock;            // flow unit index -> its block's id
    QHash<QString, QString> m_statusLines;      // review edition: chapter id -> status
};

} // namespace

PageLayout LayoutEngine::layout(const Document &doc, const LayoutOptions &options)
{
    return Builder(doc, options).build();
}

} // namespace csr::print
