#pragma once

#include "Document.h"
#include "Edition.h"

#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace csr {

// One figure of the open data set: what a reader needs to reuse the number without the PDF.
struct OpenDataRow
{
    QString id;
    QString chapter; // the numbered heading of the first chapter whose table lists it (else
                     // whose prose quotes it)
    QString label;
    QString unit;
    std::optional<double> value;    // this year's
    std::optional<double> lastYear; // last year's
    std::optional<double> change;   // from last year: per cent, or percentage points for rates
    QString changeUnit;             // "%" or "pp" when there is a change
    QMap<int, double> history;      // the years before last year (at most OpenDataHistoryYears)
    QString source;
    bool confidential = false;
    // Confidential in the public edition: every value above is left out (never "**").
    bool withheld = false;
};

// A printed photo: what a reader who cannot see it (or reuses the report's text) needs.
struct OpenDataPhoto
{
    int number = 0;  // as printed: 图1 is 1
    QString chapter; // the numbered heading of its chapter
    QString caption;
    QString altText;
};

// The figures of a report for one edition, in the order of the document's metrics.
struct OpenDataSet
{
    Edition edition = Edition::Public;
    ReportMetadata report;
    QList<OpenDataRow> rows;
    // Every year some row has a history value for (withheld rows included, so both editions
    // have the same columns), newest first.
    QList<int> historyYears;
    QList<OpenDataPhoto> photos; // in printed order
};

// How many years before last year the data set carries from the metrics' history.
constexpr int OpenDataHistoryYears = 20;

OpenDataSet openDataSet(const Document &doc, Edition edition);

// The data set's file name in a PDF attachment: "csr-data-2023-public.csv".
QString openDataFileName(const OpenDataSet &data, const QString &suffix);

} // namespace csr
