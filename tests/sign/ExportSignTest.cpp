// `csrstudio export FILE -o OUT.pdf --sign CERT.p12 …`: the print engine's PDF, signed over the
// statement's signature block.
#include "PdfVerifier.h"
#include "TestPki.h"
#include "TestSupport.h"

#include "CliRun.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <poppler-form.h>
#include <poppler-qt6.h>

#include <memory>

using namespace csr;
using csr::test::TestPki;

namespace {

using Run = test::CliRun;

Run csrstudio(const QStringList &args,
              const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    return test::runCsrstudio(args, env);
}

} // namespace

TEST_CASE("export --sign signs the sample over its signature block", "[sign][cli][export]")
{
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain.pdf"));
    const QString signedPdf = dir.filePath(QStringLiteral("signed.pdf"));
    const QString passwordFile = dir.filePath(QStringLiteral("pw"));
    test::writeFile(passwordFile, TestPki::password() + "\n");

    // Where the layout puts the block, as the unsigned export reports it.
    const Run unsignedRun = csrstudio({QStringLiteral("export"), QStringLiteral(CSR_SAMPLE),
                                       QStringLiteral("-o"), plain, QStringLiteral("--force")});
    INFO(unsignedRun.out.toStdString() << unsignedRun.err.toStdString());
    REQUIRE(unsignedRun.code == 0);
    const auto block =
        QRegularExpression(
            QStringLiteral(R"(page (\d+), x ([\d.]+) y ([\d.]+) w ([\d.]+) h ([\d.]+))"))
            .match(unsignedRun.out);
    REQUIRE(block.hasMatch());

    const Run signedRun =
        csrstudio({QStringLiteral("export"), QStringLiteral(CSR_SAMPLE), QStringLiteral("-o"),
                   signedPdf, QStringLiteral("--force"), QStringLiteral("--sign"),
                   TestPki::get().signerP12, QStringLiteral("--password-file"), passwordFile,
                   QStringLiteral("--location"), QStringLiteral("上海")});
    INFO(signedRun.out.toStdString() << signedRun.err.toStdString());
    REQUIRE(signedRun.code == 0);

    const sign::VerificationReport report = test::trustingTestCa().verifyFile(signedPdf);
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report.valid());
    CHECK(report.signatures.size() == 1);

    std::unique_ptr<Poppler::Document> doc(Poppler::Document::load(signedPdf));
    REQUIRE(doc);
    const int pageIndex = block.captured(1).toInt() - 1;
    std::unique_ptr<Poppler::Page> page(doc->page(pageIndex));
    REQUIRE(page);
    const auto fields = page->formFields();
    REQUIRE(fields.size() == 1);
    CHECK(fields.front()->type() == Poppler::FormField::FormSignature);
    const QSizeF size = page->pageSizeF();
    const QRectF r = fields.front()->rect();
    // The export prints one decimal.
    CHECK(r.x() * size.width() == Approx(block.captured(2).toDouble()).margin(0.06));
    CHECK(size.height() * (1 - r.y() - r.height()) ==
          Approx(block.captured(3).toDouble()).margin(0.06));
    CHECK(r.width() * size.width() == Approx(block.captured(4).toDouble()).margin(0.06));
    CHECK(r.height() * size.height() == Approx(block.captured(5).toDouble()).margin(0.06));
}

TEST_CASE("export --sign with a wrong password leaves no PDF behind", "[sign][cli][export]")
{
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("signed.pdf"));
    const QString passwordFile = dir.filePath(QStringLiteral("pw"));
    test::writeFile(passwordFile, "wrong\n");
    const Run r =
        csrstudio({QStringLiteral("export"), QStringLiteral(CSR_SAMPLE), QStringLiteral("-o"),
                   output, QStringLiteral("--force"), QStringLiteral("--sign"),
                   TestPki::get().signerP12, QStringLiteral("--password-file"), passwordFile});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QLatin1String("password does not open")));
    CHECK_FALSE(QFileInfo::exists(output));
}
