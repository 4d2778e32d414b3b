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

// Stands in for the page count in the report notes until pagination knows it.
const QString PageCountField = QString(QChar(0xE000));

const QString NotesKey = QStringLiteral("notes");

// The rectangle of `box` that shows a picture of `pixels` whole, centred, in its proportions.
QRectF fitted(const QRectF &box, const QSize &pixels)
{
    QSizeF size(pixels);
    size.scale(box.size(), Qt::KeepAspectRatio);
    return QRectF(box.center().x() - size.width() / 2, box.center().y() - size.height() / 2,
                  size.width(), size.height());
}

class Builder
{
    Q_DECLARE_TR_FUNCTIONS(csr::print::LayoutEngine)

public:
    Builder(const Document &doc, const LayoutOptions &options)
        : m_doc(doc), m_options(options), m_style(options.style), m_geometry(options.style.page),
          m_content(options.style.page.content()),
          m_breaker(options.fontFamily, options.style.type),
          m_blocks(doc, options.edition, options.fontFamily, options.style),
          m_coverage(options.fontFamily),
          m_wording(options.wording ? *options.wording
                                    : ReportWording::builtIn(doc.metadata.language))
    {
        m_blocks.setWording(m_wording);
        m_out.wording = m_wording;
        // Above the groups of the parallel block layout (layOutBlocks).
        m_blocks.setFirstGroup(1 << 30);
        m_out.geometry = m_geometry;
        m_out.style = m_style;
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
        const QString what = m_wording.text(m_options.edition == Edition::Public
                                                ? QStringLiteral("attachment.public")
                                                : QStringLiteral("attachment.internal"));
        m_out.attachments.append({openDataFileName(data, QStringLiteral("csv")),
                                  QStringLiteral("text/csv"), openDataCsv(data),
                                  QStringLiteral("Data"), what.arg(QStringLiteral("CSV"))});
        m_out.attachments.append({openDataFileName(data, QStringLiteral("json")),
                                  QStringLiteral("application/json"), openDataJson(data),
                                  QStringLiteral("Data"), what.arg(QStringLiteral("JSON"))});
    }

    struct Heading
    {
        QString chapterId;
        QString text;
        int depth;
    };

    qreal tocLineHeight(int depth) const
    {
        return depth == 0 ? m_style.spacing.tocLineHeight : m_style.spacing.tocSubLineHeight;
    }

    qreal baselineIn(TextStyle style, qreal lineHeight) const
    {
        return print::baselineIn(style, lineHeight, m_style.type);
    }

    TextRun run(const QString &text, TextStyle style, QPointF baseline,
                std::optional<QColor> color = {}) const
    {
        TextRun r;
        r.baseline = baseline;
        r.text = text;
        r.style = style;
        r.width = m_breaker.width(text, style);
        r.color = color.value_or(m_style.colors.body);
        return r;
    }

    TextRun centred(const QString &text, TextStyle style, qreal baseline,
                    std::optional<QColor> color = {}) const
    {
        TextRun r = run(text, style, {0, baseline}, color);
        r.baseline.setX(m_geometry.size.width() / 2 - r.width / 2);
        return r;
    }

    QList<FlowUnit> notesMetadata() const
    {
        const ReportMetadata &m = m_doc.metadata;
        const ReportWording &w = m_wording;
        QList<FlowUnit> units;
        if (m.periodStart.isValid() || m.periodEnd.isValid())
            units += m_blocks.labelled(w.text(QStringLiteral("notes.period")),
                                       w.dateRange(m.periodStart, m.periodEnd));
        if (!m.scope.trimmed().isEmpty())
            units += m_blocks.labelled(w.text(QStringLiteral("notes.scope")), m.scope.trimmed());
        units += m_blocks.labelled(w.text(QStringLiteral("notes.length")),
                                   w.text(QStringLiteral("notes.pages")).arg(PageCountField));
        QStringList standards;
        for (const QString &s : m.standards) {
            const QString t = s.trimmed();
            if (!t.isEmpty())
                standards << (t.startsWith(QStringLiteral("《"))
                                  ? t
                                  : w.text(QStringLiteral("notes.standard")).arg(t));
        }
        if (!standards.isEmpty())
            units +=
                m_blocks.labelled(w.text(QStringLiteral("notes.standards")),
                                  standards.join(w.text(QStringLiteral("notes.standardsJoin"))));
        return units;
    }

