#include "VerifyCommand.h"

#include "PdfVerifier.h"

#include <QLocale>

namespace csr::cli {

namespace {

using sign::VerificationReport;

QString yesNo(bool value)
{
    return value ? Tr::tr("yes") : Tr::tr("no");
}

QString orUnknown(const QString &text)
{
    return text.isEmpty() ? Tr::tr("(unknown)") : text;
}

void printSignature(int number, const sign::SignatureCheck &s)
{
    out() << Tr::tr("Signature %1%2:")
                 .arg(number)
                 .arg(s.fieldName.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(s.fieldName))
          << Qt::endl;
    const QString time =
        s.signingTime.isValid()
            ? s.signingTime.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
            : Tr::tr("(unknown)");
    const QList<std::pair<QString, QString>> rows = {
        {Tr::tr("Signer"), orUnknown(s.signerCommonName)},
        {Tr::tr("Issuer"), orUnknown(s.issuerCommonName.isEmpty() ? s.issuer : s.issuerCommonName)},
        {Tr::tr("Signing time"), time},
        {Tr::tr("Reason"), orUnknown(s.reason)},
        {Tr::tr("Digest matches"), yesNo(s.rangeWellFormed && s.digestMatches)},
        {Tr::tr("Certificate trusted"),
         s.certificateTrusted ? yesNo(true)
                              : QStringLiteral("%1 (%2)").arg(yesNo(false), s.trustProblem)},
        {Tr::tr("Covers whole file"), yesNo(s.coversWholeFile)},
    };
    for (const auto &[label, value] : rows)
        out() << "  " << (label + QLatin1Char(':')).leftJustified(22) << value << Qt::endl;
}

int run(QCommandLineParser &p, const QStringList &positional)
{
    if (positional.size() != 1) {
        err() << Tr::tr("verify: give exactly one PDF file.") << Qt::endl;
        return Unreadable;
    }
    sign::PdfVerifier verifier(true);
    for (const QString &pem : p.values(QStringLiteral("trust"))) {
        QString error;
        if (!verifier.addTrustedCertificates(pem, &error)) {
            err() << "verify: " << error << Qt::endl;
            return Unreadable;
        }
    }
    const QString file = positional.first();
    const VerificationReport report = verifier.verifyFile(file);
    switch (report.status) {
    case VerificationReport::Status::Unreadable:
    case VerificationReport::Status::NotPdf:
    case VerificationReport::Status::TooMuchWork:
        err() << file << ": " << report.problems.join(QLatin1Char(' ')) << Qt::endl;
        return Unreadable;
    case VerificationReport::Status::NotSigned:
        out() << Tr::tr("%1: the file is not signed.").arg(file) << Qt::endl;
        return Problems;
    case VerificationReport::Status::Valid:
    case VerificationReport::Status::Invalid:
        break;
    }
    for (int i = 0; i < report.signatures.size(); ++i)
        printSignature(i + 1, report.signatures[i]);
    if (report.valid()) {
        out() << Tr::tr("%1: valid. Every signature holds and nothing was changed after the last "
                        "one.")
                     .arg(file)
              << Qt::endl;
        return Ok;
    }
    out() << Tr::tr("%1: NOT valid.").arg(file) << Qt::endl;
    for (const QString &problem : report.problems)
        out() << "  - " << problem << Qt::endl;
    return Problems;
}

} // namespace

Command verifyCommand()
{
    return {QStringLiteral("verify"), false,
            Tr::tr("Check the signatures of a PDF; exit 0 if all hold and nothing was changed "
                   "after signing, 1 if not (or unsigned), 2 if unreadable."),
            run, [](QCommandLineParser &p) {
                p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The signed PDF."));
                p.addOption({QStringLiteral("trust"),
                             Tr::tr("Also trust the CA certificates of this PEM file (repeatable); "
                                    "the system's CA certificates are always trusted."),
                             Tr::tr("CA.pem")});
            }};
}

} // namespace csr::cli
