#include "SignResult.h"

#include <QCoreApplication>

namespace csr::sign {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::sign::SignResult)
};
} // namespace

QString describe(SignResult result, const QString &path)
{
    switch (result) {
    case SignResult::Ok:
        return Tr::tr("The signed PDF was written to \"%1\".").arg(path);
    case SignResult::CertificateUnreadable:
        return Tr::tr("The certificate file \"%1\" cannot be read.").arg(path);
    case SignResult::NotPkcs12:
        return Tr::tr("\"%1\" is not a PKCS#12 certificate file (.p12/.pfx).").arg(path);
    case SignResult::WrongPassword:
        return Tr::tr("The password does not open the certificate file \"%1\".").arg(path);
    case SignResult::CertificateFileDamaged:
        return Tr::tr("The certificate file \"%1\" is damaged: it is a PKCS#12 file, but cut "
                      "short or altered (its integrity check fails). Copy or export it again.")
            .arg(path);
    case SignResult::NoIntegrityCheck:
        return Tr::tr("The certificate file \"%1\" has no integrity check (MAC), so its password "
                      "and contents cannot be checked; export it again with the default "
                      "settings (a password-based MAC).")
            .arg(path);
    case SignResult::MissingPrivateKey:
        return Tr::tr("The certificate file \"%1\" holds no private key for its certificate; "
                      "export it again with the private key.")
            .arg(path);
    case SignResult::MissingCertificate:
        return Tr::tr("The certificate file \"%1\" holds a key but no certificate.").arg(path);
    case SignResult::CertificateExpired:
        return Tr::tr("The certificate in \"%1\" has expired; renew it with the issuing "
                      "certification authority.")
            .arg(path);
    case SignResult::CertificateNotYetValid:
        return Tr::tr("The certificate in \"%1\" is not valid yet (check the computer's clock).")
            .arg(path);
    case SignResult::NoSigningKeyUsage:
        return Tr::tr("The certificate in \"%1\" is not meant for signing (its key usage allows "
                      "neither digital signature nor non-repudiation).")
            .arg(path);
    case SignResult::NoDocumentSigningPurpose:
        return Tr::tr("The certificate in \"%1\" is not meant for signing documents: its "
                      "extended key usage allows none of emailProtection, documentSigning, Adobe "
                      "authentic documents or any purpose.")
            .arg(path);
    case SignResult::WeakKey:
        return Tr::tr("The certificate in \"%1\" has a key too weak for signing: RSA keys need "
                      "at least 2048 bits, elliptic-curve keys at least 256.")
            .arg(path);
    case SignResult::WeakCertificateDigest:
        return Tr::tr("The certificate in \"%1\" was signed by its issuer with a digest that is "
                      "not secure (SHA-2, such as SHA-256, is required).")
            .arg(path);
    case SignResult::InputTooLarge:
        return Tr::tr("The PDF file \"%1\" cannot be checked before signing: it is not a "
                      "regular file, or too large or has too many signatures to verify.")
            .arg(path);
    case SignResult::InputUnreadable:
        return Tr::tr("The PDF file \"%1\" cannot be read.").arg(path);
    case SignResult::InputNotPdf:
        return Tr::tr("\"%1\" is not a readable PDF file.").arg(path);
    case SignResult::InputAlreadyModified:
        return Tr::tr("\"%1\" carries a signature that no longer matches the file: it was changed "
                      "after signing. Export it again before signing.")
            .arg(path);
    case SignResult::BadPlacement:
        return Tr::tr("The signature field does not fit the document (page or rectangle out of "
                      "range).");
    case SignResult::OutputNotWritable:
        return Tr::tr("The signed PDF cannot be written to \"%1\".").arg(path);
    case SignResult::SigningFailed:
        return Tr::tr("Signing failed.");
    }
    return {};
}

} // namespace csr::sign
