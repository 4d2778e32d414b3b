// Exports the sample report and generated reports (bench/ReportGenerator); prints wall time and
// peak memory for the layout and for writing the PDF, so it can be seen that time and memory
// grow no faster than the report. Run: csr_bench_export [--no-large] [SIZE...]
//
// Each size runs in a process of its own (the program starts itself with --size N): a process's
// high-water mark never falls, so in one process a larger size would only show what exceeds the
// smaller ones' peaks.
#include "DocumentFile.h"
#include "LayoutEngine.h"
#include "PdfExporter.h"
#include "ReportFont.h"
#include "ReportGenerator.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <ctime>
#include <sys/resource.h>

using namespace csr;
using namespace csr::print;

namespace {

// Peak resident memory so far (VmHWM), in MiB. The high-water mark only rises, so each stage's
// figure is the growth it caused beyond every earlier stage.
double peakMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

// CPU time of the whole process (all threads), in seconds: on a shared machine the wall clock
// also counts other programs' turns.
double processCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

// The resident set now (VmRSS), in MiB.
double residentMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

// One size, in this process: prints one row of the table.
int runSize(const QString &name, QTextStream &out)
{
    const auto read = DocumentFile::load(QStringLiteral(":/samples/west-district-2023.csreport"));
    if (!read.ok()) {
        out << "cannot read the sample: " << read.error.message << Qt::endl;
        return 2;
    }
    const ReportFont font = ReportFont::load();
    if (!font.ok()) {
        out << font.error << Qt::endl;
        return 2;
    }
    QTemporaryDir dir;
    const Document doc = bench::generateReport(read.document, bench::sizeNamed(name));
    const double before = peakMiB();
    const double rssBefore = residentMiB();

    QElapsedTimer timer;
    timer.start();
    const double cpuStart = processCpuSeconds();
    LayoutOptions options;
    options.fontFamily = font.family;
    const PageLayout layout = LayoutEngine::layout(doc, options);
    const double layoutSeconds = timer.nsecsElapsed() / 1e9;
    const double afterLayout = peakMiB();
    const double layoutGrowth = residentMiB() - rssBefore;

    timer.restart();
    const QString path = dir.filePath(QStringLiteral("bench-%1.pdf").arg(name));
    const ExportResult result = PdfExporter::exportLayout(doc, layout, path, false);
    const double writeSeconds = timer.nsecsElapsed() / 1e9;
    const double cpuSeconds = processCpuSeconds() - cpuStart;
    if (!result.ok()) {
        out << result.error << Qt::endl;
        return 1;
    }
    const double afterWrite = peakMiB();
    // CSR_BENCH_KEEP=DIR keeps the PDF, to compare what two builds wrote (pdftotext, pdftoppm).
    if (const QString keep = qEnvironmentVariable("CSR_BENCH_KEEP"); !keep.isEmpty())
        QFile::copy(path, QDir(keep).filePath(QFileInfo(path).fileName()));
    out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9  %10  %11")
               .arg(name, -11)
               .arg(layout.pages.size(), 5)
               .arg(layoutSeconds, 8, 'f', 2)
               .arg(std::max(layoutGrowth, afterLayout - before), 11, 'f', 1)
               .arg(afterLayout, 11, 'f', 1)
               .arg(writeSeconds, 7, 'f', 2)
               .arg(afterWrite - afterLayout, 10, 'f', 1)
               .arg(afterWrite, 10, 'f', 1)
               .arg(QFileInfo(path).size() / 1024, 8)
               .arg((layoutSeconds + writeSeconds) / layout.pages.size() * 1000, 7, 'f', 2)
               .arg(cpuSeconds / layout.pages.size() * 1000, 7, 'f', 2);
    out.flush();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--size")); at >= 0)
        return runSize(args.value(at + 1), out);

    const bool large = !args.contains(QStringLiteral("--no-large"));
    out << "size         pages  layout s  layout +MiB  layout peak  write s  write +MiB  write "
           "peak  "
           "file KiB  ms/page  cpu ms/page  ratio\n";
    out.flush();
    double samplePerPage = 0;
    const QStringList named = args.mid(1).filter(QRegularExpression(QStringLiteral("^[^-]")));
    const QStringList sizes =
        !named.isEmpty() ? QStringList{QStringLiteral("sample")} + named
        : large          ? QStringList{QStringLiteral("sample"),     QStringLiteral("10x"),
                              QStringLiteral("50x"),        QStringLiteral("100x"),
                              QStringLiteral("hospital"),   QStringLiteral("metrics-1k"),
                              QStringLiteral("metrics-3k"), QStringLiteral("metrics-10k"),
                              QStringLiteral("metrics-30k")}
                         : QStringList{QStringLiteral("sample"), QStringLiteral("10x")};
    for (const QString &name : sizes) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--size"), name});
        if (!child.waitForStarted() || !child.waitForFinished(-1) || child.exitCode() != 0) {
            out << QString::fromUtf8(child.readAllStandardOutput()) << "size " << name << " failed"
                << Qt::endl;
            return 1;
        }
        const QString row = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
        const double perPage = row.split(QLatin1Char(' '), Qt::SkipEmptyParts).last().toDouble();
        if (name == QLatin1String("sample"))
            samplePerPage = perPage;
        out << row << QStringLiteral("  %1\n").arg(perPage / samplePerPage, 5, 'f', 2);
        out.flush();
    }
    out << "\nEach size runs in a fresh process. layout +MiB: resident growth during layout (the\n"
           "page list stays alive for writing); layout peak / write peak: the process's "
           "high-water\n"
           "mark after each stage; write +MiB: its rise while painting, post-processing (PoDoFo\n"
           "holds the whole file) and saving. ms/page: wall time per page; cpu ms/page: CPU "
           "time of all\nthreads per page; ratio: cpu ms/page to the sample's (the wall time "
           "also counts other programs\non a shared machine).\n"
           "Per-page time should stay flat as size grows.\n";
    return 0;
}
