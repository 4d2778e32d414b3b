#include "ReportImport.h"

#include "Template.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <algorithm>

namespace csr {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::ReportImport)
};

bool isCjk(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x3000 && u <= 0x9fff) || (u >= 0xff00 && u <= 0xffef);
}

// Display width: a CJK character takes two columns, as in the printed page.
int widthOf(const QString &s)
{
    int w = 0;
    for (QChar c : s)
        w += isCjk(c) ? 2 : 1;
    return w;
}

// Letters only: titles compared without numbering, spaces and punctuation.
QString letters(const QString &s)
{
    QString r;
    for (QChar c : s)
        if (c.isLetterOrNumber())
            r += c;
    return r;
}

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

const QString Cn = QStringLiteral("[一二三四五六七八九十]+");

struct Heading
{
    int rank = -1; // 0 一、 1 （一） 2 1. 3 1.1 / 1）
    QString title;
    QString rest; // text after the title on the same line ("2、所属类别。西区局属于…")
};

Heading parseHeading(const QString &line)
{
    static const QRegularExpression r0(QStringLiteral("^") + Cn +
                                       QStringLiteral("[、，.．]\\s*(.+)$"));
    static const QRegularExpression r1(QStringLiteral("^[（(]") + Cn +
                                       QStringLiteral("[）)][、，.．]?\\s*(.+)$"));
    static const QRegularExpression r3(
        QStringLiteral("^[0-9０-９]+[.．][0-9０-９]+[.．、]?\\s*(.+)$"));
    static const QRegularExpression r2(QStringLiteral("^[0-9０-９]+[.．、](?![0-9])\\s*(.+)$"));
    static const QRegularExpression r2b(
        QStringLiteral("^[（(][0-9０-９]+[）)][、，.．]?\\s*(.+)$"));
    static const QRegularExpression r4(QStringLiteral("^[0-9０-９]+[）)]\\s*(.+)$"));
    const std::pair<const QRegularExpression *, int> forms[] = {{&r0, 0}, {&r1, 1},  {&r3, 3},
                                                                {&r2, 2}, {&r2b, 2}, {&r4, 3}};
    for (const auto &[re, rank] : forms) {
        const auto m = re->match(line);
        if (!m.hasMatch())
            continue;
        QString text = m.captured(1).trimmed();
        Heading h;
        h.rank = rank;
        // The title ends at the first full stop or colon; a longer text is a list item.
        static const QRegularExpression end(QStringLiteral("[。：:]"));
        const qsizetype cut = text.indexOf(end);
        h.title = (cut < 0 ? text : text.left(cut)).trimmed();
        h.rest = cut < 0 ? QString() : text.mid(cut + 1).trimmed();
        // A "1）" item with text after its title is a list item in prose, not a heading.
        if (rank == 3 && !h.rest.isEmpty() && re == &r4)
            return {};
        if (h.title.isEmpty() || h.title.size() > 20 || !isCjk(h.title.front()) ||
            h.title.contains(QRegularExpression(QStringLiteral("[，,；;]"))))
            return {};
        return h;
    }
    return {};
}

const QString DatePattern =
    QStringLiteral("^\\s*(?:(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日|(\\d{4})\\s*[."
                   "\\-/]\\s*(\\d{1,2})"
                   "\\s*[.\\-/]\\s*(\\d{1,2})\\s*日?|(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日)");

