#include "SignCommand.h"

#include "CertificateInfo.h"
#include "PdfSigner.h"
#include "Secret.h"

#include <QFile>
#include <QUrl>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace csr::cli {

namespace {

const QString SignOption = QStringLiteral("sign");
const QString PasswordFileOption = QStringLiteral("password-file");
const QString PasswordEnvOption = QStringLiteral("password-env");
const QString RefusedPasswordOption = QStringLiteral("password");
const QString TsaOption = QStringLiteral("tsa");
const QString LtvOption = QStringLiteral("ltv");
const QString DocTimestampOption = QStringLiteral("doc-timestamp");

// Reads one line from the terminal with echo off; the typed password never shows.
bool promptWithoutEcho(const QString &prompt, QByteArray &password)
{
#ifdef Q_OS_UNIX
    if (!isatty(STDIN_FILENO))
        return false;
    err() << prompt << Qt::flush;
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    for (char c; read(STDIN_FILENO, &c, 1) == 1 && c != '\n';)
        password.append(c);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    err() << Qt::endl;
    if (password.endsWith('\r'))
        password.chop(1);
    return true;
#else
    Q_UNUSED(prompt);
    Q_UNUSED(password);
    return false;
#endif
}

// The password comes from a file, an environment variable or the terminal; never from the
// command line itself, where other users see it in the process list and the shell history.
bool readPassword(const QCommandLineParser &p, const QString &certificate, QByteArray &password,
                  QString &error)
{
    if (p.isSet(PasswordFileOption) && p.isSet(PasswordEnvOption)) {
        error = Tr::tr("give either --password-file or --password-env, not both.");
        return false;
    }
    if (p.isSet(PasswordFileOption)) {
        const QString path = p.value(PasswordFileOption);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            error = Tr::tr("the password file \"%1\" cannot be read.").arg(path);
            return false;
        }
        QByteArray all = file.readAll();
        const qsizetype end = all.indexOf('\n');
        password = all.left(end < 0 ? all.size() : end);
        if (password.endsWith('\r'))
            password.chop(1);
        sign::wipe(all);
        return true;
    }
    if (p.isSet(PasswordEnvOption)) {
        const QString name = p.value(PasswordEnvOption);
        if (!qEnvironmentVariableIsSet(name.toLocal8Bit().constData())) {
            error = Tr::tr("the environment variable %1 is not set.").arg(name);
            return false;
        }
        password = qgetenv(name.toLocal8Bit().constData());
        return true;
    }
    if (promptWithoutEcho(Tr::tr("Password for %1: ").arg(certificate), password))
        return true;
    error = Tr::tr("no password for the certificate: give --password-file FILE or --password-env "
                   "VAR, or run in a terminal to be asked.");
    return false;
}

bool parseRect(const QString &text, QRectF &rect)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4)
        return false;
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok)
            return false;
    }
    rect = QRectF(v[0], v[1], v[2], v[3]);
    return v[2] > 0 && v[3] > 0;
}

// 2 for calls that cannot be carried out at all (files missing, wrong kind), 1 for a
// certificate or document that is there but not fit to sign with.
int exitCodeFor(sign::SignResult result)
{
    using R = sign::SignResult;
    switch (result) {
    case R::Ok:
        return Ok;
    case R::CertificateUnreadable:
    case R::NotPkcs12:
    case R::CertificateFileDamaged:
    case R::InputUnreadable:
    case R::InputTooLarge:
    case R::InputNotPdf:
    case R::BadPlacement:
    case R::OutputNotWritable:
        return Unreadable;
    default:
        return Problems;
    }
}

