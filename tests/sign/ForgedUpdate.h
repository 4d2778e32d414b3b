#pragma once

#include <QByteArray>
#include <QString>

#include <openssl/evp.h>

namespace csr::test {

// What an attacker's tool (or a careless one) does to a signed PDF, built with PoDoFo and
// OpenSSL directly: the project's own signer refuses most of these, so the verifier's tests
// cannot make them through it.

// An incremental update that draws a rectangle over page `pageIndex` (its content stream
// rewritten); the earlier bytes stay untouched.
QByteArray changePageContent(const QByteArray &pdf, int pageIndex = 0);

// An incremental update that redefines every signature dictionary as null, the way a tool
// strips signatures; the signed revisions stay in the file.
QByteArray stripSignatures(const QByteArray &pdf);

struct ForgeOptions
{
    const EVP_MD *digest = EVP_sha256();
    bool cades = true; // signing-certificate-v2
    const char *subFilter = "ETSI.CAdES.detached";
};

// Adds an invisible signature as an incremental update, without the checks PdfSigner makes
// (earlier signatures intact, key usage, validity).
QByteArray signUnchecked(const QByteArray &pdf, const QString &p12Path, const QByteArray &password,
                         const ForgeOptions &options = {});

} // namespace csr::test
