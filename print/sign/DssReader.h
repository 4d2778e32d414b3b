#pragma once

#include <QByteArray>
#include <QSet>

namespace csr::sign {

// What the document security store (the catalog's /DSS, PAdES B-LT) of a PDF holds.
struct DssSummary
{
    bool present = false;
    int certificates = 0;
    int ocspResponses = 0;
    int crls = 0;
    int vriEntries = 0; // per-signature validation data (/VRI)
    // The /VRI keys (uppercase hex SHA-1 of a signature's /Contents, DssWriter::vriKey) whose
    // entry is a dictionary; at most MaxVriKeys are read.
    QSet<QByteArray> vriKeys;

    static constexpr int MaxVriKeys = 20000;
};

// Reads the /DSS of the latest revision. Hostile input: a missing, damaged or odd DSS gives
// `present == false` or counts of what is there, never a crash.
DssSummary readDss(const QByteArray &pdf);

} // namespace csr::sign