// A date at the start of a line; `length` gets how much of the line it takes.
QDate leadingDate(const QString &line, int year, qsizetype *length)
{
    static const QRegularExpression re(DatePattern);
    const auto m = re.match(line);
    if (!m.hasMatch())
        return {};
    *length = m.capturedLength(0);
    if (m.hasCaptured(1))
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (m.hasCaptured(4))
        return QDate(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    return QDate(year, m.captured(7).toInt(), m.captured(8).toInt());
}

// The layout's lines joined into paragraphs: a paragraph ends with a sentence end or a line
// clearly shorter than the text width; headings and dated lines start their own.
QStringList paragraphsOf(const QString &text)
{
    QStringList lines;
    for (QString line : text.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        line.remove(QChar(0xfeff));
        if (!line.isEmpty())
            lines << line;
    }
    QList<int> widths;
    for (const QString &l : lines)
        widths << widthOf(l);
    std::sort(widths.begin(), widths.end());
    const int full = widths.isEmpty() ? 0 : widths.at(widths.size() * 8 / 10);
    QStringList out;
    bool open = false;
    for (const QString &line : lines) {
        qsizetype dateLength = 0;
        static const QRegularExpression field(QStringLiteral("^\\p{Han}{2,6}[：:]"));
        const bool starts = parseHeading(line).rank >= 0 || field.match(line).hasMatch() ||
                            leadingDate(line, 2000, &dateLength).isValid();
        if (open && !starts) {
            QString &last = out.last();
            const bool glue = isCjk(last.back()) && isCjk(line.front());
            last += glue ? line : QStringLiteral(" ") + line;
        } else {
            out << line;
        }
        static const QString enders = QStringLiteral("。！？!?");
        open = widthOf(line) >= full * 85 / 100 && !enders.contains(line.back()) &&
               parseHeading(line).rank < 0;
    }
    return out;
}

struct Section
{
    int rank = -1;
    QString title;
    QStringList paragraphs;
    QList<Section> children;
};

QString stripEnd(QString s)
{
    s = s.trimmed();
    while (!s.isEmpty() && QStringLiteral("。；;，,：:").contains(s.back()))
        s.chop(1);
    return s.trimmed();
}

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

    // Figures in `text` become metrics; the text quotes them so it prints unchanged.
    QString extractFigures(const QString &text, const QString &keyPrefix)
    {
        static const QRegularExpression re(
            QStringLiteral("(?<![0-9.A-Za-z])(\\d+(?:\\.\\d+)?|\\*\\*)(\\s*(?:余\\s*)?)(") + Units +
            QStringLiteral(")"));
        QString result;
        qsizetype from = 0;
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            // Bounded work and memory: past the limit, figures stay plain text (prints the same).
            if (doc.metrics.size() >= MaxImportedFigures)
                break;
            const QString number = m.captured(1);
            Metric metric;
            const QString base = keyPrefix.isEmpty() ? QStringLiteral("imported") : keyPrefix;
            metric.id = QStringLiteral("%1.f%2").arg(base).arg(++idCounts[base]);
            metric.unit =
                m.captured(3) == QStringLiteral("％") ? QStringLiteral("%") : m.captured(3);
            if (number == QLatin1String("**")) {
                metric.confidential = true;
            } else {
                metric.value = number.toDouble();
                const qsizetype dot = number.indexOf(QLatin1Char('.'));
                metric.decimals = dot < 0 ? -1 : int(number.size() - dot - 1);
                if (metric.decimals >= 0 && !number.endsWith(QLatin1Char('0')))
                    metric.decimals = -1;
            }
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
        for (const QString &p : s.paragraphs) {
            qsizetype length = 0;
            const QDate date = dated ? leadingDate(p, year, &length) : QDate();
            if (date.isValid()) {
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
                list->items << p;
            } else {
                prose << p;
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
        for (const QString &p : prose)
            kept.insert(insertAt++,
                        paragraphBlock(p, chapter.key.isEmpty() ? chapter.id : chapter.key));
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

std::optional<QString> decodeReportText(const QByteArray &bytes, QString *encoding, QString *error)
{
    if (bytes.size() > MaxImportBytes) {
        *error = Tr::tr("The file is larger than %1 MB; a report's text is far smaller.")
                     .arg(MaxImportBytes / (1024 * 1024));
        return std::nullopt;
    }
    if (bytes.left(8192).contains('\0') || bytes.startsWith("%PDF") || bytes.startsWith("PK")) {
        *error = Tr::tr("The file is not plain text (it holds binary data); save the report "
                        "as text (.txt, UTF-8) first.");
        return std::nullopt;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(bytes);
    if (!utf8.hasError()) {
        *encoding = QStringLiteral("UTF-8");
        return text;
    }
    QStringDecoder gb("GB18030");
    if (gb.isValid()) {
        text = gb(bytes);
        if (!gb.hasError()) {
            *encoding = QStringLiteral("GB18030");
            return text;
        }
    }
    *error = Tr::tr("The text is neither UTF-8 nor GBK/GB18030; save it as UTF-8 text first.");
    return std::nullopt;
}

ImportResult importReportText(const QByteArray &bytes, const Template &tmpl, int year)
{
    ImportResult result;
    const auto text = decodeReportText(bytes, &result.encoding, &result.error);
    if (!text)
        return result;
    const QStringList paragraphs = paragraphsOf(*text);
    if (paragraphs.isEmpty()) {
        result.error = Tr::tr("The file holds no text.");
        return result;
    }

    // Sections by numbering; text before the first heading is the title and the notes.
    Section root;
    QList<Section *> stack{&root};
    QString reportTitle;
    QStringList preamble;
    bool inSections = false;
    for (const QString &p : paragraphs) {
        Heading h = parseHeading(p);
        if (h.rank < 0 && !inSections && widthOf(p) <= 40) {
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
    int blockNumber = 0;
    renumberBlocks(im.doc.chapters, blockNumber);
    result.unmatched = im.unmatched;
    result.document = im.doc;
    return result;
}

namespace {

void collect(const QList<Chapter> &chapters, QHash<QString, const Chapter *> &byKey,
             QList<TimelineEntry> &events)
{
    for (const Chapter &c : chapters) {
        byKey.insert(c.key.isEmpty() ? QStringLiteral("title:") + letters(c.title) : c.key, &c);
        for (const Block &b : c.blocks)
            if (const auto *t = std::get_if<Timeline>(&b.content))
                events << t->entries;
        collect(c.children, byKey, events);
    }
}

} // namespace

ImportScore compareImport(const Document &imported, const Document &handMade)
{
    ImportScore score;
    QHash<QString, const Chapter *> mine, theirs;
    QList<TimelineEntry> myEvents, theirEvents;
    collect(imported.chapters, mine, myEvents);
    collect(handMade.chapters, theirs, theirEvents);
    for (auto it = theirs.cbegin(); it != theirs.cend(); ++it) {
        if (!it.value()->hasContent())
            continue;
        ++score.chaptersExpected;
        const Chapter *c = mine.value(it.key());
        if (!c) // a chapter the template does not know: found by its title
            c = mine.value(QStringLiteral("title:") + letters(it.value()->title));
        if (c && c->hasContent())
            ++score.chaptersPlaced;
    }
    QList<Metric> pool = imported.metrics;
    for (const Metric &m : handMade.metrics) {
        ++score.figuresExpected;
        const auto at = std::find_if(pool.begin(), pool.end(), [&](const Metric &x) {
            return x.unit == m.unit && x.confidential == m.confidential &&
                   (m.confidential || (x.value && m.value && qFuzzyCompare(*x.value, *m.value)));
        });
        if (at != pool.end()) {
            ++score.figuresRecovered;
            pool.erase(at);
        }
    }
    for (const TimelineEntry &e : theirEvents) {
        ++score.eventsExpected;
        const bool found = std::any_of(myEvents.begin(), myEvents.end(), [&](const auto &x) {
            return x.date == e.date && letters(x.title) == letters(e.title);
        });
        score.eventsRecovered += found;
    }
    const ReportMetadata &a = imported.metadata, &b = handMade.metadata;
    const bool fields[] = {a.periodStart == b.periodStart, a.periodEnd == b.periodEnd,
                           letters(a.scope) == letters(b.scope), a.pageBudget == b.pageBudget,
                           a.standards.size() == b.standards.size() &&
                               letters(a.standards.join(QString())) ==
                                   letters(b.standards.join(QString()))};
    score.notesExpected = 5;
    score.notesFilled = int(std::count(std::begin(fields), std::end(fields), true));
    score.signatoryExact = imported.signatory.name == handMade.signatory.name &&
                           imported.signatory.title == handMade.signatory.title &&
                           imported.metadata.unitName == handMade.metadata.unitName;
    return score;
}

QString ImportScore::summary() const
{
    auto line = [](const QString &what, int got, int of) {
        return QStringLiteral("%1: %2/%3 (%4 %)\n")
            .arg(what)
            .arg(got)
            .arg(of)
            .arg(QString::number(rate(got, of) * 100, 'f', 1));
    };
    return line(Tr::tr("chapters placed"), chaptersPlaced, chaptersExpected) +
           line(Tr::tr("figures recovered (value and unit)"), figuresRecovered, figuresExpected) +
           line(Tr::tr("dated events recovered (date and text)"), eventsRecovered, eventsExpected) +
           line(Tr::tr("report notes fields"), notesFilled, notesExpected) +
           Tr::tr("signatory: %1\n").arg(signatoryExact ? Tr::tr("exact") : Tr::tr("differs"));
}

} // namespace csr
