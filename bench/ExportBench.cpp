// Exports the sample report and generated reports 10x and 50x its size; prints wall time and
// peak memory for the layout and for writing the PDF, so it can be seen that time and memory
// grow no faster than the report. Run: csr_bench_export [--no-large]
//
// Each size runs in a process of its own (the program starts itself with --size N): a process's
// high-water mark never falls, so in one process a larger size would only show what exceeds the
// smaller ones' peaks.
#include "DocumentFile.h"
#include "LayoutEngine.h"
#include "PdfExporter.h"
#include "ReportFont.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
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

// The sample's main content repeated `times`, with ids kept unique.
Document scaled(const Document &sample, int times)
{
    Document doc = sample;
    if (times <= 1)
        return doc;
    QList<Chapter> extra;
    for (int t = 1; t < times; ++t)
        for (const Chapter &c : sample.chapters) {
            if (c.key == QLatin1String("notes") || c.key == QLatin1String("statement"))
                continue;
            Chapter copy = c;
            std::function<void(Chapter &)> rename = [&](Chapter &ch) {
                ch.id += QStringLiteral("-%1").arg(t);
                for (Block &b : ch.blocks)
                    b.id += QStringLiteral("-%1").arg(t);
                for (Chapter &child : ch.children)
                    rename(child);
            };
            rename(copy);
            extra.append(copy);
        }
    doc.chapters += extra;
    return doc;
}

// One size, in this process: prints one row of the table.
int runSize(int times, QTextStream &out)
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
    const Document doc = scaled(read.document, times);
    const double before = peakMiB();
    const double rssBefore = residentMiB();

    QElapsedTimer timer;
    timer.start();
    LayoutOptions options;
    options.fontFamily = font.family;
    const PageLayout layout = LayoutEngine::layout(doc, options);
    const double layoutSeconds = timer.nsecsElapsed() / 1e9;
    const double afterLayout = peakMiB();
    const double layoutGrowth = residentMiB() - rssBefore;

    timer.restart();
    const QString path = dir.filePath(QStringLiteral("bench-%1.pdf").arg(times));
    const ExportResult result = PdfExporter::exportLayout(doc, layout, path, false);
    const double writeSeconds = timer.nsecsElapsed() / 1e9;
    if (!result.ok()) {
        out << result.error << Qt::endl;
        return 1;
    }
    const double afterWrite = peakMiB();
    out << QStringLiteral("%1x  %2  %3  %4  %5  %6  %7  %8  %9  %10\n")
               .arg(times, 3)
               .arg(layout.pages.size(), 5)
               .arg(layoutSeconds, 8, 'f', 2)
               .arg(std::max(layoutGrowth, afterLayout - before), 11, 'f', 1)
               .arg(afterLayout, 11, 'f', 1)
               .arg(writeSeconds, 7, 'f', 2)
               .arg(afterWrite - afterLayout, 10, 'f', 1)
               .arg(afterWrite, 10, 'f', 1)
               .arg(QFileInfo(path).size() / 1024, 8)
               .arg((layoutSeconds + writeSeconds) / layout.pages.size(), 6, 'f', 3);
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
        return runSize(args.value(at + 1).toInt(), out);

    const bool large = !args.contains(QStringLiteral("--no-large"));
    out << "size  pages  layout s  layout +MiB  layout peak  write s  write +MiB  write peak  "
           "file KiB  s/page\n";
    out.flush();
    for (int times : large ? QList<int>{1, 10, 50} : QList<int>{1, 10}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--size"), QString::number(times)});
        if (!child.waitForStarted() || !child.waitForFinished(-1) || child.exitCode() != 0) {
            out << QString::fromUtf8(child.readAllStandardOutput()) << "size " << times
                << "x failed" << Qt::endl;
            return 1;
        }
        out << QString::fromUtf8(child.readAllStandardOutput());
        out.flush();
    }
    out << "\nEach size runs in a fresh process. layout +MiB: resident growth during layout (the\n"
           "page list stays alive for writing); layout peak / write peak: the process's "
           "high-water\n"
           "mark after each stage; write +MiB: its rise while painting, post-processing (PoDoFo\n"
           "holds the whole file) and saving. Per-page time should stay flat as size grows.\n";
    return 0;
}
