#include "ReportImport.h"

#include "CjkText.h"
#include "ImportedFigures.h"
#include "Metric.h"
#include "ReportText.h"
#include "Template.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <utility>

namespace csr {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::ReportImport)
};

// Dice coefficient over character bigrams (single characters for one-letter titles).
double similarity(const QString &a, const QString &b)
{
    const QString x = letters(a), y = letters(b);
    if (x.isEmpty() || y.isEmpty())
        return 0;
    if (x == y)
        return 1;
    auto grams = [](const QString &s) {
        QStringList g;
        if (s.size() == 1)
            g << s;
        for (qsizetype i = 0; i + 1 < s.size(); ++i)
            g << s.mid(i, 2);
        return g;
    };
    QStringList ga = grams(x), gb = grams(y);
    const qsizetype total = ga.size() + gb.size();
    int common = 0;
    for (const QString &g : ga)
        if (const qsizetype at = gb.indexOf(g); at >= 0) {
            gb.removeAt(at);
            ++common;
        }
    return 2.0 * common / total;
}

struct Section
{
    int rank = -1;
    QString title;
    QStringList paragraphs;
    QList<Section> children;
};

// A printed table's row that only the layout made: a chart's axis (numbers, months) or, among
// dated events, the timeline's header.
bool isLayoutRow(const QString &paragraph, bool dated)
{
    if (!paragraph.contains(QLatin1Char('\t')))
        return false;
    static const QRegularExpression axis(QStringLiteral("^(\\d+(\\.\\d+)?|\\d{1,2}\\s*月)$"));
    static const QStringList header{QStringLiteral("日期"), QStringLiteral("时间"),
                                    QStringLiteral("事项"), QStringLiteral("内容"),
                                    QStringLiteral("媒体")};
    // A metric table's header: 指标 | 2023年 | 单位.
    static const QRegularExpression metricHeader(
        QStringLiteral("^(指标|项目|名称|数值|单位|\\d{4}\\s*年?(度)?)$"));
    bool allAxis = true, allHeader = true, allMetricHeader = true;
    for (const QString &cell : paragraph.split(QLatin1Char('\t'))) {
        allAxis = allAxis && axis.match(cell.trimmed()).hasMatch();
        allHeader = allHeader && header.contains(letters(cell));
        allMetricHeader = allMetricHeader && metricHeader.match(cell.trimmed()).hasMatch();
    }
    return allAxis || allMetricHeader || (dated && allHeader);
}

// A report has a few thousand paragraphs at most; far more is no report.
constexpr qsizetype MaxImportParagraphs = 100000;

// A report quotes a few hundred figures; far more is no report (or a table dump).
constexpr qsizetype MaxImportedFigures = 5000;

const QString Units = QStringLiteral(
    "万线对公里|万元/年|平方公里|平方米|千瓦时|万千瓦时|人次|批次|个月|万元|亿元|小时|名|人|个|"
    "家|场|次|件|天|元|吨|%|％|项|线|条|岁|架|套|单|篇|封|户|台|位|支");

struct Importer
{
    Document doc;
    int year = 0;
    QHash<QString, int> idCounts;

    QString newMetricId(const QString &keyPrefix)
    {
        const QString base = keyPrefix.isEmpty() ? QStringLiteral("imported") : keyPrefix;
        return QStringLiteral("%1.f%2").arg(base).arg(++idCounts[base]);
    }

    // A metric table's row "label | value unit" or "label | value | unit": its metric.
    std::optional<Metric> metricRow(const QString &row, const QString &keyPrefix)
    {
        const QStringList cells = row.split(QLatin1Char('\t'));
        if (cells.size() < 2 || cells.size() > 4 || doc.metrics.size() >= MaxImportedFigures)
            return std::nullopt;
        static const QRegularExpression value(QStringLiteral("^(\\d+(?:\\.\\d+)?|\\*\\*)\\s*(") +
                                              Units + QStringLiteral(")$"));
        const auto m = value.match(cells.mid(1).join(QLatin1Char(' ')).simplified());
        const QString label = cells.first().simplified();
        if (!m.hasMatch() || label.isEmpty() || !label.front().isLetter() || widthOf(label) > 60)
            return std::nullopt;
        Metric metric = figure(m.captured(1), m.captured(2));
        metric.id = newMetricId(keyPrefix);
        metric.label = label;
        return metric;
    }

