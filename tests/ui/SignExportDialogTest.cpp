#include "SignExportDialog.h"
#include "EditMetricCommand.h"
#include "MainWindow.h"
#include "PdfVerifier.h"
#include "PreferencesDialog.h"
#include "ReportSession.h"
#include "SigningPreferences.h"
#include "TestPki.h"
#include "TestSupport.h"
#include "TestTsa.h"
#include "Translations.h"
#include "UiTestSupport.h"
#include "VerifyDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace csr;
using namespace csr::ui;
using test::TestPki;

namespace {

QString passwordText()
{
    return QString::fromUtf8(TestPki::password());
}

QByteArray settingsFileBytes()
{
    QSettings settings;
    settings.sync();
    return test::readFile(settings.fileName());
}

} // namespace

TEST_CASE("Sign & Export shows the certificate and names what is wrong with it")
{
    test::isolateSettings();
    const TestPki &pki = TestPki::get();
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("签名报告.pdf"));
    SignExportDialog dialog(test::smallDocument());
    dialog.setOutputPath(output);
    dialog.show();

    dialog.setCertificatePath(pki.signerP12);
    dialog.setPassword(passwordText());
    QSignalSpy checked(&dialog, &SignExportDialog::certificateChecked);
    REQUIRE(dialog.checkCertificate());
    CHECK(checked.size() == 1);
    CHECK(checked.first().at(0).toBool());
    CHECK(dialog.certificate().result == sign::SignResult::Ok);
    CHECK(dialog.details().contains(pki.signerCommonName.toHtmlEscaped()));
    CHECK(dialog.details().contains(pki.caCommonName.toHtmlEscaped()));
    CHECK(dialog.details().contains(
        dialog.certificate().notAfter.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    CHECK(dialog.details().contains(QStringLiteral("digitalSignature")));

    SECTION("a wrong password is named and nothing is written")
    {
        dialog.setPassword(QStringLiteral("not-the-password"));
        CHECK_FALSE(dialog.checkCertificate());
        CHECK(dialog.certificate().result == sign::SignResult::WrongPassword);
        CHECK_FALSE(dialog.startSigning());
        CHECK(dialog.message() == sign::describe(sign::SignResult::WrongPassword, pki.signerP12));
        CHECK_FALSE(dialog.isBusy());
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>())
            if (edit->echoMode() == QLineEdit::Password)
                CHECK(edit->text().isEmpty()); // cleared after the attempt
        CHECK_FALSE(QFile::exists(output));
        CHECK(dir.isValid());
        CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }
    SECTION("expired, not yet valid, no signing usage, no key, not PKCS#12")
    {
        const QString notP12 = dir.filePath(QStringLiteral("plain.p12"));
        test::writeFile(notP12, "this is not a certificate");
        const std::pair<QString, sign::SignResult> cases[] = {
            {pki.expiredP12, sign::SignResult::CertificateExpired},
            {pki.notYetValidP12, sign::SignResult::CertificateNotYetValid},
            {pki.noSigningUsageP12, sign::SignResult::NoSigningKeyUsage},
            {pki.certificateOnlyP12, sign::SignResult::MissingPrivateKey},
            {notP12, sign::SignResult::NotPkcs12},
        };
        for (const auto &[path, expected] : cases) {
            CAPTURE(path);
            dialog.setCertificatePath(path);
            dialog.setPassword(passwordText());
            CHECK_FALSE(dialog.startSigning());
            CHECK(dialog.certificate().result == expected);
            CHECK(dialog.message() == sign::describe(expected, path));
            CHECK(dialog.details().contains(dialog.certificate().message.toHtmlEscaped()));
        }
        CHECK_FALSE(QFile::exists(output));
    }
    SECTION("an output folder that cannot be written is refused before anything runs")
    {
        dialog.setOutputPath(dir.filePath(QStringLiteral("missing/报告.pdf")));
        CHECK_FALSE(dialog.startSigning());
        CHECK(dialog.message().contains(dir.filePath(QStringLiteral("missing"))));
        CHECK_FALSE(dialog.isBusy());
    }
}

