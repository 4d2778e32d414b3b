#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

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
    // The widget: invisible when empty; otherwise this rectangle on page 1 (PDF points), with
    // an appearance that fills it white and writes a line of text (what an overlay does).
    double x = 0, y = 0, width = 0, height = 0;
};

// Adds an invisible signature as an incremental update, without the checks PdfSigner makes
// (earlier signatures intact, key usage, validity).
QByteArray signUnchecked(const QByteArray &pdf, const QString &p12Path, const QByteArray &password,
                         const ForgeOptions &options = {});

// An incremental update written by hand, as an attacker's tool writes one: each entry
// (object number, body) (re)defines that object ("<< … >>", or a dictionary followed by a
// stream); the trailer keeps /Root and /Info and links to the previous cross-reference table.
QByteArray appendUpdate(const QByteArray &pdf, const QList<std::pair<int, QByteArray>> &objects);

// What a PDF holds, for building updates: the object number of page `index`, of the catalog,
// the next free object number, and an object's body as PoDoFo writes it ("<< /Type … >>").
int pageObjectNumber(const QByteArray &pdf, int index = 0);
int catalogObjectNumber(const QByteArray &pdf);
int nextObjectNumber(const QByteArray &pdf);
QByteArray objectBody(const QByteArray &pdf, int objectNumber);
// The object number of the first font in page `index`'s resources.
int fontObjectNumber(const QByteArray &pdf, int index = 0);

// The CMS (detached, over `data`) that signUnchecked puts in /Contents.
QByteArray cmsSignature(const QByteArray &data, const QString &p12Path, const QByteArray &password);

// A signature wrapping attack on the last signature: its signed second part moved towards the
// end, the gap between the parts widened to hold `injected` after the /Contents string, the
// /ByteRange rewritten to match and the CMS made anew over the moved parts (so the digest
// holds: what an attacker achieves when the signed bytes can be reordered).
QByteArray wrapSignature(const QByteArray &pdf, const QByteArray &injected, const QString &p12Path,
                         const QByteArray &password);

} // namespace csr::test