int run(QCommandLineParser &p, const QStringList &positional)
{
    if (positional.size() != 1) {
        err() << Tr::tr("sign: give exactly one PDF file to sign.") << Qt::endl;
        return Unreadable;
    }
    const QString output = p.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        err() << Tr::tr("sign: give the signed file to write with -o FILE.") << Qt::endl;
        return Unreadable;
    }
    int pageIndex = 0;
    if (p.isSet(QStringLiteral("page"))) {
        bool ok = false;
        pageIndex = p.value(QStringLiteral("page")).toInt(&ok) - 1;
        if (!ok || pageIndex < 0) {
            err() << Tr::tr("sign: --page takes a page number, 1 for the first page.") << Qt::endl;
            return Unreadable;
        }
    }
    QRectF rect;
    if (p.isSet(QStringLiteral("rect")) && !parseRect(p.value(QStringLiteral("rect")), rect)) {
        err() << Tr::tr("sign: --rect takes x,y,width,height in PDF points (origin at the "
                        "lower-left corner of the page), width and height above 0.")
              << Qt::endl;
        return Unreadable;
    }
    return signWithOptions(p, positional.first(), output, pageIndex, rect);
}

} // namespace

void declareSigningOptions(QCommandLineParser &p)
{
    p.addOption({SignOption, Tr::tr("Sign the PDF with this PKCS#12 certificate file (.p12/.pfx)."),
                 Tr::tr("CERT.p12")});
    p.addOption({PasswordFileOption,
                 Tr::tr("Read the certificate's password from the first line of this file."),
                 Tr::tr("FILE")});
    p.addOption({PasswordEnvOption,
                 Tr::tr("Read the certificate's password from this environment variable."),
                 Tr::tr("VAR")});
    p.addOption({QStringLiteral("reason"),
                 Tr::tr("The reason stated in the signature (default: %1).")
                     .arg(sign::SignRequest::defaultReason()),
                 Tr::tr("TEXT")});
    p.addOption(
        {QStringLiteral("location"), Tr::tr("Where the signing took place."), Tr::tr("TEXT")});
    p.addOption({TsaOption,
                 Tr::tr("Time-stamp the signature at this RFC 3161 time-stamp authority (PAdES "
                        "B-T); the address comes from your CA."),
                 Tr::tr("URL")});
    p.addOption({LtvOption, Tr::tr("With --tsa: also embed the certificate chain and what "
                                   "revocation data can be fetched (PAdES B-LT).")});
    p.addOption({DocTimestampOption,
                 Tr::tr("With --tsa: finally add a document time stamp over the whole file, "
                        "validation data included (with --ltv: PAdES B-LTA).")});
    QCommandLineOption refused(RefusedPasswordOption, QString(), QStringLiteral("PASSWORD"));
    refused.setFlags(QCommandLineOption::HiddenFromHelp);
    p.addOption(refused);
}

int refuseSigningOptionsWithoutSign(const QCommandLineParser &p)
{
    if (p.isSet(SignOption))
        return -1;
    for (const QString &option : {PasswordFileOption, PasswordEnvOption, QStringLiteral("reason"),
                                  QStringLiteral("location"), TsaOption, LtvOption,
                                  DocTimestampOption, RefusedPasswordOption}) {
        if (p.isSet(option)) {
            err() << Tr::tr("export: --%1 is for signing, but no certificate was given with "
                            "--sign CERT.p12; nothing was written, so an unsigned report is "
                            "not mistaken for a signed one.")
                         .arg(option)
                  << Qt::endl;
            return Unreadable;
        }
    }
    return -1;
}

