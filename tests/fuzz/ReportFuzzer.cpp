// libFuzzer target: the .csreport reader (DocumentFormat::fromJson and JsonReader).
// A file it accepts must write back to bytes that read as the same document.
#include "DocumentFormat.h"
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace csr;
    const DocumentFormat::ReadResult read = DocumentFormat::fromJson(fuzz::bytesOf(data, size));
    fuzz::require(read.ok() || !read.error.message.isEmpty());
    if (read.ok()) {
        const DocumentFormat::ReadResult again =
            DocumentFormat::fromJson(DocumentFormat::toJson(read.document));
        fuzz::require(again.ok() && again.document == read.document);
    }
    return 0;
}
