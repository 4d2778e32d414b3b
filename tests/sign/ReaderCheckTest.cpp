// The signed PDF as readers see it: poppler's pdfsig (NSS) and poppler-qt6, with the test CA
// trusted through a temporary NSS database.
#include "SignFixture.h"

#include "CliRun.h"

#include <QDir>

#include <QProcess>
#include <QStandardPaths>

#include <poppler-form.h>
#include <poppler-qt6.h>

#include <memory>

using namespace csr;
using csr::test::SignFixture;
using csr::test::TestPki;
using csr::test::toolOutput;

namespace {

// NSS is set up once per process, so one database for the whole binary.
struct NssDatabase
{
    QTemporaryDir dir;
    QString url;

    static const NssDatabase &get()
    {
        static NssDatabase db;
        static const bool made = [] {
            REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("certutil")).isEmpty());
            db.url = QStringLiteral("sql:") + db.dir.path();
            int code = -1;
            const QString created = toolOutput(QStringLiteral("certutil"),
                                               {QStringLiteral("-N"), QStringLiteral("-d"), db.url,
                                                QStringLiteral("--empty-password")},
                                               &code);
            INFO(created.toStdString());
            REQUIRE(code == 0);
            const QString added = toolOutput(QStringLiteral("certutil"),
                                             {QStringLiteral("-A"), QStringLiteral("-d"), db.url,
                                              QStringLiteral("-n"), QStringLiteral("csr-test-ca"),
                                              QStringLiteral("-t"), QStringLiteral("CT,C,C"),
                                              QStringLiteral("-i"), TestPki::get().caPem},
                                             &code);
            INFO(added.toStdString());
            REQUIRE(code == 0);
            Poppler::setNSSDir(db.url);
            return true;
        }();
        Q_UNUSED(made);
        return db;
    }
};

QString pdfsig(const QString &file)
{
    return toolOutput(QStringLiteral("pdfsig"),
                      {QStringLiteral("-nssdir"), NssDatabase::get().url, file});
}

} // namespace

TEST_CASE("pdfsig finds the signature valid, trusted and covering the whole document",
          "[sign][poppler]")
{
    SignFixture f;
    REQUIRE(f.sign().ok());
    const QString report = pdfsig(f.output);
    INFO(report.toStdString());
    CHECK(report.contains(QLatin1String("Signature is Valid")));
    CHECK(report.contains(QLatin1String("Certificate is Trusted")));
    CHECK(report.contains(QLatin1String("Total document signed")));
    CHECK(report.contains(QLatin1String("ETSI.CAdES.detached")));
    CHECK(report.contains(QLatin1String("SHA-256")));
    CHECK(report.contains(TestPki::get().signerCommonName));
}

TEST_CASE("pdfsig sees a flipped byte as a digest mismatch and appended bytes as partial",
          "[sign][poppler]")
{
    SignFixture f;
    REQUIRE(f.sign().ok());
    const QByteArray signedPdf = test::readFile(f.output);

    QByteArray flipped = signedPdf;
    // Inside the first signed range, in the original document's body.
    const qsizetype at = test::readFile(f.input).size() / 2;
    flipped[at] = char(flipped[at] ^ 0x20);
    const QString flippedPath = f.dir.filePath(QStringLiteral("flipped.pdf"));
    test::writeFile(flippedPath, flipped);
    const QString flippedReport = pdfsig(flippedPath);
    INFO(flippedReport.toStdString());
    CHECK(flippedReport.contains(QLatin1String("Digest Mismatch")));

    const QString appendedPath = f.dir.filePath(QStringLiteral("appended.pdf"));
    test::writeFile(appendedPath, signedPdf + "\n% added later\n");
    const QString appendedReport = pdfsig(appendedPath);
    INFO(appendedReport.toStdString());
    CHECK(appendedReport.contains(QLatin1String("Signature is Valid")));
    CHECK_FALSE(appendedReport.contains(QLatin1String("Total document signed")));
}

