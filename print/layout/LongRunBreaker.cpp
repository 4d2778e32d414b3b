#include "LongRunBreaker.h"

#include "TextBreaker.h"

#include <QTextBoundaryFinder>

namespace csr::print::LongRunBreaker {

bool needed(const QString &text)
{
    if (text.size() <= LongRun)
        return false;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
    qsizetype last = 0;
    for (qsizetype at = finder.toNextBoundary(); at != -1; at = finder.toNextBoundary()) {
        if (at - last > LongRun)
            return true;
        last = at;
    }
    return false;
}

namespace {

class Filler
{
public:
    Filler(const QString &text, const QFontMetricsF &metrics, qreal width, qreal firstIndent)
        : m_text(text), m_metrics(metrics), m_width(width), m_room(width - firstIndent)
    {
    }

    // One stretch between two break opportunities: on this line if it fits, else on the next,
    // and broken anywhere if it is wider than a whole line.
    void addSegment(qsizetype start, qsizetype end)
    {
        qsizetype visibleEnd = end;
        while (visibleEnd > start && m_text.at(visibleEnd - 1).isSpace())
            --visibleEnd;
        const qreal visible = advance(start, visibleEnd);
        if (m_lineStart < start && m_lineWidth + visible > m_room)
            finishLine(start);
        if (m_lineWidth + visible <= m_room)
            m_lineWidth += advance(start, end);
        else
            addAnywhere(start, end);
    }

    QList<BrokenLine> finish()
    {
        if (m_lineStart < m_text.size())
            finishLine(m_text.size());
        return std::move(m_lines);
    }

private:
    qreal advance(qsizetype start, qsizetype end) const
    {
        return m_metrics.horizontalAdvance(m_text.mid(start, end - start));
    }

    // Grapheme cluster by grapheme cluster, each one's own advance: linear in the run.
    void addAnywhere(qsizetype start, qsizetype end)
    {
        QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, m_text);
        graphemes.setPosition(start);
        qsizetype at = start;
        while (at < end) {
            qsizetype next = graphemes.toNextBoundary();
            if (next == -1 || next > end)
                next = end;
            const qreal w =
                next - at == 1 ? m_metrics.horizontalAdvance(m_text.at(at)) : advance(at, next);
            if (m_lineStart < at && m_lineWidth + w > m_room && !m_text.at(at).isSpace())
                finishLine(at);
            m_lineWidth += w;
            at = next;
        }
    }

    void finishLine(qsizetype end)
    {
        BrokenLine line;
        line.text = m_text.mid(m_lineStart, end - m_lineStart);
        while (!line.text.isEmpty() && line.text.back().isSpace())
            line.text.chop(1);
        line.naturalWidth = m_metrics.horizontalAdvance(line.text);
        line.width = line.naturalWidth;
        m_lines.append(line);
        m_lineStart = end;
        m_lineWidth = 0;
        m_room = m_width;
    }

    const QString &m_text;
    const QFontMetricsF &m_metrics;
    const qreal m_width;
    qreal m_room;
    qsizetype m_lineStart = 0;
    qreal m_lineWidth = 0;
    QList<BrokenLine> m_lines;
};

} // namespace

QList<BrokenLine> breakLines(const QString &text, const QFontMetricsF &metrics, qreal width,
                             qreal firstIndent)
{
    Filler filler(text, metrics, width, firstIndent);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
    qsizetype last = 0;
    for (qsizetype at = finder.toNextBoundary(); at != -1; at = finder.toNextBoundary()) {
        if (at > last)
            filler.addSegment(last, at);
        last = at;
    }
    if (last < text.size())
        filler.addSegment(last, text.size());
    return filler.finish();
}

} // namespace csr::print::LongRunBreaker
