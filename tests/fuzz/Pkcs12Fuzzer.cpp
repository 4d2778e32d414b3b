// libFuzzer target: the PKCS#12 loader. The seeds' password is "fuzz" (make-signed-seeds.py).
#include "FuzzSupport.h"
#include "Pkcs12Bundle.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace csr::sign;
    Pkcs12Bundle bundle;
    const SignResult result =
        Pkcs12Bundle::fromBytes(csr::fuzz::bytesOf(data, size), QByteArrayLiteral("fuzz"), bundle);
    // Success means a key and its certificate, nothing less.
    if (result == SignResult::Ok)
        csr::fuzz::require(bundle.key && bundle.certificate);
    return 0;
}