    // A figure as written: "**" is masked, a value keeps the decimals it was printed with.
    static Metric figure(const QString &number, const QString &unit)
    {
        Metric metric;
        metric.unit = unit == QStringLiteral("％") ? QStringLiteral("%") : unit;
        if (number == QLatin1String("**")) {
            metric.confidential = true;
        } else {
            metric.value = number.toDouble();
            const qsizetype dot = number.indexOf(QLatin1Char('.'));
            metric.decimals = dot < 0 ? -1 : int(number.size() - dot - 1);
            if (metric.decimals >= 0 && !number.endsWith(QLatin1Char('0')))
                metric.decimals = -1;
        }
        return metric;
    }

    // Figures in `text` become metrics; the text quotes them so it prints unchanged. Between
    // the number and its unit may stand 余 ("300 余人") or a measure word ("23个批次").
    QString extractFigures(const QString &text, const QString &keyPrefix)
    {
        static const QRegularExpression re(
            QStringLiteral(
                "(?<![0-9.A-Za-z])(\\d+(?:\\.\\d+)?|\\*\\*)(\\s*(?:余\\s*)?(?:个(?=批次))?)(") +
            Units + QStringLiteral(")"));
        QString result;
        qsizetype from = 0;
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            // Bounded work and memory: past the limit, figures stay plain text (prints the same).
            if (doc.metrics.size() >= MaxImportedFigures)
                break;
            Metric metric = figure(m.captured(1), m.captured(3));
            metric.id = newMetricId(keyPrefix);
            if (metric.value)
                metric.previousValue = lastYearFromComparison(text.mid(m.capturedEnd(0), 40),
                                                              *metric.value, metric.unit);
            // The label: the words before the figure within its clause.
            // A bounded window: a huge paragraph full of figures stays linear.
            const qsizetype windowStart = std::max<qsizetype>(0, m.capturedStart(1) - 40);
            const QString before = text.mid(windowStart, m.capturedStart(1) - windowStart);
            static const QRegularExpression clause(QStringLiteral("[，。；、：,;:（）()“”]"));
            const qsizetype cut = before.lastIndexOf(clause);
            QString label = before.mid(cut + 1).trimmed();
            static const QRegularExpression filler(
                QStringLiteral("(共计|累计|超过|约|达到|达|为|共|有|近|逾)+\\s*$"));
            label.remove(filler);
            metric.label = label.right(16).trimmed();
            doc.metrics.append(metric);
            result += text.mid(from, m.capturedStart(1) - from);
            result += QStringLiteral("{{%1}}").arg(metric.id);
            from = m.capturedStart(2);
        }
        result += text.mid(from);
        return result;
    }

    Block paragraphBlock(const QString &text, const QString &key)
    {
        Block b;
        b.content = Paragraph{extractFigures(text, key)};
        return b;
    }

    TimelineEntry timelineEntry(const QString &para, const QDate &date, qsizetype dateLength,
                                const QString &category)
    {
        TimelineEntry e;
        e.date = date;
        e.category = category;
        if (const QStringList cells = para.mid(dateLength).split(QLatin1Char('\t'));
            cells.size() >= 2) {
            // A printed timeline's row: date (and its note), event, outlet.
            static const QRegularExpression note(QStringLiteral("^[（(]([^）)]{1,12})[）)]$"));
            if (const auto m = note.match(cells.at(0).trimmed()); m.hasMatch())
                e.note = m.captured(1);
            e.title = stripEnd(cells.at(1));
            if (cells.size() >= 3)
                e.outlet = cells.at(2).trimmed();
            return e;
        }
        QString rest = para.mid(dateLength).trimmed();
        static const QRegularExpression note(QStringLiteral("^[（(]([^）)]{1,12})[）)]"));
        if (const auto m = note.match(rest); m.hasMatch()) {
            e.note = m.captured(1);
            rest = rest.mid(m.capturedLength(0));
        }
        while (!rest.isEmpty() && QStringLiteral("，,、 ").contains(rest.front()))
            rest.remove(0, 1);
        static const QRegularExpression outlet(QStringLiteral(
            "^(《[^》]{1,30}》|“[^”]{1,30}”(?:微信)?公众号|\\S{1,12}电视台)\\s*(?:报道)?"));
        if (const auto m = outlet.match(rest); m.hasMatch()) {
            e.outlet = m.captured(1);
            rest = rest.mid(m.capturedLength(0));
        }
        e.title = stripEnd(rest);
        return e;
    }

    // A chart's bar label printed under a table: "label | number", the label a metric's.
    bool isChartBar(const QString &row) const
    {
        const QStringList cells = row.split(QLatin1Char('\t'));
        static const QRegularExpression number(QStringLiteral("^\\d+(\\.\\d+)?$"));
        if (cells.size() != 2 || !number.match(cells.at(1).trimmed()).hasMatch() ||
            cells.at(0).trimmed().isEmpty())
            return false;
        const QString label = cells.at(0).trimmed();
        return std::any_of(doc.metrics.begin(), doc.metrics.end(), [&](const Metric &m) {
            return !m.label.isEmpty() && (m.label.startsWith(label) || label.startsWith(m.label));
        });
    }

    // Fills `chapter` (a template chapter or a new one) with the section's paragraphs.
    void fill(Chapter &chapter, const Section &s)
    {
        QList<Block> blocks;
        ItemList *list = nullptr;
        Timeline *timeline = nullptr;
        for (Block &b : chapter.blocks) {
            if (auto *l = std::get_if<ItemList>(&b.content))
                list = l;
            if (auto *t = std::get_if<Timeline>(&b.content))
                timeline = t;
        }
        const bool dated = chapter.key.contains(QLatin1String("leadership")) ||
                           chapter.key.contains(QLatin1String("media")) || timeline;
        QStringList prose;
        QList<Block> tables;
        bool inTable = false;
        const QString key = chapter.key.isEmpty() ? chapter.id : chapter.key;
        for (const QString &p : s.paragraphs) {
            const bool wasInTable = std::exchange(inTable, false);
            if (isLayoutRow(p, dated) || isChartBar(p)) {
                inTable = wasInTable;
                continue;
            }
            if (std::optional<Metric> row = metricRow(p, key)) {
                if (!wasInTable) {
                    // A short line without a full stop or figure just above the rows is the table's
                    // title.
                    MetricTable t;
                    static const QRegularExpression sentence(QStringLiteral("[。；，：:0-9]"));
                    if (!prose.isEmpty() && widthOf(prose.last()) <= 40 &&
                        !prose.last().contains(sentence))
                        t.title = prose.takeLast();
                    Block b;
                    b.content = t;
                    tables << b;
                }
                inTable = true;
                std::get<MetricTable>(tables.last().content).metricIds << row->id;
                doc.metrics.append(*row);
                continue;
            }
            qsizetype length = 0;
            bool yearGiven = true;
            const QDate date = dated ? leadingDate(p, year, &length, &yearGiven) : QDate();
            if (date.isValid()) {
                if (!yearGiven)
                    note(ImportReviewItem::Kind::DateWithoutYear, chapter.id,
                         Tr::tr("\"%1\" names no year; the event was dated in %2.")
                             .arg(p.left(40))
                             .arg(year));
                if (!timeline) {
                    Block b;
                    Timeline t;
                    t.title = chapter.title;
                    b.content = t;
                    chapter.blocks << b;
                    timeline = std::get_if<Timeline>(&chapter.blocks.last().content);
                }
                const QString cat =
                    timeline->category.isEmpty()
                        ? (chapter.key.contains(QLatin1String("media")) ? category::MediaReport
                                                                        : category::LeadershipCare)
                        : timeline->category;
                timeline->entries << timelineEntry(p, date, length, cat);
            } else if (list) {
                list->items << QString(p).replace(QLatin1Char('\t'), QLatin1Char(' '));
            } else {
                prose << QString(p).replace(QLatin1Char('\t'), QLatin1Char(' '));
            }
        }
        if (timeline)
            sortTimeline(*timeline);
        // Prose replaces the template's empty paragraphs; tables, lists and signature stay.
        QList<Block> kept;
        qsizetype insertAt = -1;
        for (const Block &b : chapter.blocks) {
            if (b.kind() == BlockKind::Paragraph && b.isEmpty()) {
                if (insertAt < 0)
                    insertAt = kept.size();
                continue;
            }
            kept << b;
        }
        if (insertAt < 0)
            insertAt = 0;
        for (const QString &p : prose) {
            const qsizetype first = doc.metrics.size();
            kept.insert(insertAt++, paragraphBlock(p, key));
            for (qsizetype i = first; i < doc.metrics.size(); ++i)
                guessedLabels.insert(doc.metrics.at(i).id, chapter.id);
        }
        if (!prose.isEmpty() || !tables.isEmpty() || timeline || (list && !list->items.isEmpty()))
            note(ImportReviewItem::Kind::ImportedChapter, chapter.id,
                 Tr::tr("Imported from the source: read it against last year's report."));
        // The template's empty metric tables take the rows first (their titles are the
        // guideline's); further tables follow the prose.
        for (Block &b : kept) {
            auto *empty = std::get_if<MetricTable>(&b.content);
            if (empty && empty->metricIds.isEmpty() && !tables.isEmpty()) {
                empty->metricIds = std::get<MetricTable>(tables.takeFirst().content).metricIds;
                insertAt = std::max(insertAt, qsizetype(&b - kept.data()) + 1);
            }
        }
        for (const Block &t : tables)
            kept.insert(insertAt++, t);
        chapter.blocks = kept;
    }

    // The template chapter (by path of indices) a title fits best, among `candidates`.
    static Chapter *bestMatch(QList<Chapter> &candidates, const QString &title, double *score)
    {
        Chapter *best = nullptr;
        *score = 0;
        for (Chapter &c : candidates) {
            const double s = similarity(c.title, title);
            if (s > *score) {
                *score = s;
                best = &c;
            }
        }
        return best;
    }

    QStringList unmatched;
    QList<ImportReviewItem> review;
    QHash<QString, QString> guessedLabels; // metric id → chapter id, for figures in prose

    void note(ImportReviewItem::Kind kind, const QString &chapterId, const QString &message,
              const QString &metricId = {})
    {
        ImportReviewItem item;
        item.kind = kind;
        item.message = message;
        item.location.chapterId = chapterId;
        item.location.metricId = metricId;
        review << item;
    }
    QSet<QString> placed; // ids of the chapters sections went into

    void anywhere(QList<Chapter> &chapters, const QString &title, Chapter **best, double *score)
    {
        for (Chapter &c : chapters) {
            if (!placed.contains(c.id)) {
                const double s = similarity(c.title, title);
                if (s > *score) {
                    *score = s;
                    *best = &c;
                }
            }
            anywhere(c.children, title, best, score);
        }
    }

    void place(QList<Chapter> &siblings, const Section &s)
    {
        double score = 0;
        Chapter *target = bestMatch(siblings, s.title, &score);
        if (!target || score < 0.5 || placed.contains(target->id)) {
            // Renumbered or moved: the template's chapter of that title wherever it is, unless
            // it is already filled (or is being filled, as an ancestor of this heading).
            target = nullptr;
            anywhere(doc.chapters, s.title, &target, &score);
        }
        if (!target || score < 0.5) {
            Chapter extra;
            extra.id = makeUniqueId(doc, QStringLiteral("c"));
            extra.title = s.title;
            siblings << extra;
            target = &siblings.last();
            unmatched << s.title;
            note(ImportReviewItem::Kind::UnmatchedHeading, target->id,
                 Tr::tr("\"%1\" fits no chapter of the template: kept as an extra chapter; "
                        "move its text where it belongs or keep it.")
                     .arg(s.title));
        }
        placed.insert(target->id);
        fill(*target, s);
        Chapter &filled = *target;
        for (const Section &child : s.children)
            place(filled.children, child);
    }
};

