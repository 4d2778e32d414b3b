// How long `verify` takes on hostile files with thousands of signature dictionaries; the
// target is an answer in under 2 s for 5,000 (issue 8). Prints one line per file: its size,
// the number of signature dictionaries, the verdict and the wall time of PdfVerifier::verify.
// Run: csr_bench_verify [COUNT]   (default 5000)
//
// The files are built from a one-page PDF signed by PdfSigner with a throw-away certificate:
//  - copies:   one incremental update holding COUNT copies of the signature dictionary;
//  - distinct: COUNT dictionaries, each with a byte range whose gap is exactly its own
//              /Contents (well-formed), holding no CMS;
//  - hashing:  COUNT dictionaries as above, each holding the real CMS, so that each one's range
//              must be hashed: the work budget stops it ("too many signatures to verify").
#include "PdfSigner.h"
#include "PdfVerifier.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509v3.h>

using namespace csr;

namespace {

QByteArray onePagePdf()
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        painter.drawText(100, 100, QStringLiteral("Report"));
    }
    return bytes;
}

// A self-signed P-256 certificate for signing, in a PKCS#12 file, and as PEM to trust.
void writeCertificate(const QString &path, const QString &pemPath, const QByteArray &password)
{
    EVP_PKEY *key = EVP_EC_gen("P-256");
    X509 *cert = X509_new();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
    X509_time_adj_ex(X509_getm_notBefore(cert), -1, 0, nullptr);
    X509_time_adj_ex(X509_getm_notAfter(cert), 30, 0, nullptr);
    X509_set_pubkey(cert, key);
    X509_NAME_add_entry_by_txt(X509_get_subject_name(cert), "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("Bench signer"), -1, -1, 0);
    X509_set_issuer_name(cert, X509_get_subject_name(cert));
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *usage =
        X509V3_EXT_conf_nid(nullptr, &ctx, NID_key_usage, "critical,digitalSignature");
    X509_add_ext(cert, usage, -1);
    X509_EXTENSION_free(usage);
    X509_sign(cert, key, EVP_sha256());
    PKCS12 *p12 = PKCS12_create(password.constData(), "bench", key, cert, nullptr, 0, 0, 0, 0, 0);
    BIO *bio = BIO_new_file(QFile::encodeName(path).constData(), "wb");
    i2d_PKCS12_bio(bio, p12);
    BIO_free(bio);
    PKCS12_free(p12);
    BIO *pem = BIO_new_file(QFile::encodeName(pemPath).constData(), "w");
    PEM_write_bio_X509(pem, cert);
    BIO_free(pem);
    X509_free(cert);
    EVP_PKEY_free(key);
}

struct Trailer
{
    QByteArray root;
    qint64 size = 0;
    QByteArray prev;
};

Trailer lastTrailer(const QByteArray &pdf)
{
    Trailer t;
    const QByteArray tail = pdf.mid(pdf.lastIndexOf("trailer"));
    const QString text = QString::fromLatin1(tail);
    t.root = QRegularExpression(QStringLiteral("/Root\\s*(\\d+\\s+\\d+\\s+R)"))
                 .match(text)
                 .captured(1)
                 .toLatin1();
    t.size =
        QRegularExpression(QStringLiteral("/Size\\s*(\\d+)")).match(text).captured(1).toLongLong();
    t.prev = pdf.mid(pdf.lastIndexOf("startxref") + 9).trimmed().split('\n').first().trimmed();
    return t;
}

// An incremental update defining `bodies` as new objects.
QByteArray appended(const QByteArray &pdf, const QList<QByteArray> &bodies)
{
    const Trailer t = lastTrailer(pdf);
    QByteArray update = "\n";
    QByteArray xref =
        "xref\n" + QByteArray::number(t.size) + ' ' + QByteArray::number(bodies.size()) + '\n';
    qint64 number = t.size;
    for (const QByteArray &body : bodies) {
        xref +=
            QByteArray::number(pdf.size() + update.size()).rightJustified(10, '0') + " 00000 n \n";
        update += QByteArray::number(number++) + " 0 obj\n" + body + "\nendobj\n";
    }
    const qint64 xrefAt = pdf.size() + update.size();
    return pdf + update + xref + "trailer\n<< /Size " + QByteArray::number(number) + " /Root " +
           t.root + " /Prev " + t.prev + " >>\nstartxref\n" + QByteArray::number(xrefAt) +
           "\n%%EOF\n";
}

// COUNT dictionaries whose byte ranges each leave out exactly their own /Contents and reach
// the end of the file; each holds `cms` (hex) or, when empty, a few zero bytes.
QByteArray wellFormedDictionaries(const QByteArray &pdf, int count, const QByteArray &cms)
{
    const QByteArray hex = cms.isEmpty() ? QByteArray(32, '0') : cms.toHex();
    const QByteArray placeholder = "[0 0000000000 0000000000 0000000000]";
    QList<QByteArray> bodies;
    for (int i = 0; i < count; ++i)
        bodies << "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached "
                  "/ByteRange " +
                      placeholder + " /Contents <" + hex + "> >>";
    QByteArray file = appended(pdf, bodies);
    // Fill in the ranges now that the final size is known (the numbers keep their width).
    for (qsizetype at = file.indexOf(placeholder, pdf.size()); at >= 0;
         at = file.indexOf(placeholder, at + 1)) {
        const qint64 open = file.indexOf('<', at + placeholder.size());
        const qint64 close = file.indexOf('>', open) + 1;
        auto n = [](qint64 v) { return QByteArray::number(v).rightJustified(10, '0'); };
        const QByteArray range =
            "[0 " + n(open) + ' ' + n(close) + ' ' + n(file.size() - close) + ']';
        file.replace(at, range.size(), range);
    }
    return file;
}

void measure(QTextStream &out, const sign::PdfVerifier &verifier, const char *name,
             const QByteArray &pdf)
{
    QElapsedTimer timer;
    timer.start();
    const sign::VerificationReport report = verifier.verify(pdf);
    const qint64 ms = timer.elapsed();
    const QString verdict =
        report.status == sign::VerificationReport::Status::TooMuchWork
            ? report.problems.value(0)
            : QStringLiteral("%1 signatures, %2 problems, %3")
                  .arg(report.signatures.size())
                  .arg(report.problems.size())
                  .arg(report.valid() ? QStringLiteral("valid") : QStringLiteral("NOT valid"));
    out << QStringLiteral("%1  %2 KB  %3 ms  %4")
               .arg(QLatin1String(name), -9)
               .arg(pdf.size() / 1024, 6)
               .arg(ms, 6)
               .arg(verdict)
        << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 5000;
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QByteArray password = "bench";
    sign::SignRequest request;
    request.inputPath = dir.filePath(QStringLiteral("in.pdf"));
    request.outputPath = dir.filePath(QStringLiteral("signed.pdf"));
    request.certificatePath = dir.filePath(QStringLiteral("bench.p12"));
    const QString pem = dir.filePath(QStringLiteral("bench.pem"));
    writeCertificate(request.certificatePath, pem, password);
    sign::PdfVerifier verifier(false);
    verifier.addTrustedCertificates(pem);
    QFile in(request.inputPath);
    in.open(QIODevice::WriteOnly);
    in.write(onePagePdf());
    in.close();
    const sign::SignOutcome outcome = sign::PdfSigner::sign(request, password);
    if (!outcome.ok()) {
        out << "signing failed: " << outcome.message << Qt::endl;
        return 1;
    }
    QFile signedFile(request.outputPath);
    signedFile.open(QIODevice::ReadOnly);
    const QByteArray pdf = signedFile.readAll();

    const qsizetype key = pdf.lastIndexOf("/ByteRange");
    const qsizetype start = pdf.lastIndexOf("<<", key);
    const qsizetype contents = pdf.indexOf('<', pdf.indexOf("/Contents", key));
    const qsizetype end = pdf.indexOf(">>", pdf.indexOf('>', contents)) + 2;
    QByteArray dictionary = pdf.mid(start, end - start);
    QByteArray cms =
        QByteArray::fromHex(pdf.mid(contents + 1, pdf.indexOf('>', contents) - contents - 1));
    while (cms.endsWith('\0')) // the reserved space's zero padding
        cms.chop(1);

    // The copies carry the CMS without the reserved space's padding, as a compact file would.
    const qsizetype copyContents = dictionary.indexOf('<', dictionary.indexOf("/Contents"));
    dictionary.replace(copyContents + 1, dictionary.indexOf('>', copyContents) - copyContents - 1,
                       cms.toHex());

    out << "PdfVerifier::verify on files with " << count << " signature dictionaries" << Qt::endl;
    measure(out, verifier, "signed", pdf);
    measure(out, verifier, "copies", appended(pdf, QList<QByteArray>(count, dictionary)));
    measure(out, verifier, "distinct", wellFormedDictionaries(pdf, count, {}));
    measure(out, verifier, "hashing", wellFormedDictionaries(pdf, count, cms));
    return 0;
}