TEST_CASE("Sign & Export signs the sample, verifies the written file and remembers no password")
{
    test::isolateSettings();
    const TestPki &pki = TestPki::get();
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("西区报告-signed.pdf"));
    {
        SignExportDialog dialog(test::loadSample());
        dialog.addTrustedCertificates(pki.caPem);
        dialog.setCertificatePath(pki.signerP12);
        dialog.setPassword(passwordText());
        dialog.setOutputPath(output);
        dialog.show();

        QSignalSpy finished(&dialog, &SignExportDialog::finished);
        REQUIRE(dialog.startSigning());
        CHECK(dialog.isBusy());
        CHECK_FALSE(dialog.startSigning()); // one at a time
        REQUIRE(finished.wait(600000));
        INFO(dialog.message().toStdString());
        REQUIRE(finished.first().at(0).toBool());
        CHECK_FALSE(dialog.isBusy());
        CHECK(dialog.verification().valid());
        REQUIRE(dialog.verification().signatures.size() == 1);
        CHECK(dialog.verification().signatures.first().signerCommonName == pki.signerCommonName);
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>())
            if (edit->echoMode() == QLineEdit::Password)
                CHECK(edit->text().isEmpty());
    }
    // Only the signed file is left: the unsigned export was temporary.
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QFileInfo(output).fileName()});

    sign::PdfVerifier verifier(false);
    REQUIRE(verifier.addTrustedCertificates(pki.caPem));
    const sign::VerificationReport report = verifier.verifyFile(output);
    CHECK(report.valid());
    REQUIRE(report.signatures.size() == 1);
    CHECK(report.signatures.first().coversWholeFile);
    CHECK(report.signatures.first().reason == sign::SignRequest::defaultReason());

    QSettings settings;
    CHECK(settings.value(QStringLiteral("sign/lastCertificate")).toString() ==
          QFileInfo(pki.signerP12).absoluteFilePath());
    CHECK(settings.value(QStringLiteral("sign/lastOutputFolder")).toString() ==
          QFileInfo(output).absolutePath());
    const QByteArray stored = settingsFileBytes();
    CHECK(stored.contains("lastCertificate"));
    CHECK_FALSE(stored.contains(TestPki::password()));
    {
        SignExportDialog again(test::smallDocument());
        CHECK(again.certificatePath() == QFileInfo(pki.signerP12).absoluteFilePath());
        CHECK(QFileInfo(again.outputPath()).absolutePath() == QFileInfo(output).absolutePath());
    }

    SECTION("Verify Signed PDF shows the signed file as valid")
    {
        VerifyDialog verify;
        verify.setPdfPath(output);
        verify.setTrustedCertificates(pki.caPem);
        QSignalSpy done(&verify, &VerifyDialog::verified);
        REQUIRE(verify.startVerification());
        REQUIRE(done.wait(120000));
        CHECK(verify.report().valid());
        CHECK(verify.summary() == VerifyDialog::verdict(verify.report()));
        CHECK(verify.details().contains(pki.signerCommonName));
    }
    SECTION("Verify Signed PDF shows a tampered file as modified")
    {
        QFile file(output);
        REQUIRE(file.open(QIODevice::Append));
        file.write("\n% added after signing\n");
        file.close();
        VerifyDialog verify;
        verify.setPdfPath(output);
        verify.setTrustedCertificates(pki.caPem);
        QSignalSpy done(&verify, &VerifyDialog::verified);
        REQUIRE(verify.startVerification());
        REQUIRE(done.wait(120000));
        CHECK_FALSE(verify.report().valid());
        CHECK(verify.report().modifiedAfterLastSignature());
        CHECK(verify.summary() == VerifyDialog::tr("Modified: the file was changed after it was "
                                                   "signed."));
    }
}

