#pragma once

#include "PdfVerifier.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTemporaryDir>

namespace csr::test {

// A small PKI made at test time with OpenSSL: a CA and signer certificates in PKCS#12 files.
// Made once per test binary (RSA key generation is slow under the sanitizers).
struct TestPki
{
    QTemporaryDir dir;
    QString caPem;     // the CA certificate, to trust
    QString signerP12; // leaf: digitalSignature + nonRepudiation, with the CA in the chain
    QString expiredP12;
    QString notYetValidP12;
    QString noSigningUsageP12;  // keyEncipherment only
    QString certificateOnlyP12; // the signer's certificate without its key
    QString serverAuthOnlyP12;  // extended key usage serverAuth only: a TLS server's
    QString documentSigningP12; // extended key usage documentSigning (1.3.6.1.5.5.7.3.36)
    QString rsa1024P12;         // digitalSignature, but an RSA key of 1024 bits
    QString strangerCaPem;      // a CA that issued none of these, for "untrusted"
    // A time-stamp authority's certificate (critical extendedKeyUsage timeStamping, issued by
    // the CA) and its key, for the test TSA (TestTsa).
    QString tsaCertPem;
    QString tsaKeyPem;
    QString tsaCommonName;
    // A TSA whose certificate was valid for three days and expired half an hour before the
    // PKI was made (at expiredTsaNotAfter): its time stamps from back then must still hold.
    QString expiredTsaCertPem;
    QString expiredTsaKeyPem;
    QDateTime expiredTsaNotAfter;
    QString signerCommonName;
    QString caCommonName;

    static QByteArray password();
    static const TestPki &get();
};

// A verifier that trusts the test CA only (not the system's roots).
sign::PdfVerifier trustingTestCa();

} // namespace csr::test
