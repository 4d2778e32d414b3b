#include "ChartPreview.h"

#include "ChartBuilder.h"
#include "ReportFont.h"
#include "ReportPeriod.h"
#include "ReportSession.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QVBoxLayout>

namespace csr::ui {

ChartPreview::ChartPreview(ReportSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_layout(new QVBoxLayout(this)),
      m_placeholder(new QLabel(this))
{
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_layout->addWidget(m_placeholder);
    m_layout->addStretch();
    // What charts show: figures, tables and timelines, and the year (events per month). Prose
    // shows in none: a keystroke in a paragraph recomputes nothing here.
    connect(session, &ReportSession::metricEdited, this, &ChartPreview::figureEdited);
    connect(session, &ReportSession::metricListReplaced, this, [this] { rebuild(false); });
    connect(session, &ReportSession::metadataChanged, this, [this] { rebuild(false); });
    connect(session, &ReportSession::documentReset, this, [this] { rebuild(false); });
    connect(session, &ReportSession::blockChanged, this, [this](const QString &id) {
        const Block *b = m_session->findBlock(id);
        const Chapter *c = m_session->chapterOfBlock(id);
        if (b && c && c->id == m_chapterId && b->kind() != BlockKind::Paragraph)
            rebuild(false);
    });
    retranslate();
}

void ChartPreview::setChapter(const QString &chapterId)
{
    m_chapterId = chapterId;
    rebuild(true);
}

QList<QChart *> ChartPreview::charts() const
{
    QList<QChart *> out;
    for (QChartView *v : m_views)
        out << v->chart();
    return out;
}

void ChartPreview::retranslate()
{
    rebuild(true);
}

void ChartPreview::figureEdited(const QString &metricId)
{
    // Only the charts of tables listing the figure can change: a chapter of fifty tables
    // recomputes one or two.
    const Chapter *c = m_session ? m_session->document().findChapter(m_chapterId) : nullptr;
    if (!c)
        return;
    qsizetype chart = 0;
    for (const Block &b : c->blocks) {
        if (const auto *t = std::get_if<MetricTable>(&b.content)) {
            if (t->chart == ChartType::None)
                continue;
            if (t->metricIds.contains(metricId) && chart < m_data.size()) {
                ChartData data = chartForTable(m_session->document(), *t, Edition::Public);
                if (!(data == m_data.at(chart))) {
                    QChartView *view = m_views.at(chart);
                    // New values in the same chart when only values changed; else a new one.
                    if (!print::updateChart(*view->chart(), m_data.at(chart), data)) {
                        QChart *old = view->chart();
                        view->setChart(print::buildChart(data, style()).release());
                        delete old;
                    }
                    m_data[chart] = std::move(data);
                }
            }
            ++chart;
        } else if (const auto *tl = std::get_if<Timeline>(&b.content); tl && tl->showChart) {
            ++chart;
        }
    }
}

print::ChartStyle ChartPreview::style() const
{
    // The print engine's builder, so preview and paper draw a chart the same way; only the
    // sizes are for the screen.
    print::ChartStyle style;
    // The builder turns font merging off (the PDF must never fall back), so the preview must
    // name a CJK font too: the report font, else the widget's own when it is missing.
    const print::ReportFont reportFont = print::ReportFont::load();
    style.fontFamily = reportFont.ok() ? reportFont.family : font().family();
    style.labelPixelSize = std::max(10, fontMetrics().height() * 2 / 3);
    style.titlePixelSize = style.labelPixelSize + 3;
    // The chart's title reads as on paper: in the report's language, not the UI's.
    if (m_session)
        style.wording = print::ReportWording::builtIn(m_session->document().metadata.language);
    return style;
}

void ChartPreview::rebuild(bool all)
{
    QList<ChartData> data;
    if (m_session) {
        const Document &doc = m_session->document();
        if (const Chapter *c = doc.findChapter(m_chapterId)) {
            for (const Block &b : c->blocks) {
                if (const auto *t = std::get_if<MetricTable>(&b.content)) {
                    if (t->chart != ChartType::None)
                        data << chartForTable(doc, *t, Edition::Public);
                } else if (const auto *tl = std::get_if<Timeline>(&b.content)) {
                    if (tl->showChart)
                        data << chartForTimeline(*tl, reportPeriod(doc.metadata));
                }
            }
        }
    }
    const print::ChartStyle style = this->style();
    // Reuse views so the dock does not flicker; a QChartView owns and deletes its old chart.
    while (m_views.size() > data.size())
        delete m_views.takeLast();
    // Building a QChart is the expensive part: only a chart whose data changed is rebuilt (a
    // keystroke in prose rebuilds none, a figure's edit only the tables listing it).
    const qsizetype unchanged = all ? 0 : m_views.size();
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (i == m_views.size()) {
            auto *view = new QChartView(this);
            view->setRenderHint(QPainter::Antialiasing);
            view->setMinimumHeight(260);
            m_layout->insertWidget(int(i) + 1, view);
            m_views << view;
        } else if (i < unchanged && i < m_data.size() && m_data.at(i) == data.at(i)) {
            continue;
        }
        QChart *old = m_views.at(i)->chart();
        m_views.at(i)->setChart(print::buildChart(data.at(i), style).release());
        delete old;
    }
    m_data = data;
    // With no chapter open (no report, or none chosen) there is nothing to say about charts.
    const bool chapterOpen = m_session && m_session->document().findChapter(m_chapterId);
    m_placeholder->setText(chapterOpen ? tr("This chapter has no charts. Metric tables and "
                                            "timelines are charted here as you type.")
                                       : QString());
    m_placeholder->setVisible(m_data.isEmpty());
}

} // namespace csr::ui
