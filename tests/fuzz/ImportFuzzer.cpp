// libFuzzer target: importing last year's report from a file (`csrstudio import`, File › Import
// Existing Report…): a PDF read through poppler-qt6 into lines (PdfLayoutLines, PdfReportText),
// a Word document or a text, then the importer. The reader takes a path (poppler opens the
// file), so each input goes through one file in memory-backed /dev/shm. Poppler is not
// instrumented: inside it the fuzzer mutates blindly, and what it guards is that no PDF crashes
// or hangs the import and that every refusal says why.
#include "FuzzSupport.h"
#include "FuzzTemplate.h"
#include "ReportFileImport.h"
#include "Template.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const csr::Template &tmpl = csr::fuzz::builtinTemplate();
    static const QString path = [] {
        const QString dir = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm")
                                                                      : QDir::tempPath();
        return dir +
               QStringLiteral("/csr-fuzz-import-%1.pdf").arg(QCoreApplication::applicationPid());
    }();
    QFile file(path);
    csr::fuzz::require(file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                       file.write(reinterpret_cast<const char *>(data), qint64(size)) ==
                           qint64(size));
    file.close();
    const csr::ImportResult result = csr::print::importReportFile(path, tmpl, 2023);
    QFile::remove(path); // libFuzzer may end the process without running destructors
    // A report, or a message saying why not.
    csr::fuzz::require(result.ok() || !result.error.isEmpty());
    return 0;
}