QDate parseCnDate(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?"));
    const auto m = re.match(s);
    return m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt())
                        : QDate();
}

void readNotes(const QStringList &paragraphs, ReportMetadata &meta)
{
    for (const QString &p : paragraphs) {
        const qsizetype colon = p.indexOf(QRegularExpression(QStringLiteral("[：:]")));
        if (colon < 0)
            continue;
        const QString field = letters(p.left(colon));
        const QString value = p.mid(colon + 1).trimmed();
        if (field == QStringLiteral("时间范围")) {
            static const QRegularExpression re(
                QStringLiteral("(\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日?)"));
            auto it = re.globalMatch(value);
            QList<QDate> dates;
            while (it.hasNext())
                dates << parseCnDate(it.next().captured(1));
            if (dates.size() >= 2) {
                meta.periodStart = dates.at(0);
                meta.periodEnd = dates.at(1);
            }
        } else if (field == QStringLiteral("报告范围")) {
            meta.scope = stripEnd(value);
        } else if (field == QStringLiteral("报告篇幅")) {
            static const QRegularExpression re(QStringLiteral("共\\s*(\\d+)\\s*页"));
            if (const auto m = re.match(value); m.hasMatch())
                meta.pageBudget = m.captured(1).toInt();
        } else if (field == QStringLiteral("参考依据")) {
            static const QRegularExpression re(QStringLiteral("《[^》]+》"));
            auto it = re.globalMatch(value);
            meta.standards.clear();
            while (it.hasNext())
                meta.standards << it.next().captured(0);
        }
    }
}

