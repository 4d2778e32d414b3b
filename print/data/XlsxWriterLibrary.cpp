#include "XlsxWriterLibrary.h"

#include <dlfcn.h>
#include <type_traits>

namespace csr::data {

namespace {

XlsxWriterLibrary load()
{
    XlsxWriterLibrary x;
    void *lib = dlmopen(LM_ID_NEWLM, CSR_XLSXWRITER_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        x.error = QString::fromLocal8Bit(dlerror());
        return x;
    }
    bool complete = true;
    const auto resolve = [&](auto &slot, const char *name) {
        slot = reinterpret_cast<std::remove_reference_t<decltype(slot)>>(dlsym(lib, name));
        complete &= slot != nullptr;
    };
#define CSR_LXW(f) resolve(x.f, #f);
    CSR_XLSXWRITER_FUNCTIONS(CSR_LXW)
#undef CSR_LXW
    if (!complete)
        x.error = QStringLiteral(CSR_XLSXWRITER_SONAME " lacks a function this program uses");
    return x;
}

} // namespace

const XlsxWriterLibrary &XlsxWriterLibrary::instance()
{
    static const XlsxWriterLibrary library = load();
    return library;
}

} // namespace csr::data
