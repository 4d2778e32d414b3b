#include "Pkcs12Bundle.h"
#include "TestPki.h"
#include "TestSupport.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace csr;
using csr::test::TestPki;

TEST_CASE("A certificate file without a MAC is named as such, not as a wrong password", "[sign]")
{
    // openssl pkcs12 -export -nomac, as some tools write them: no MAC to check the password by.
    QTemporaryDir dir;
    const QString nomac = dir.filePath(QStringLiteral("nomac.p12"));
    QProcess shell;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("P12_PASSWORD"), QString::fromUtf8(TestPki::password()));
    shell.setProcessEnvironment(env);
    shell.start(QStringLiteral("sh"),
                {QStringLiteral("-c"),
                 // Through a file: -export reads its input twice (key, then certificates).
                 QStringLiteral("openssl pkcs12 -in '%1' -passin env:P12_PASSWORD -nodes "
                                "-out '%2.pem' && openssl pkcs12 -export -nomac -in '%2.pem' "
                                "-passout env:P12_PASSWORD -out '%2'")
                     .arg(TestPki::get().signerP12, nomac)});
    REQUIRE(shell.waitForFinished(60000));
    REQUIRE(shell.exitCode() == 0);

    sign::Pkcs12Bundle bundle;
    CHECK(sign::Pkcs12Bundle::load(nomac, TestPki::password(), bundle) ==
          sign::SignResult::NoIntegrityCheck);
    CHECK(
        sign::describe(sign::SignResult::NoIntegrityCheck, nomac).contains(QStringLiteral("MAC")));
}