// Figures found in prose are labelled by a guess, unless a table row (a label read, not
// guessed) turned out to be the same figure.
void noteGuessedLabels(Importer &im, const QHash<QString, QString> &merged)
{
    QSet<QString> confirmed; // kept ids that a table row was merged into or from
    for (auto it = merged.cbegin(); it != merged.cend(); ++it)
        if (!im.guessedLabels.contains(it.key()) || !im.guessedLabels.contains(it.value()))
            confirmed << it.value();
    for (const Metric &m : im.doc.metrics) {
        const auto chapter = im.guessedLabels.constFind(m.id);
        if (chapter == im.guessedLabels.cend() || confirmed.contains(m.id))
            continue;
        const QString figure =
            (m.value ? formatNumber(*m.value, m.decimals) : QStringLiteral("**")) +
            QLatin1Char(' ') + m.unit;
        im.note(ImportReviewItem::Kind::GuessedLabel, *chapter,
                m.label.isEmpty()
                    ? Tr::tr("%1 has no label: name the figure.").arg(figure)
                    : Tr::tr("%1 is labelled \"%2\", a guess from the words before it.")
                          .arg(figure, m.label),
                m.id);
    }
}

// Short lines without a full stop that occur more than once, or repeat the report's title: a
// running header or footer the reading did not recognise.
void notePossibleHeaders(Importer &im, const QString &reportTitle)
{
    QHash<QString, int> seen;
    QList<std::pair<QString, QString>> shortLines; // chapter id, text
    forEachChapter(im.doc.chapters, [&](const ChapterVisit &v) {
        for (const Block &b : v.chapter.blocks)
            if (const auto *p = std::get_if<Paragraph>(&b.content)) {
                static const QRegularExpression sentence(QStringLiteral("[。；！？]"));
                if (widthOf(p->text) <= 60 && !letters(p->text).isEmpty() &&
                    !p->text.contains(sentence)) {
                    ++seen[letters(p->text)];
                    shortLines << std::pair(v.chapter.id, p->text);
                }
            }
    });
    QSet<QString> noted;
    for (const auto &[chapterId, text] : shortLines) {
        const QString key = letters(text);
        const bool title = !reportTitle.isEmpty() && key.contains(letters(reportTitle));
        if ((seen.value(key) > 1 || title) && !noted.contains(key + chapterId)) {
            noted << key + chapterId;
            im.note(ImportReviewItem::Kind::PossibleHeader, chapterId,
                    Tr::tr("\"%1\" looks like a running header or footer; delete it if it is "
                           "one.")
                        .arg(text.left(40)));
        }
    }
}

