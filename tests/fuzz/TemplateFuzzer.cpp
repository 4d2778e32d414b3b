// libFuzzer target: the template reader (a .csreport-shaped file with a "template" object).
#include "FuzzSupport.h"
#include "Template.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto t =
        csr::templateFromJson(csr::fuzz::bytesOf(data, size), QStringLiteral("fuzz.json"), &error);
    csr::fuzz::require(t ? !t->id.isEmpty() : !error.isEmpty());
    if (t)
        (void)csr::newDocument(*t, QStringLiteral("单位"), 2024);
    return 0;
}
