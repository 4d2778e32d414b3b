// Opens generated reports in the real editor window (offscreen) and measures what a writer
// feels: open → first paint, keystroke → paint while typing 50 characters into a paragraph,
// and metric cell edit → chart repainted for 20 edits; prints p50/p95 and the peak resident
// memory. Run: csr_bench_interaction [SIZE...] (bench/ReportGenerator's names; all by default)
//
// Each size runs in a process of its own (the program starts itself with --size NAME), so the
// peak memory is that size's alone.
#include "ChapterForm.h"
#include "ChartData.h"
#include "ChartPreview.h"
#include "DocumentFile.h"
#include "MainWindow.h"
#include "MetricTableEditor.h"
#include "MetricTableModel.h"
#include "ParagraphEditor.h"
#include "ReportGenerator.h"
#include "ReportSession.h"
#include "UserPrompts.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeView>
#include <algorithm>
#include <ctime>

using namespace csr;
using namespace csr::ui;

namespace {

double peakMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

// Notes when any widget inside `target` paints.
class PaintWatch : public QObject
{
public:
    QWidget *target = nullptr;
    bool painted = false;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && target && watched->isWidgetType()) {
            auto *w = static_cast<QWidget *>(watched);
            if (w == target || target->isAncestorOf(w))
                painted = true;
        }
        return false;
    }
};

// CPU time of the GUI thread, in ms: on a shared machine the wall clock also counts other
// programs' turns, the thread's CPU time only this one's work.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

// From `act` until `target` (or a child) has painted.
Timing timeToPaint(PaintWatch &watch, QWidget *target, const std::function<void()> &act)
{
    watch.target = target;
    watch.painted = false;
    QElapsedTimer timer;
    timer.start();
    const double cpu = threadCpuMs();
    act();
    while (!watch.painted && timer.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return {timer.nsecsElapsed() / 1e6, threadCpuMs() - cpu};
}

double percentile(const QList<Timing> &timings, double p, bool cpu)
{
    QList<double> v;
    for (const Timing &t : timings)
        v << (cpu ? t.cpuMs : t.wallMs);
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * (v.size() - 1) + 0.5)));
}

struct NoPrompts : UserPrompts
{
    void showError(QWidget *, const QString &, const QString &text) override
    {
        QTextStream(stderr) << text << Qt::endl;
    }
    SaveChoice askSaveChanges(QWidget *, const QString &) override { return SaveChoice::Discard; }
    RecoveryChoice askRestore(QWidget *, const QString &, const QDateTime &) override
    {
        return RecoveryChoice::Discard;
    }
    ConflictChoice askOverwriteChanged(QWidget *, const QString &) override
    {
        return ConflictChoice::Cancel;
    }
    QString openFileName(QWidget *, const QString &) override { return {}; }
    QString saveFileName(QWidget *, const QString &) override { return {}; }
};

// The chapter the measurements edit: a generated one when there is one (its tables hold the
// generated figures), else the first with both prose and a charted table.
QString chapterToEdit(const Document &doc)
{
    if (doc.findChapter(QStringLiteral("gen-c0")))
        return QStringLiteral("gen-c0");
    QString found;
    forEachChapter(doc.chapters, [&](const ChapterVisit &v) {
        bool prose = false, table = false;
        for (const Block &b : v.chapter.blocks) {
            prose |= b.kind() == BlockKind::Paragraph;
            if (const auto *t = std::get_if<MetricTable>(&b.content))
                table |= t->chart != ChartType::None && !t->metricIds.isEmpty();
        }
        if (found.isEmpty() && prose && table)
            found = v.chapter.id;
    });
    return found;
}

