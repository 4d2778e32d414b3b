// The sign-off gate on the command line: `csrstudio review` and `export --sign` refuse while the
// review is open, naming what is open; the owner's override is recorded and printed.
#include "DocumentFile.h"
#include "ReviewWorkflow.h"
#include "TestPki.h"
#include "TestSupport.h"

#include "CliRun.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace csr;
using csr::test::TestPki;

namespace {

QString pdftotext(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("review and export --sign refuse an open review: the owner's override is recorded",
          "[sign][cli][review]")
{
    QTemporaryDir dir;
    const QString report = dir.filePath(QStringLiteral("report.csreport"));
    Document doc = test::loadSample();
    doc.review.reviewers = {QStringLiteral("李审核")};
    doc.review.owner = QStringLiteral("朱樱");
    const QDateTime when(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
    const Chapter &first = doc.chapters[1]; // 一、公开陈述 (the notes are unnumbered)
    REQUIRE(first.required);
    const QString firstTitle = first.title;
    REQUIRE(ReviewWorkflow::returnForChanges(doc, first.id, FileReviewPolicy(doc.review),
                                             QStringLiteral("李审核"), when,
                                             QStringLiteral("请补充数据来源"))
                .ok());
    doc.review.threads.append({QStringLiteral("t1"),
                               {AnchorKind::Chapter, first.id, {}, {}, 0, {}},
                               {{QStringLiteral("李审核"), when, QStringLiteral("请核对")}},
                               false,
                               {},
                               {}});
    REQUIRE(DocumentFile::save(doc, report).isEmpty());

    const auto review = test::runCsrstudio({QStringLiteral("review"), report});
    INFO(review.out.toStdString() << review.err.toStdString());
    CHECK(review.code == 1);
    CHECK(review.out.contains(firstTitle + QStringLiteral(" [required]: needs changes by 李审核")));
    CHECK(review.out.contains(QStringLiteral("请补充数据来源")));
    CHECK(review.out.contains(QStringLiteral("t1  一、") + firstTitle));
    CHECK(review.out.contains(QStringLiteral("Sign-off is blocked")));

    const QString passwordFile = dir.filePath(QStringLiteral("pw"));
    test::writeFile(passwordFile, TestPki::password() + "\n");
    const QString signedPdf = dir.filePath(QStringLiteral("signed.pdf"));
    const QStringList sign{QStringLiteral("export"),
                           report,
                           QStringLiteral("-o"),
                           signedPdf,
                           QStringLiteral("--force"),
                           QStringLiteral("--sign"),
                           TestPki::get().signerP12,
                           QStringLiteral("--password-file"),
                           passwordFile,
                           QStringLiteral("--edition"),
                           QStringLiteral("internal")};
    const auto refused = test::runCsrstudio(sign);
    INFO(refused.err.toStdString());
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("not ready for sign-off")));
    CHECK(refused.err.contains(QStringLiteral("一、") + firstTitle));
    CHECK(refused.err.contains(QStringLiteral("an open comment on 一、") + firstTitle));
    CHECK_FALSE(QFile::exists(signedPdf));

    const auto notOwner = test::runCsrstudio(
        sign + QStringList{QStringLiteral("--override-review"), QStringLiteral("按期报送"),
                           QStringLiteral("--as"), QStringLiteral("李审核")});
    CHECK(notOwner.code == 1);
    CHECK(notOwner.err.contains(QStringLiteral("Only the report's owner (朱樱)")));
    CHECK_FALSE(QFile::exists(signedPdf));

    const auto overridden = test::runCsrstudio(
        sign + QStringList{QStringLiteral("--override-review"), QStringLiteral("上级要求按期报送"),
                           QStringLiteral("--as"), QStringLiteral("朱樱")});
    INFO(overridden.out.toStdString() << overridden.err.toStdString());
    REQUIRE(overridden.code == 0);
    REQUIRE(QFile::exists(signedPdf));
    const auto reread = DocumentFile::load(report);
    REQUIRE(reread.ok());
    REQUIRE(reread.document.review.overrides.size() == 1);
    const SignOffOverride &o = reread.document.review.overrides.first();
    CHECK(o.who == QStringLiteral("朱樱"));
    CHECK(o.reason == QStringLiteral("上级要求按期报送"));
    CHECK(o.blockers.size() == 2);
    // The internal edition's sign-off record prints it.
    const QString text = pdftotext(signedPdf).remove(QLatin1Char('\n'));
    CHECK(text.contains(QStringLiteral("签署记录")));
    CHECK(text.contains(QStringLiteral("上级要求按期报送")));
}

TEST_CASE("a report not under review is signed as before, and review says so",
          "[sign][cli][review]")
{
    const auto review = test::runCsrstudio({QStringLiteral("review"), QStringLiteral(CSR_SAMPLE)});
    CHECK(review.code == 0);
    CHECK(review.out.contains(QStringLiteral("not under review")));
}
