// libFuzzer target: the seal image loader (PNG or SVG bytes, as a .csreport file may carry them)
// and the drawing of what it accepts.
#include "FuzzSupport.h"
#include "SealImage.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    csr::fuzz::startHeadlessGui();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace csr::print;
    const SealCheck check = checkSealBytes(csr::fuzz::bytesOf(data, size), QStringLiteral("seal"));
    csr::fuzz::require(check.error.isEmpty() != check.bytes.isEmpty());
    if (check.error.isEmpty())
        (void)renderSeal(check.bytes, check.mimeType, QSize(32, 32));
    return 0;
}