int runSize(const QString &name, QTextStream &out)
{
    const auto sample = DocumentFile::load(QStringLiteral(":/samples/west-district-2023.csreport"));
    if (!sample.ok()) {
        out << "cannot read the sample" << Qt::endl;
        return 2;
    }
    const Document doc = bench::generateReport(sample.document, bench::sizeNamed(name));
    QTemporaryDir dir;
    const QString path = dir.filePath(name + QStringLiteral(".csreport"));
    if (const QString error = DocumentFile::save(doc, path); !error.isEmpty()) {
        out << error << Qt::endl;
        return 2;
    }
    int chapters = 0;
    forEachChapter(doc.chapters, [&](const ChapterVisit &) { ++chapters; });

    PaintWatch watch;
    qApp->installEventFilter(&watch);

    // Open → first paint: the window built, the file read, navigator and form painted.
    QElapsedTimer timer;
    timer.start();
    const double openCpu = threadCpuMs();
    MainWindow w;
    w.setPrompts(std::make_unique<NoPrompts>());
    w.openFile(path);
    w.show();
    watch.target = w.chapterView()->viewport();
    watch.painted = false;
    while (!watch.painted && timer.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const Timing open{timer.nsecsElapsed() / 1e6, threadCpuMs() - openCpu};
    // Let start-up work (the first full validation) finish before typing.
    for (int i = 0; i < 50; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);

    const QString chapterId = chapterToEdit(doc);
    w.selectChapter(chapterId);
    QCoreApplication::processEvents();
    ChapterForm *form = w.currentForm();
    const auto paragraphs =
        form ? form->findChildren<ParagraphEditor *>() : QList<ParagraphEditor *>();
    const auto tables =
        form ? form->findChildren<MetricTableEditor *>() : QList<MetricTableEditor *>();
    if (paragraphs.isEmpty() || tables.isEmpty()) {
        out << name << ": no paragraph and table to edit in " << chapterId << Qt::endl;
        return 1;
    }

    QPlainTextEdit *edit = paragraphs.first()->textEdit();
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    // For profiling: CSR_BENCH_ROUNDS=10 types and edits ten times as much, so a profile of the
    // run is mostly the edits, not the opening; CSR_BENCH_EDITS_ONLY=1 types one key only.
    const int rounds = std::max(1, qEnvironmentVariableIntValue("CSR_BENCH_ROUNDS"));
    const int keys = qEnvironmentVariableIsSet("CSR_BENCH_EDITS_ONLY") ? 1 : 50 * rounds;
    QList<Timing> keystrokes;
    const QString typed = QStringLiteral("本年度我们继续推进社区服务与员工关怀工作成效显著。");
    for (int i = 0; i < keys; ++i) {
        const QString ch(typed.at(i % typed.size()));
        keystrokes << timeToPaint(watch, edit->viewport(), [&] {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, ch);
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, ch);
            QCoreApplication::sendEvent(edit, &press);
            QCoreApplication::sendEvent(edit, &release);
        });
    }

    // Cells whose figure the chart shows (not masked, in the chart's unit): each edit changes it.
    MetricTableModel *model = nullptr;
    QList<int> charted;
    for (MetricTableEditor *editor : tables) {
        model = editor->model();
        const auto *table =
            std::get_if<MetricTable>(&w.session()->findBlock(model->blockId())->content);
        if (table->chart == ChartType::None)
            continue;
        const ChartData chart = chartForTable(w.session()->document(), *table, Edition::Public);
        for (int row = 0; row < model->rowCount(); ++row)
            if (chart.categories.contains(
                    model->index(row, MetricTableModel::LabelColumn).data().toString()))
                charted << row;
        if (!charted.isEmpty())
            break;
    }
    if (charted.isEmpty()) {
        out << name << ": the table to edit has no chart" << Qt::endl;
        return 1;
    }
    QList<Timing> edits;
    for (int i = 0; i < 20 * rounds; ++i) {
        const QModelIndex cell =
            model->index(charted.at(i % charted.size()), MetricTableModel::ValueColumn);
        edits << timeToPaint(watch, w.chartPreview(),
                             [&] { model->setData(cell, 1000 + i * 7, Qt::EditRole); });
    }

    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12\n")
               .arg(name, -12)
               .arg(doc.metrics.size(), 7)
               .arg(chapters, 8)
               .arg(open.wallMs, 7, 'f', 0)
               .arg(open.cpuMs, 7, 'f', 0)
               .arg(percentile(keystrokes, 0.5, false), 7, 'f', 1)
               .arg(percentile(keystrokes, 0.95, false), 7, 'f', 1)
               .arg(percentile(keystrokes, 0.95, true), 7, 'f', 1)
               .arg(percentile(edits, 0.5, false), 7, 'f', 1)
               .arg(percentile(edits, 0.95, false), 7, 'f', 1)
               .arg(percentile(edits, 0.95, true), 7, 'f', 1)
               .arg(peakMiB(), 8, 'f', 0);
    out.flush();
    w.session()->undoStack()->setClean(); // close without asking
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // never the user's settings or recovery copies
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--size")); at >= 0)
        return runSize(args.value(at + 1), out);

    out << "                              open (ms)      key→paint (ms)         edit→chart (ms)\n"
           "size         metrics chapters    wall     cpu     p50     p95 p95 cpu     p50     p95 "
           "p95 cpu peak MiB\n";
    out.flush();
    const QStringList sizes =
        args.size() > 1 && !args.last().startsWith(QLatin1Char('-'))
            ? args.mid(1) // the sizes named on the command line
            : QStringList{QStringLiteral("sample"),      QStringLiteral("10x"),
                          QStringLiteral("50x"),         QStringLiteral("100x"),
                          QStringLiteral("hospital"),    QStringLiteral("metrics-3k"),
                          QStringLiteral("metrics-10k"), QStringLiteral("metrics-30k")};
    for (const QString &name : sizes) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--size"), name});
        if (!child.waitForStarted() || !child.waitForFinished(-1) || child.exitCode() != 0) {
            out << QString::fromUtf8(child.readAllStandardOutput()) << name << " failed"
                << Qt::endl;
            continue;
        }
        out << QString::fromUtf8(child.readAllStandardOutput());
        out.flush();
    }
    out << "\nopen: window built, file read, navigator painted. key: keystroke in a paragraph → "
           "its editor\nrepainted (50 keys). edit: metric cell set → chart preview repainted "
           "(20 edits).\nwall: elapsed; cpu: the GUI thread's CPU time (what the wall time is on "
           "an idle machine).\n";
    return 0;
}
