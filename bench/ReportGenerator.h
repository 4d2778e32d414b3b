#pragma once

#include "Document.h"

#include <QList>
#include <QString>

namespace csr::bench {

// The reports the benchmarks open and export, built from the sample so they read like real
// ones: the sample itself, the sample's content repeated, a hospital-sized report and one with
// 30,000 figures.
struct ReportSize
{
    QString name;  // "sample", "10x", "hospital", ...
    int times = 1; // repetitions of the sample's content (the "Nx" sizes)
    int extraChapters = 0;
    int metrics = 0; // generated figures, in tables of metricsPerTable
    int metricsPerTable = 20;
    int events = 0; // dated media reports
    int honours = 0;
};

// sample, 10x, 50x (1,839 pages), 100x, hospital (30 chapters, 3,000 metrics in 150 tables,
// 1,500 media events, 400 honours), and metrics-1k, -3k, -10k, -30k: the same figures-only
// mix (30 chapters, tables of 20 figures, each with its chart and a paragraph quoting it) at
// 1,000 to 30,000 metrics, so their time per page compares like with like.
QList<ReportSize> standardSizes();
ReportSize sizeNamed(const QString &name);

// The sample with `size` applied; ids stay unique and every generated paragraph quotes
// figures of its chapter's tables, as real prose does.
Document generateReport(const Document &sample, const ReportSize &size);

} // namespace csr::bench
