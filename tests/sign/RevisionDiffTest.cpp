// A change made between two signatures: the later signature covers it, the earlier does not.
#include "RevisionDiff.h"
#include "ForgedUpdate.h"
#include "PdfSignatures.h"
#include "PdfVerifier.h"
#include "SignFixture.h"

#include "CliRun.h"

#include <QThread>

using namespace csr;
using namespace csr::sign;
using csr::test::SignFixture;
using csr::test::TestPki;

namespace {

// Signed once by the project's signer: the bytes and the signed revision.
struct Once
{
    SignFixture fixture;
    QByteArray pdf;
    Once()
    {
        REQUIRE(fixture.sign().ok());
        pdf = test::readFile(fixture.output);
    }
};

} // namespace

TEST_CASE("Two signatures by the project's signer verify, the first one unchanged",
          "[sign][verify][revision]")
{
    Once s;
    SignFixture &f = s.fixture;
    f.request.inputPath = f.output;
    f.request.outputPath = f.dir.filePath(QStringLiteral("twice.pdf"));
    f.request.rect = QRectF(320, 842 - 700, 200, 60);
    // PoDoFo stamps /ModDate in /Info to the second when it signs: that change must not count.
    QThread::msleep(1100);
    REQUIRE(f.sign().ok());
    const QByteArray twice = test::readFile(f.request.outputPath);

    const QStringList changes = RevisionDiff::changesAfterSigning(s.pdf, twice);
    INFO(changes.join(QLatin1Char('\n')).toStdString());
    CHECK(changes.isEmpty());
    const VerificationReport report = test::trustingTestCa().verify(twice);
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.signatures.size() == 2);
    CHECK(report.signatures[0].changesAfterSigning.isEmpty());
    CHECK(report.valid());
}

TEST_CASE("Page content changed between two signatures is reported", "[sign][verify][revision]")
{
    Once s;
    const QByteArray changed = test::changePageContent(s.pdf, 0);
    REQUIRE(changed.startsWith(s.pdf));
    const QByteArray forged =
        test::signUnchecked(changed, TestPki::get().signerP12, TestPki::password());

    const VerificationReport report = test::trustingTestCa().verify(forged);
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.signatures.size() == 2);
    // Each signature in itself holds: only the comparison of revisions shows the change.
    CHECK(report.signatures[0].valid());
    CHECK(report.signatures[1].valid());
    CHECK(report.signatures[1].coversWholeFile);
    CHECK_FALSE(report.signatures[0].changesAfterSigning.isEmpty());
    CHECK(report.status == VerificationReport::Status::Invalid);
    const QString problems = report.problems.join(QLatin1Char(' '));
    CHECK(problems.contains(QLatin1String("Signature 1: the document was changed after it was "
                                          "signed")));
    CHECK(problems.contains(QLatin1String("content of page 1")));

    test::writeFile(s.fixture.output, forged);
    const test::CliRun r = test::runCsrstudio({QStringLiteral("verify"), s.fixture.output,
                                               QStringLiteral("--trust"), TestPki::get().caPem});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.code == 1);
    CHECK(r.out.contains(QLatin1String("content of page 1")));
}

TEST_CASE("A second signature by another tool, with nothing else changed, verifies",
          "[sign][verify][revision]")
{
    Once s;
    const QByteArray twice =
        test::signUnchecked(s.pdf, TestPki::get().signerP12, TestPki::password());
    const VerificationReport report = test::trustingTestCa().verify(twice);
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.signatures.size() == 2);
    CHECK(report.valid());
}

TEST_CASE("A signature nulled by a later update is reported as removed, not as unsigned",
          "[sign][verify][revision]")
{
    Once s;
    const QByteArray stripped = test::stripSignatures(s.pdf);
    REQUIRE(findSignatures(stripped).readByPoDoFo);
    REQUIRE(findSignatures(stripped).signatures.isEmpty());
    const VerificationReport report = test::trustingTestCa().verify(stripped);
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report.status == VerificationReport::Status::Invalid);
    CHECK(report.problems.join(QLatin1Char(' '))
              .contains(QLatin1String("A signature was removed after signing")));

    test::writeFile(s.fixture.output, stripped);
    const test::CliRun r = test::runCsrstudio({QStringLiteral("verify"), s.fixture.output,
                                               QStringLiteral("--trust"), TestPki::get().caPem});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.code == 1);
    CHECK(r.out.contains(QLatin1String("removed after signing")));
    CHECK_FALSE(r.out.contains(QLatin1String("not signed")));
}

TEST_CASE("The first of two signatures nulled by a later update is reported as removed",
          "[sign][verify][revision]")
{
    Once s;
    const QByteArray stripped = test::stripSignatures(s.pdf);
    const QByteArray resigned =
        test::signUnchecked(stripped, TestPki::get().signerP12, TestPki::password());
    const VerificationReport report = test::trustingTestCa().verify(resigned);
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report.signatures.size() == 1);
    CHECK_FALSE(report.valid());
    CHECK(report.problems.join(QLatin1Char(' '))
              .contains(QLatin1String("A signature was removed after signing")));
}

namespace {

// A PDF written by hand with its cross-reference table: objects numbered from `first`,
// appended to `before` as an incremental update when it is not empty. No /Info anywhere.
QByteArray handWritten(const QByteArray &before, int first, const QList<QByteArray> &objects,
                       int size)
{
    QByteArray out = before.isEmpty() ? QByteArray("%PDF-1.7\n") : before;
    QByteArray xref = "xref\n";
    xref += before.isEmpty()
                ? "0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n"
                : QByteArray::number(first) + ' ' + QByteArray::number(objects.size()) + '\n';
    for (int i = 0; i < objects.size(); ++i) {
        xref += QByteArray::number(out.size()).rightJustified(10, '0') + " 00000 n \n";
        out += QByteArray::number(first + i) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xrefAt = out.size();
    QByteArray prev;
    if (!before.isEmpty())
        prev = " /Prev " + before.mid(before.lastIndexOf("startxref") + 9).trimmed().split('\n')[0];
    return out + xref + "trailer\n<< /Size " + QByteArray::number(size) + " /Root 1 0 R" + prev +
           " >>\nstartxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
}

} // namespace

TEST_CASE("A file without /Info: the one PoDoFo invents for it is no change",
          "[sign][verify][revision]")
{
    // As other tools sign a file without /Info: the next update's new object takes the number
    // PoDoFo gave its own /Info when reading the earlier revision.
    const QByteArray before = handWritten(
        {}, 1,
        {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
         "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
         "<< /Length 18 >>\nstream\n0 0 m 100 100 l S\nendstream"},
        5);
    const QByteArray later =
        handWritten(before, 5, {"<< /Type /Sig /Filter /Adobe.PPKLite /Reason (test) >>"}, 6);
    INFO(RevisionDiff::changesAfterSigning(before, later).join(QLatin1Char('\n')).toStdString());
    CHECK(RevisionDiff::changesAfterSigning(before, later).isEmpty());

    // A real change is still one.
    const QByteArray changed =
        handWritten(before, 4, {"<< /Length 18 >>\nstream\n0 0 m 200 200 l S\nendstream"}, 5);
    CHECK_FALSE(RevisionDiff::changesAfterSigning(before, changed).isEmpty());
}
