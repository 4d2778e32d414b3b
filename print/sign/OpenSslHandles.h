#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <memory>

// Owning handles for the OpenSSL objects this library uses, so every early return frees them.
namespace csr::sign::ossl {

template <auto Free> struct Deleter
{
    template <typename T> void operator()(T *p) const { Free(p); }
};

using Bio = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using Cms = std::unique_ptr<CMS_ContentInfo, Deleter<CMS_ContentInfo_free>>;
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using Pkcs12 = std::unique_ptr<PKCS12, Deleter<PKCS12_free>>;
using Store = std::unique_ptr<X509_STORE, Deleter<X509_STORE_free>>;
using StoreCtx = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509_free>>;

inline void freeCertStack(STACK_OF(X509) * s)
{
    sk_X509_pop_free(s, X509_free);
}
using CertStack = std::unique_ptr<STACK_OF(X509), Deleter<freeCertStack>>;

// A read-only memory BIO over bytes that must outlive it.
Bio memoryBio(const QByteArray &bytes);
// The UTF-8 text of the first `nid` entry (e.g. NID_commonName) of a name, empty if absent.
QString nameEntry(const X509_NAME *name, int nid);
// "CN=…, O=…" in RFC 2253 order, UTF-8 preserved, for names without a common name.
QString nameText(const X509_NAME *name);
QDateTime toDateTime(const ASN1_TIME *time);
QByteArray toDer(const X509 *cert);
// The text of the oldest queued OpenSSL error, then clears the queue; for logs and details.
QString takeError();
// OpenSSL's reason and its added detail ("Verify error:…"), which say more than the code;
// then clears the queue.
QString takeErrorWithData();
// Whether a digest (by NID) is a SHA-2 one: the only ones a signature or a time stamp may use.
bool isSha2(int nid);

} // namespace csr::sign::ossl
