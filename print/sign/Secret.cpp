#include "Secret.h"

#include <openssl/crypto.h>

namespace csr::sign {

void wipe(QByteArray &secret)
{
    // constData() does not detach: the shared buffer itself is cleared, not a fresh copy.
    if (!secret.isEmpty())
        OPENSSL_cleanse(const_cast<char *>(secret.constData()), size_t(secret.size()));
    secret.clear();
}

} // namespace csr::sign
