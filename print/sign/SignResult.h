#pragma once

#include <QString>

namespace csr::sign {

// What became of a signing request, or of reading a certificate. The caller (dialog, command
// line) decides how to show it; describe() gives the sentence to show.
enum class SignResult {
    /// The signed file was written.
    Ok,
    /// The certificate file could not be read at all (missing, no permission).
    CertificateUnreadable,
    /// The certificate file is not a PKCS#12 (.p12/.pfx) file.
    NotPkcs12,
    /// The PKCS#12 file is fine but the password does not open it.
    WrongPassword,
    /// The file is a PKCS#12 file but damaged (cut short, or its contents no longer match its
    /// integrity check although the password decrypts it).
    CertificateFileDamaged,
    /// The PKCS#12 file has no integrity check (MAC, as `openssl pkcs12 -nomac` writes), so
    /// neither the password nor the file's integrity can be checked before use.
    NoIntegrityCheck,
    /// The PKCS#12 file holds no private key, or none that belongs to its certificate.
    MissingPrivateKey,
    /// The PKCS#12 file holds a private key but no certificate.
    MissingCertificate,
    /// The certificate's validity ended before now.
    CertificateExpired,
    /// The certificate's validity starts after now.
    CertificateNotYetValid,
    /// The certificate restricts its key to uses other than signing (no digitalSignature or
    /// nonRepudiation in its key usage).
    NoSigningKeyUsage,
    /// The certificate's extended key usage is for other purposes only (a TLS server, say):
    /// none of emailProtection, documentSigning, Adobe authentic documents or any.
    NoDocumentSigningPurpose,
    /// The key is too weak: RSA (or DSA) below 2048 bits, elliptic curve below 256 bits.
    WeakKey,
    /// The issuer signed the certificate with a digest that is not SHA-2 (SHA-1, MD5).
    WeakCertificateDigest,
    /// The input PDF could not be read (missing, no permission).
    InputUnreadable,
    /// The input is not a PDF file, or one PoDoFo cannot parse.
    InputNotPdf,
    /// The input is not a regular file (a device, a pipe), or too large or has too many
    /// signatures to verify before signing.
    InputTooLarge,
    /// The input already carries a signature that no longer matches it (content changed or
    /// bytes added after signing); signing again would seem to approve that change.
    InputAlreadyModified,
    /// The page index or the rectangle does not fit the document.
    BadPlacement,
    /// The output file or its folder cannot be written.
    OutputNotWritable,
    /// PoDoFo or OpenSSL failed while building the signature (details in the message).
    SigningFailed,
};

// A human sentence for `result`; `path` names the file concerned where that helps.
QString describe(SignResult result, const QString &path = {});

} // namespace csr::sign