    QList<FlowUnit> bodyFlow()
    {
        QList<FlowUnit> flow;
        const bool hasNotes = std::any_of(m_doc.chapters.begin(), m_doc.chapters.end(),
                                          [](const Chapter &c) { return c.key == NotesKey; });
        if (!hasNotes) {
            // The guideline requires the notes; a report without the chapter still gets them.
            const QString title = m_wording.text(QStringLiteral("notes.title"));
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
                for (const FlowUnit &u : units) {
                    checkCharacters(u, v.chapter.id, b.id, tr("%1, block %2").arg(text).arg(i + 1));
                    if (!u.problem.isEmpty())
                        m_out.warnings << tr("The photo in %1, block %2 (%3) is printed as an "
                                             "empty frame: %4")
                                              .arg(text)
                                              .arg(i + 1)
                                              .arg(std::get<Photo>(b.content).caption, u.problem);
                }
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
                m_statusLines.insert(v.chapter.id,
                                     ReviewAppendix::statusLine(m_doc, v.chapter, m_wording));
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
            section(QStringLiteral("signoff-record"),
                    m_wording.text(QStringLiteral("review.signOffTitle")),
                    ReviewAppendix::signOffRecord(m_doc, m_blocks));
        if (ReviewAppendix::hasEvidenceIndex(m_doc))
            section(QStringLiteral("evidence-index"),
                    m_wording.text(QStringLiteral("review.evidenceTitle")),
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
            int figure; // a photo's printed number
        };
        std::vector<Job> jobs;
        const QHash<QString, int> figures = photoNumbers(m_doc);
        forEachChapter(m_doc.chapters, [&](const ChapterVisit &v) {
            for (const Block &b : v.chapter.blocks)
                jobs.push_back({&b, v.chapter.title, figures.value(b.id)});
        });
        std::vector<QList<FlowUnit>> out(jobs.size());
        constexpr int Batch = 32;          // blocks per task: enough work to be worth a thread
        constexpr int GroupsPerBlock = 16; // a block makes one table, a timeline at most a few
        QList<int> batches;
        for (int first = 0; first < int(jobs.size()); first += Batch)
            batches.append(first);
        QtConcurrent::blockingMap(batches, [&](int first) {
            BlockLayouter layouter(m_doc, m_options.edition, m_options.fontFamily, m_style);
            layouter.setWording(m_wording);
            layouter.setFirstGroup(first * GroupsPerBlock);
            const int end = std::min<int>(first + Batch, int(jobs.size()));
            for (int i = first; i < end; ++i)
                out[i] = layouter.block(*jobs[i].block, jobs[i].chapterTitle, jobs[i].figure);
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
        const int levels =
            std::clamp(m_options.tocDepth > 0 ? m_options.tocDepth : m_doc.metadata.tocDepth,
                       int(ReportMetadata::MinTocDepth), int(ReportMetadata::MaxTocDepth));
        QList<Heading> out;
        for (const Heading &h : m_headings)
            if (h.depth < levels)
                out.append(h);
        return out;
    }

    int countTocPages() const
    {
        int pages = 1;
        qreal y = m_content.top() + m_style.spacing.tocTitleHeight;
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

    // A line of the cover: centred, or from the left margin, as the style sets it.
    TextRun coverLine(const QString &text, TextStyle style, qreal baseline, QColor color) const
    {
        if (m_style.cover.centred)
            return centred(text, style, baseline, color);
        return run(text, style, {m_content.left(), baseline}, color);
    }

    void picture(Page &page, const StyleImage &image, const QRectF &box) const
    {
        if (!image.isNull() && !box.isEmpty())
            page.add(ImageBox{fitted(box, image.pixels), image.bytes, image.mimeType, {}, {}});
    }

    // The printed words here (报告年度, 发布日期, 报告期, 内部版) are the wording tables' to take
    // over (ReportWording); they stay tr() until then.
    void cover()
    {
        Page &page = m_out.pages[0];
        const CoverLayout &c = m_style.cover;
        const StyleColors &colors = m_style.colors;
        const qreal w = m_geometry.size.width();
        const qreal h = m_geometry.size.height();
        const ReportMetadata &m = m_doc.metadata;
        picture(page, c.image, c.imageRect);
        if (c.bandHeight > 0)
            page.add(Box{QRectF(0, 0, w, c.bandHeight), colors.accent, Qt::transparent, 0});
        picture(page, c.logo, c.logoRect);
        if (c.topRuleY > 0)
            page.add(Box{QRectF(m_content.left(), c.topRuleY, m_content.width(), 2), colors.accent,
                         Qt::transparent, 0});
        page.add(coverLine(m.unitName, TextStyle::CoverUnit, c.unitY, colors.muted));
        qreal y = c.titleY;
        for (const BrokenLine &l :
             m_breaker.breakLines(m.reportTitle, TextStyle::CoverTitle, m_content.width())) {
            page.add(coverLine(l.text, TextStyle::CoverTitle, y, colors.heading));
            y += c.titleLineHeight;
        }
        const ReportWording &words = m_wording;
        // The year once: a title that names it ("2024 年度社会责任报告") needs no year line.
        if (m.year > 0 && !m.reportTitle.contains(QString::number(m.year)))
            page.add(coverLine(words.text(QStringLiteral("cover.year")).arg(m.year),
                               TextStyle::CoverYear, y + 16, colors.muted));
        if (c.topRuleY > 0)
            page.add(Box{QRectF(m_content.left(), y + 50, m_content.width(), 2), colors.accent,
                         Qt::transparent, 0});
        if (m_options.edition == Edition::Internal)
            page.add(coverLine(words.text(QStringLiteral("cover.internal")), TextStyle::CoverYear,
                               y + 110, colors.internal));
        if (m.periodStart.isValid() && m.periodEnd.isValid())
            page.add(coverLine(words.text(QStringLiteral("cover.period"))
                                   .arg(words.dateRange(m.periodStart, m.periodEnd)),
                               TextStyle::Body, h - c.periodFromBottom, colors.muted));
        // The statement's date is the report's publication date; it says so.
        if (m_doc.signatory.date.isValid())
            page.add(coverLine(
                words.text(QStringLiteral("cover.published")).arg(words.date(m_doc.signatory.date)),
                TextStyle::Body, h - c.dateFromBottom, colors.muted));
        if (c.bandHeight > 0)
            page.add(Box{QRectF(0, h - c.bandHeight, w, c.bandHeight), colors.accent,
                         Qt::transparent, 0});
    }

    void toc(int tocPages)
    {
        int page = 1;
        qreal y = m_content.top();
        m_out.pages[page].add(centred(m_wording.text(QStringLiteral("toc.title")),
                                      TextStyle::TocTitle, y + 30, m_style.colors.heading));
        y += m_style.spacing.tocTitleHeight;
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
            const qreal indent = h.depth * 2 * m_style.type.size(TextStyle::TocSubEntry);
            const QString number = QString::number(shown);
            const qreal numberWidth = m_breaker.width(number, style);
            const qreal maxText = m_content.width() - indent - numberWidth - 30;
            TextRun text = run(m_breaker.elide(h.text, style, maxText), style,
                               {m_content.left() + indent, baseline},
                               h.depth == 0 ? m_style.colors.heading : m_style.colors.body);
            TextRun num = run(number, style, {m_content.right() - numberWidth, baseline});
            Page &p = m_out.pages[page];
            p.add(text);
            p.add(Rule{QLineF(text.baseline.x() + text.width + 6, baseline - 1,
                              num.baseline.x() - 6, baseline - 1),
                       1.0, m_style.colors.muted, true});
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
                m_out.pages[l.page].add(
                    Box{QRectF(m_content.left() - 6, l.rect.top(), 2.5, l.rect.height()),
                        m_style.colors.change});
        m_out.notes += changes;
    }

    TextRun statusMark(const QString &status, qreal headingTop) const
    {
        TextRun r = run(m_breaker.elide(status, TextStyle::Footer, m_content.width() * 0.8),
                        TextStyle::Footer, {0, headingTop - 3}, m_style.colors.internal);
        r.baseline.setX(m_content.right() - r.width);
        return r;
    }

    TextRun internalMark(qreal baseline) const
    {
        const QString mark = m_wording.text(QStringLiteral("edition.mark"));
        TextRun r = run(mark, TextStyle::InternalMark, {0, baseline}, m_style.colors.internal);
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
        const HeaderFooter &shown = m_style.header;
        const QColor muted = m_style.colors.muted;
        const QString title = QStringList{shown.unitName ? m.unitName : QString(),
                                          shown.reportTitle ? m.reportTitle : QString()}
                                  .join(QLatin1Char(' '))
                                  .trimmed();
        if (!title.isEmpty())
            page.add(run(m_breaker.elide(title, TextStyle::RunningHeader, room),
                         TextStyle::RunningHeader, {m_content.left(), hb}, muted));
        if (shown.rule)
            page.add(Rule{QLineF(m_content.left(), hb + 7, m_content.right(), hb + 7), 0.5, muted});
        if (shown.pageNumbers) {
            const QString folio =
                m_wording.format(QStringLiteral("page.folio"),
                                 {QString::number(index + 1), QString::number(m_out.pages.size())});
            page.add(centred(folio, TextStyle::Footer, m_geometry.footerBaseline, muted));
        }
    }

    const Document &m_doc;
    LayoutOptions m_options;
    PrintStyle m_style;
    PageGeometry m_geometry;
    QRectF m_content;
    TextBreaker m_breaker;
    BlockLayouter m_blocks;
    FontCoverage m_coverage;
    ReportWording m_wording;
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