int signWithOptions(const QCommandLineParser &p, const QString &input, const QString &output,
                    int pageIndex, const QRectF &rect, const QString &reason)
{
    if (p.isSet(RefusedPasswordOption)) {
        err() << Tr::tr("sign: there is no --password option: a password on the command line is "
                        "visible to other users and kept in the shell history. Use "
                        "--password-file FILE or --password-env VAR.")
              << Qt::endl;
        return Unreadable;
    }
    const QString certificate = p.value(SignOption);
    if (certificate.isEmpty()) {
        err() << Tr::tr("sign: give the certificate with --sign CERT.p12.") << Qt::endl;
        return Unreadable;
    }
    const QUrl tsa = QUrl::fromUserInput(p.value(TsaOption));
    if (p.isSet(TsaOption) && (!tsa.isValid() || !tsa.scheme().startsWith(QLatin1String("http")))) {
        err() << Tr::tr("sign: --tsa takes the http:// or https:// address of a time-stamp "
                        "authority, not \"%1\".")
                     .arg(p.value(TsaOption))
              << Qt::endl;
        return Unreadable;
    }
    if (p.isSet(LtvOption) && !p.isSet(TsaOption)) {
        err() << Tr::tr("sign: --ltv needs --tsa URL: long-term validation data is only of use "
                        "with a time stamp that proves when the signature was made.")
              << Qt::endl;
        return Unreadable;
    }
    if (p.isSet(DocTimestampOption) && !p.isSet(TsaOption)) {
        err() << Tr::tr("sign: --doc-timestamp needs --tsa URL: the document time stamp comes "
                        "from a time-stamp authority.")
              << Qt::endl;
        return Unreadable;
    }
    QByteArray password;
    QString error;
    if (!readPassword(p, certificate, password, error)) {
        err() << "sign: " << error << Qt::endl;
        return Unreadable;
    }

    sign::SignRequest request;
    request.inputPath = input;
    request.outputPath = output;
    request.certificatePath = certificate;
    request.pageIndex = pageIndex;
    request.rect = rect;
    request.reason = p.isSet(QStringLiteral("reason")) ? p.value(QStringLiteral("reason")) : reason;
    request.location = p.value(QStringLiteral("location"));
    if (p.isSet(TsaOption))
        request.tsaUrl = tsa;
    request.ltv = p.isSet(LtvOption);
    request.documentTimestamp = p.isSet(DocTimestampOption);
    const sign::SignOutcome outcome = sign::PdfSigner::sign(request, password);
    sign::wipe(password);

    if (!outcome.ok()) {
        err() << "sign: " << outcome.message << Qt::endl;
        return exitCodeFor(outcome.result);
    }
    out() << Tr::tr("Signed by %1 at %2 UTC: %3")
                 .arg(outcome.signerName,
                      outcome.signingTime.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), output)
          << Qt::endl;
    if (outcome.timestampTime.isValid())
        out() << Tr::tr("Time-stamped by %1 at %2 UTC (PAdES B-T).")
                     .arg(outcome.timestampAuthority.isEmpty() ? tsa.toDisplayString()
                                                               : outcome.timestampAuthority,
                          outcome.timestampTime.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
              << Qt::endl;
    if (outcome.ltvEmbedded)
        out() << Tr::tr("Long-term validation data embedded (PAdES B-LT).") << Qt::endl;
    if (outcome.documentTimestampTime.isValid())
        out() << Tr::tr("Document time stamp added at %1 UTC (%2).")
                     .arg(outcome.documentTimestampTime.toString(
                              QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                          outcome.ltvEmbedded ? QStringLiteral("PAdES B-LTA")
                                              : Tr::tr("over the signed file"))
              << Qt::endl;
    for (const QString &note : outcome.notes)
        err() << Tr::tr("note: %1").arg(note) << Qt::endl;
    return Ok;
}

Command signCommand()
{
    return {QStringLiteral("sign"), false,
            Tr::tr("Sign an exported PDF with a PKCS#12 certificate (PAdES, incremental update)."),
            run, [](QCommandLineParser &p) {
                p.addPositionalArgument(QStringLiteral("IN.pdf"), Tr::tr("The PDF to sign."));
                p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                             Tr::tr("The signed PDF to write (may be IN.pdf itself)."),
                             Tr::tr("OUT.pdf")});
                declareSigningOptions(p);
                p.addOption({QStringLiteral("page"),
                             Tr::tr("The page of the visible signature field, 1 for the first "
                                    "(default 1)."),
                             Tr::tr("N")});
                p.addOption({QStringLiteral("rect"),
                             Tr::tr("The field's rectangle in PDF points, origin at the page's "
                                    "lower-left corner; without it the signature is invisible."),
                             Tr::tr("x,y,w,h")});
            }};
}

} // namespace csr::cli
