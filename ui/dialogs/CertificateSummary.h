#pragma once

#include "CertificateInfo.h"

#include <QString>

namespace csr::ui {

// What the Sign & Export dialog shows of the chosen certificate, as rich text: subject,
// issuer, validity and key usage, then whether it can sign (green) or why not (red).
QString certificateSummaryHtml(const sign::CertificateInfo &certificate);

} // namespace csr::ui
