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

QString describeTimestamp(const sign::TimestampCheck &t)
{
    if (!t.present)
        return Tr::tr("none");
    QString text =
        Tr::tr("%1 by %2")
            .arg(t.time.isValid()
                     ? t.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                     : Tr::tr("(unknown time)"),
                 orUnknown(t.tsaName));
    text += t.verifies ? Tr::tr(", verifies") : Tr::tr(", does NOT verify");
    text += t.matchesSignature ? Tr::tr(", matches the signature")
                               : Tr::tr(", does NOT match the signature");
    if (!t.valid() && !t.problem.isEmpty())
        text += QStringLiteral(" (%1)").arg(t.problem);
    return text;
}

void printLongTermData(const sign::DssSummary &dss)
{
    const QString value = dss.present ? Tr::tr("yes (%1 certificates, %2 OCSP responses, %3 "
                                               "CRLs, %4 VRI entries)")
                                            .arg(dss.certificates)
                                            .arg(dss.ocspResponses)
                                            .arg(dss.crls)
                                            .arg(dss.vriEntries)
                                      : Tr::tr("no");
    out() << (Tr::tr("Long-term validation") + QLatin1Char(':')).leftJustified(24) << value
          << Qt::endl;
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
        {Tr::tr("Time stamp"), describeTimestamp(s.timestamp)},
        {Tr::tr("Reason"), orUnknown(s.reason)},
        {Tr::tr("Digest matches"), yesNo(s.rangeWellFormed && s.digestMatches)},
        {Tr::tr("Certificate trusted"),
         s.certificateTrusted ? yesNo(true)
                              : QStringLiteral("%1 (%2)").arg(yesNo(false), s.trustProblem)},
        {Tr::tr("Covers whole file"), yesNo(s.coversWholeFile)},
    };
    for (const auto &[label, value] : rows)
        out() << "  " << (label + QLatin1Char(':')).leftJustified(22) << value << Qt::endl;
    // Only when the DSS has per-signature entries at all.
    if (!s.vriKey.isEmpty())
        out() << "  " << (Tr::tr("VRI entry") + QLatin1Char(':')).leftJustified(22)
              << (s.hasVri ? Tr::tr("yes (%1)").arg(QString::fromLatin1(s.vriKey)) : yesNo(false))
              << Qt::endl;
}

// A document time stamp: the TSA's token over the file, not a signer's signature.
void printDocumentTimestamp(int number, const sign::SignatureCheck &s)
{
    out() << Tr::tr("Document time stamp %1%2:")
                 .arg(number)
                 .arg(s.fieldName.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(s.fieldName))
          << Qt::endl;
    const sign::TimestampCheck &t = s.timestamp;
    const QList<std::pair<QString, QString>> rows = {
        {Tr::tr("Time"), t.time.isValid()
                             ? t.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                             : Tr::tr("(unknown)")},
        {Tr::tr("Time-stamp authority"), orUnknown(t.tsaName)},
        {Tr::tr("Matches the file"), yesNo(s.rangeWellFormed && t.matchesSignature)},
        {Tr::tr("Token verifies"),
         t.verifies ? yesNo(true) : QStringLiteral("%1 (%2)").arg(yesNo(false), t.problem)},
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
        if (!report.signatures.isEmpty())
            break; // document time stamps only: listed below
        out() << Tr::tr("%1: the file is not signed.").arg(file) << Qt::endl;
        return Problems;
    case VerificationReport::Status::Valid:
    case VerificationReport::Status::Invalid:
        break;
    }
    int signatures = 0, stamps = 0;
    for (const sign::SignatureCheck &check : report.signatures) {
        if (check.documentTimestamp)
            printDocumentTimestamp(++stamps, check);
        else
            printSignature(++signatures, check);
    }
    printLongTermData(report.dss);
    // A time stamp proves when the file existed, not who approved it: exit 1, as unsigned.
    if (report.status == VerificationReport::Status::NotSigned) {
        out() << Tr::tr("%1: NOT signed, only time-stamped.").arg(file) << Qt::endl;
        for (const QString &problem : report.problems)
            out() << "  - " << problem << Qt::endl;
        return Problems;
    }
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