TEST_CASE("poppler-qt6 finds the field on the requested page and rectangle", "[sign][poppler]")
{
    NssDatabase::get();
    SignFixture f;
    f.request.rect = QRectF(300.5, 60.25, 210, 75); // PDF points, y up
    REQUIRE(f.sign().ok());
    std::unique_ptr<Poppler::Document> doc(Poppler::Document::load(f.output));
    REQUIRE(doc);
    REQUIRE(doc->numPages() == 2);

    const auto signatures = doc->signatures();
    REQUIRE(signatures.size() == 1);
    const Poppler::SignatureValidationInfo info =
        signatures.front()->validate(Poppler::FormFieldSignature::ValidateVerifyCertificate);
    CHECK(info.signatureStatus() == Poppler::SignatureValidationInfo::SignatureValid);
    CHECK(info.certificateStatus() == Poppler::SignatureValidationInfo::CertificateTrusted);
    CHECK(info.signsTotalDocument());
    CHECK(info.reason() == QStringLiteral("公开披露"));
    CHECK(info.location() == QStringLiteral("上海"));

    for (const auto &field : doc->page(0)->formFields())
        CHECK(field->type() != Poppler::FormField::FormSignature);
    std::unique_ptr<Poppler::Page> last(doc->page(1));
    const auto fields = last->formFields();
    REQUIRE(fields.size() == 1);
    REQUIRE(fields.front()->type() == Poppler::FormField::FormSignature);
    const QSizeF page = last->pageSizeF();   // points
    const QRectF r = fields.front()->rect(); // normalized, origin top-left
    CHECK(r.x() * page.width() == Approx(300.5).margin(0.01));
    CHECK(r.width() * page.width() == Approx(210).margin(0.01));
    CHECK(r.height() * page.height() == Approx(75).margin(0.01));
    CHECK(page.height() - (r.y() + r.height()) * page.height() == Approx(60.25).margin(0.01));
}

TEST_CASE("qpdf finds the signed file structurally sound", "[sign][poppler]")
{
    SignFixture f;
    REQUIRE(f.sign().ok());
    int code = -1;
    const QString out =
        toolOutput(QStringLiteral("qpdf"), {QStringLiteral("--check"), f.output}, &code);
    INFO(out.toStdString());
    CHECK(code == 0);
}

TEST_CASE("A signed export covers its embedded data set: pdfsig total, verify passes, the data "
          "extracts unchanged",
          "[sign][poppler][opendata]")
{
    QTemporaryDir dir;
    const QString signedPdf = dir.filePath(QStringLiteral("signed.pdf"));
    const QString csv = dir.filePath(QStringLiteral("figures.csv"));
    const QString passwordFile = dir.filePath(QStringLiteral("pw"));
    test::writeFile(passwordFile, TestPki::password() + "\n");
    const test::CliRun exported = test::runCsrstudio(
        {QStringLiteral("export"), QStringLiteral(CSR_SAMPLE), QStringLiteral("-o"), signedPdf,
         QStringLiteral("--force"), QStringLiteral("--sign"), TestPki::get().signerP12,
         QStringLiteral("--password-file"), passwordFile});
    INFO(exported.out.toStdString() << exported.err.toStdString());
    REQUIRE(exported.code == 0);
    REQUIRE(test::runCsrstudio({QStringLiteral("export"), QStringLiteral(CSR_SAMPLE),
                                QStringLiteral("--data"), QStringLiteral("-o"), csv,
                                QStringLiteral("--force")})
                .code == 0);

    const QString report = pdfsig(signedPdf);
    INFO(report.toStdString());
    CHECK(report.contains(QLatin1String("Signature is Valid")));
    CHECK(report.contains(QLatin1String("Total document signed")));
    // The attachment was embedded before signing: the verifier's revision comparison finds
    // nothing added after the signature.
    const test::CliRun verified = test::runCsrstudio(
        {QStringLiteral("verify"), signedPdf, QStringLiteral("--trust"), TestPki::get().caPem});
    INFO(verified.out.toStdString() << verified.err.toStdString());
    CHECK(verified.code == 0);

    const QString saved = dir.filePath(QStringLiteral("detached"));
    QDir().mkpath(saved);
    const QString detach =
        toolOutput(QStringLiteral("pdfdetach"),
                   {QStringLiteral("-saveall"), QStringLiteral("-o"), saved, signedPdf});
    INFO(detach.toStdString());
    const QByteArray embedded = test::readFile(saved + QStringLiteral("/csr-data-2023-public.csv"));
    CHECK_FALSE(embedded.isEmpty());
    CHECK(embedded == test::readFile(csv));
}
