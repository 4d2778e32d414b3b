// libFuzzer target: the PDF signature verifier, in memory, over signed seeds
// (make-signed-seeds.py: signed once, twice, changed, and with a document time stamp, so the
// RFC 3161 token path runs too). It trusts the seeds' CA, so the chain checks run too; the
// system's trust store is left out: reading it for every input would be most of the work.
#include "FuzzSupport.h"
#include "PdfVerifier.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace csr::sign;
    static const PdfVerifier verifier = [] {
        PdfVerifier v(false);
        csr::fuzz::require(v.addTrustedCertificates(QStringLiteral(CSR_FUZZ_CA)));
        return v;
    }();
    const VerificationReport report = verifier.verify(csr::fuzz::bytesOf(data, size));
    // Anything not valid says why.
    csr::fuzz::require(report.valid() || !report.problems.isEmpty() ||
                       report.status == VerificationReport::Status::NotSigned);
    return 0;
}