TEST_CASE("Sign & Export time-stamps at the authority set in Preferences (PAdES B-T and B-LT)")
{
    test::isolateSettings();
    const TestPki &pki = TestPki::get();
    test::TestTsa tsa;
    {
        PreferencesDialog preferences;
        QLineEdit *field = nullptr;
        for (QLineEdit *edit : preferences.findChildren<QLineEdit *>())
            if (edit->placeholderText().contains(QLatin1String("http")))
                field = edit;
        REQUIRE(field);
        field->setText(QStringLiteral("ftp://tsa.example/"));
        preferences.accept();
        CHECK(preferences.result() != QDialog::Accepted); // refused, said in the dialog
        CHECK(SigningPreferences::tsaUrl().isEmpty());
        field->setText(tsa.url().toString());
        for (QCheckBox *box : preferences.findChildren<QCheckBox *>())
            box->setChecked(true);
        preferences.accept();
        CHECK(preferences.result() == QDialog::Accepted);
    }
    CHECK(SigningPreferences::tsaUrl() == tsa.url());
    CHECK(SigningPreferences::embedLtv());

    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("报告-b-lt.pdf"));
    SignExportDialog dialog(test::smallDocument());
    dialog.addTrustedCertificates(pki.caPem);
    dialog.setCertificatePath(pki.signerP12);
    dialog.setPassword(passwordText());
    dialog.setOutputPath(output);
    QSignalSpy finished(&dialog, &SignExportDialog::finished);
    REQUIRE(dialog.startSigning());
    REQUIRE(finished.wait(600000));
    INFO(dialog.message().toStdString());
    REQUIRE(finished.first().at(0).toBool());
    CHECK(tsa.requests() == 1);
    REQUIRE(dialog.verification().signatures.size() == 1);
    CHECK(dialog.verification().signatures.first().timestamp.valid());
    CHECK(dialog.verification().dss.present);
    // The verdict shown names the time stamp's authority and the embedded data.
    auto *result = dialog.findChild<QTextBrowser *>();
    REQUIRE(result);
    CHECK(result->toPlainText().contains(pki.tsaCommonName));
    CHECK(result->toPlainText().contains(QLatin1String("Long-term validation data embedded")));
}

TEST_CASE("The File menu opens Sign & Export and Verify Signed PDF without blocking")
{
    test::isolateSettings();
    MainWindow w;
    w.session()->reset(test::smallDocument(), QString());
    QStringList fileActions;
    for (QAction *a : w.menuBar()->actions().value(0)->menu()->actions())
        fileActions << a->text();
    CHECK(fileActions.contains(QStringLiteral("Si&gn && Export PDF…")));
    CHECK(fileActions.contains(QStringLiteral("Veri&fy Signed PDF…")));

    w.signAndExport();
    auto *sign = w.findChild<SignExportDialog *>();
    REQUIRE(sign);
    CHECK(sign->isVisible());
    CHECK_FALSE(sign->isModal());
    sign->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK_FALSE(w.findChild<SignExportDialog *>()); // deleted on close

    w.verifySignedPdf();
    auto *verify = w.findChild<VerifyDialog *>();
    REQUIRE(verify);
    CHECK(verify->isVisible());
    verify->close();
}

// The user guide's picture (docs/images/ui-sign-export.png); hidden, run by hand under Xvfb:
//   CSR_SCREENSHOT=docs/images/ui-sign-export.png QT_QPA_PLATFORM=xcb
//   xvfb-run -a -s "-screen 0 1400x900x24" build/tests/ui/ui_tests "[.screenshot]"
TEST_CASE("Screenshot of the Sign & Export dialog", "[.screenshot]")
{
    const QString path = qEnvironmentVariable("CSR_SCREENSHOT");
    REQUIRE_FALSE(path.isEmpty());
    test::isolateSettings();
    installTranslations(QStringLiteral("zh_CN"));
    const TestPki &pki = TestPki::get();
    SignExportDialog dialog(test::loadSample());
    dialog.setCertificatePath(pki.signerP12);
    dialog.setPassword(passwordText());
    dialog.setOutputPath(
        QStringLiteral("/home/wenming/报告/西区电信局2023社会责任报告-signed.pdf"));
    dialog.show();
    REQUIRE(dialog.checkCertificate());
    for (int i = 0; i < 10; ++i)
        QApplication::processEvents();
    const QImage image = dialog.grab().toImage().convertToFormat(
        QImage::Format_Indexed8, Qt::ThresholdDither | Qt::AvoidDither);
    REQUIRE(image.save(path, "PNG", 0));
}

TEST_CASE("Sign & Export signs the report as it is when Sign is pressed")
{
    // The dialog is not modal: editing goes on while it is open, and what is signed must be
    // what the window shows then, not a copy from when the dialog opened.
    ReportSession session;
    session.reset(test::loadSample(), QString());
    SignExportDialog dialog(&session);
    const Metric before = *session.document().findMetric(QStringLiteral("staff.total"));
    Metric after = before;
    after.value = 1300;
    session.undoStack()->push(
        new EditMetricCommand(&session, before, after, QStringLiteral("value")));
    REQUIRE(dialog.documentToSign().findMetric(QStringLiteral("staff.total"))->value == 1300);
    CHECK(dialog.documentToSign() == session.document());
}
