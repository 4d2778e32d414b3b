// `csrstudio verify` and `csrstudio sign` as a user runs them.
#include "SignFixture.h"

#include "CliRun.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

using namespace csr;
using csr::test::SignFixture;
using csr::test::TestPki;

namespace {

using Run = test::CliRun;

Run csrstudio(const QStringList &args,
              const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    return test::runCsrstudio(args, env);
}

QStringList verifyArgs(const QString &file)
{
    return {QStringLiteral("verify"), file, QStringLiteral("--trust"), TestPki::get().caPem};
}

} // namespace

TEST_CASE("verify: exit 0 for an intact signed PDF, with the signature's details", "[sign][cli]")
{
    SignFixture f;
    REQUIRE(f.sign().ok());
    const Run r = csrstudio(verifyArgs(f.output));
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(r.out.contains(TestPki::get().signerCommonName));
    CHECK(r.out.contains(TestPki::get().caCommonName));
    CHECK(r.out.contains(QRegularExpression(QStringLiteral("Digest matches: +yes"))));
    CHECK(r.out.contains(QRegularExpression(QStringLiteral("Certificate trusted: +yes"))));
    CHECK(r.out.contains(QRegularExpression(QStringLiteral("Covers whole file: +yes"))));
    CHECK(
        r.out.contains(QRegularExpression(QStringLiteral("Signing time: +\\d{4}-\\d\\d-\\d\\d"))));
}

TEST_CASE("verify: exit 1 when bytes follow the signature or the content changed", "[sign][cli]")
{
    SignFixture f;
    REQUIRE(f.sign().ok());
    QByteArray pdf = test::readFile(f.output);
    SECTION("appended")
    {
        test::writeFile(f.output, pdf + "\n% appended\n");
        const Run r = csrstudio(verifyArgs(f.output));
        INFO(r.out.toStdString() << r.err.toStdString());
        CHECK(r.code == 1);
        CHECK(r.out.contains(QLatin1String("modified after signing")));
        CHECK(r.out.contains(QRegularExpression(QStringLiteral("Covers whole file: +no"))));
    }
    SECTION("flipped")
    {
        const qsizetype at = test::readFile(f.input).size() / 2;
        pdf[at] = char(pdf[at] ^ 0x01);
        test::writeFile(f.output, pdf);
        const Run r = csrstudio(verifyArgs(f.output));
        INFO(r.out.toStdString() << r.err.toStdString());
        CHECK(r.code == 1);
        CHECK(r.out.contains(QLatin1String("digest mismatch: the signed content was changed")));
        CHECK(r.out.contains(QRegularExpression(QStringLiteral("Digest matches: +no"))));
    }
    SECTION("untrusted")
    {
        const Run r = csrstudio({QStringLiteral("verify"), f.output});
        INFO(r.out.toStdString() << r.err.toStdString());
        CHECK(r.code == 1);
        CHECK(r.out.contains(QRegularExpression(QStringLiteral("Certificate trusted: +no"))));
    }
}

TEST_CASE("verify: 1 for an unsigned PDF, 2 for what is not a PDF or not there", "[sign][cli]")
{
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain.pdf"));
    test::writeChinesePdf(plain, 1);
    const Run unsigned_ = csrstudio({QStringLiteral("verify"), plain});
    CHECK(unsigned_.code == 1);
    CHECK(unsigned_.out.contains(QLatin1String("the file is not signed")));

    const QString text = dir.filePath(QStringLiteral("notes.pdf"));
    test::writeFile(text, "just text");
    const Run notPdf = csrstudio({QStringLiteral("verify"), text});
    CHECK(notPdf.code == 2);
    CHECK(notPdf.err.contains(QLatin1String("not a PDF")));

    CHECK(csrstudio({QStringLiteral("verify"), dir.filePath(QStringLiteral("missing.pdf"))}).code ==
          2);
    const Run badTrust =
        csrstudio({QStringLiteral("verify"), plain, QStringLiteral("--trust"), text});
    CHECK(badTrust.code == 2);
    CHECK(badTrust.err.contains(QLatin1String("no PEM certificate")));
}

TEST_CASE("sign: password from a file or a variable, never from the command line", "[sign][cli]")
{
    SignFixture f;
    const QString passwordFile = f.dir.filePath(QStringLiteral("password.txt"));
    test::writeFile(passwordFile, TestPki::password() + "\nsecond line is ignored\n");
    const QStringList base = {QStringLiteral("sign"),   f.input,
                              QStringLiteral("-o"),     f.output,
                              QStringLiteral("--sign"), TestPki::get().signerP12,
                              QStringLiteral("--page"), QStringLiteral("2"),
                              QStringLiteral("--rect"), QStringLiteral("320,72,200,60")};

    SECTION("--password-file")
    {
        const Run r =
            csrstudio(base + QStringList{QStringLiteral("--password-file"), passwordFile});
        INFO(r.out.toStdString() << r.err.toStdString());
        CHECK(r.code == 0);
        CHECK(csrstudio(verifyArgs(f.output)).code == 0);
    }
    SECTION("--password-env")
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CSR_TEST_P12_PASSWORD"), QString::fromUtf8(TestPki::password()));
        const Run r = csrstudio(base + QStringList{QStringLiteral("--password-env"),
                                                   QStringLiteral("CSR_TEST_P12_PASSWORD")},
                                env);
        INFO(r.out.toStdString() << r.err.toStdString());
        CHECK(r.code == 0);
        CHECK_FALSE(r.out.contains(QString::fromUtf8(TestPki::password())));
    }
    SECTION("no password and no terminal")
    {
        const Run r = csrstudio(base);
        CHECK(r.code == 2);
        CHECK(r.err.contains(QLatin1String("--password-file")));
        CHECK_FALSE(QFileInfo::exists(f.output));
    }
    SECTION("--password is refused")
    {
        const Run r =
            csrstudio(base + QStringList{QStringLiteral("--password"), QStringLiteral("x")});
        CHECK(r.code == 2);
        CHECK(r.err.contains(QLatin1String("no --password option")));
        CHECK_FALSE(QFileInfo::exists(f.output));
    }
    SECTION("wrong password")
    {
        test::writeFile(passwordFile, "wrong\n");
        const Run r =
            csrstudio(base + QStringList{QStringLiteral("--password-file"), passwordFile});
        CHECK(r.code == 1);
        CHECK(r.err.contains(QLatin1String("password does not open")));
        CHECK_FALSE(QFileInfo::exists(f.output));
    }
    SECTION("rectangle off the page")
    {
        QStringList args = base;
        args[args.indexOf(QStringLiteral("320,72,200,60"))] = QStringLiteral("500,800,200,60");
        const Run r =
            csrstudio(args + QStringList{QStringLiteral("--password-file"), passwordFile});
        CHECK(r.code == 2);
        CHECK_FALSE(QFileInfo::exists(f.output));
    }
}
