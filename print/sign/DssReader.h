#pragma once

#include <QByteArray>

namespace csr::sign {

// What the document security store (the catalog's /DSS, PAdES B-LT) of a PDF holds.
struct DssSummary
{
    bool present = false;
    int certificates = 0;
    int ocspResponses = 0;
    int crls = 0;
    int vriEntries = 0; // per-signature validation data (/VRI)
};

// Reads the /DSS of the latest revision. Hostile input: a missing, damaged or odd DSS gives
// `present == false` or counts of what is there, never a crash.
DssSummary readDss(const QByteArray &pdf);

} // namespace csr::sign