// Blocks made while chapters were being filled get their ids once the document is whole.
void renumberBlocks(QList<Chapter> &chapters, int &number)
{
    for (Chapter &c : chapters) {
        for (Block &b : c.blocks)
            b.id = QStringLiteral("b%1").arg(++number);
        renumberBlocks(c.children, number);
    }
}

} // namespace

ImportResult importReportText(const QByteArray &bytes, const Template &tmpl, int year)
{
    ImportResult result;
    const auto text = decodeReportText(bytes, &result.encoding, &result.error);
    if (!text)
        return result;
    QList<SourceParagraph> paragraphs;
    for (const QString &p : paragraphsOf(*text))
        paragraphs << SourceParagraph{p};
    const QString encoding = result.encoding;
    result = importReportParagraphs(paragraphs, tmpl, year);
    result.encoding = encoding;
    return result;
}

ImportResult importReportParagraphs(const QList<SourceParagraph> &source, const Template &tmpl,
                                    int year)
{
    ImportResult result;
    QStringList paragraphs;
    for (const SourceParagraph &p : source)
        if (!p.text.trimmed().isEmpty())
            paragraphs << p.text.trimmed();
    if (paragraphs.isEmpty() || source.size() > MaxImportParagraphs) {
        result.error = paragraphs.isEmpty()
                           ? Tr::tr("The file holds no text.")
                           : Tr::tr("The file holds more than %1 paragraphs; a report has far "
                                    "fewer.")
                                 .arg(MaxImportParagraphs);
        return result;
    }

    // Sections by numbering (or a heading style); text before the first heading is the title
    // and the notes.
    Section root;
    QList<Section *> stack{&root};
    QString reportTitle;
    QStringList preamble;
    bool inSections = false;
    for (const SourceParagraph &sp : source) {
        const QString p = sp.text.trimmed();
        if (p.isEmpty())
            continue;
        Heading h = sp.headingLevel >= 0 ? styledHeading(p, sp.headingLevel) : parseHeading(p);
        if (h.rank < 0 && !inSections && widthOf(p) <= 40 && !p.contains(QLatin1Char('\t'))) {
            // An unnumbered heading before the numbered ones: the notes' title.
            for (const Chapter &c : tmpl.skeleton.chapters)
                if (!c.numbered && similarity(c.title, p) >= 0.6) {
                    h.rank = 0;
                    h.title = stripEnd(p);
                }
        }
        if (h.rank < 0) {
            if (stack.size() == 1) {
                static const QRegularExpression title(QStringLiteral("\\d{4}\\s*年度.*报告$"));
                if (reportTitle.isEmpty() && title.match(p).hasMatch())
                    reportTitle = p;
                else
                    preamble << p;
            } else {
                stack.last()->paragraphs << p;
            }
            continue;
        }
        inSections = true;
        while (stack.size() > 1 && stack.last()->rank >= h.rank)
            stack.removeLast();
        Section s;
        s.rank = h.rank;
        s.title = h.title;
        if (!h.rest.isEmpty())
            s.paragraphs << h.rest;
        stack.last()->children << s;
        stack << &stack.last()->children.last();
    }

    Importer im;
    im.doc = tmpl.skeleton;
    im.doc.metrics.clear();
    im.doc.metadata.templateId = tmpl.id;
    im.doc.metadata.reportTitle = reportTitle;

    // Notes first: they give the year the dates without one belong to.
    for (const Section &s : root.children)
        if (similarity(s.title, QStringLiteral("报告编写说明")) >= 0.6)
            readNotes(s.paragraphs + preamble, im.doc.metadata);
    readNotes(preamble, im.doc.metadata);
    static const QRegularExpression yearIn(QStringLiteral("(\\d{4})\\s*年度"));
    if (year == 0 && im.doc.metadata.periodStart.isValid())
        year = im.doc.metadata.periodStart.year();
    if (year == 0)
        if (const auto m = yearIn.match(reportTitle); m.hasMatch())
            year = m.captured(1).toInt();
    if (year == 0)
        year = QDate::currentDate().year() - 1;
    im.year = year;
    im.doc.metadata.year = year;
    if (!im.doc.metadata.periodStart.isValid()) {
        im.doc.metadata.periodStart = QDate(year, 1, 1);
        im.doc.metadata.periodEnd = QDate(year, 12, 31);
    }

    // The unit: "欢迎阅读 UNIT 2023 年度…" in the notes or "UNIT 公示文明单位" in the statement.
    QString all = paragraphs.join(QLatin1Char('\n'));
    static const QRegularExpression welcome(
        QStringLiteral("欢迎阅读\\s*([^\\n，。]{4,40}?)\\s*\\d{4}\\s*年度"));
    static const QRegularExpression publishes(
        QStringLiteral("(?:^|\\n)\\s*([^\\n，。]{4,40}?)\\s*公示文明单位"));
    for (const QRegularExpression *re : {&welcome, &publishes})
        if (const auto m = re->match(all); m.hasMatch() && im.doc.metadata.unitName.isEmpty())
            im.doc.metadata.unitName = m.captured(1).trimmed();
    static const QRegularExpression categoryRe(QStringLiteral("属于([^，。]{2,20}?)文明单位"));
    if (const auto m = categoryRe.match(all); m.hasMatch())
        im.doc.metadata.category = m.captured(1);

    // The statement's closing line "UNIT TITLE NAME" is the signatory.
    for (Section &s : root.children) {
        if (similarity(s.title, QStringLiteral("公开陈述")) < 0.6 || s.paragraphs.isEmpty())
            continue;
        const QString last = s.paragraphs.last();
        static const QRegularExpression sig(QStringLiteral("^(.{2,60}?)\\s+(\\S{2,4})$"));
        const auto m = sig.match(last);
        if (!m.hasMatch() || last.contains(QChar(0x3002)))
            continue;
        QString title = m.captured(1).trimmed();
        if (!im.doc.metadata.unitName.isEmpty() && title.startsWith(im.doc.metadata.unitName))
            title = title.mid(im.doc.metadata.unitName.size()).trimmed();
        im.doc.signatory.name = m.captured(2);
        im.doc.signatory.title = title;
        s.paragraphs.removeLast();
    }

    for (const Section &s : root.children)
        im.place(im.doc.chapters, s);
    const QHash<QString, QString> merged = mergeRepeatedFigures(im.doc);
    noteGuessedLabels(im, merged);
    notePossibleHeaders(im, reportTitle);
    int blockNumber = 0;
    renumberBlocks(im.doc.chapters, blockNumber);
    result.unmatched = im.unmatched;
    result.review = im.review;
    // The report carries what is left to check, so saving it before the review keeps the list.
    im.doc.importReview = im.review;
    result.document = im.doc;
    return result;
}

} // namespace csr
