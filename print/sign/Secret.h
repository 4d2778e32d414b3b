#pragma once

#include <QByteArray>

namespace csr::sign {

// Overwrites the bytes of a secret (a certificate password) in place, in every QByteArray that
// shares them, then empties it. Copies made by detaching earlier are out of reach.
void wipe(QByteArray &secret);

} // namespace csr::sign
