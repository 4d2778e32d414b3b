#pragma once

#include "PdfSigner.h"
#include "TestPdf.h"
#include "TestPki.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QTemporaryDir>

namespace csr::test {

// A Chinese PDF in a temporary folder and a request to sign it with the test signer, its field
// on the last page over the "签字" box.
struct SignFixture
{
    QTemporaryDir dir;
    QString input = dir.filePath(QStringLiteral("报告.pdf"));
    QString output = dir.filePath(QStringLiteral("报告-signed.pdf"));
    sign::SignRequest request;

    SignFixture()
    {
        writeChinesePdf(input, 2);
        request.inputPath = input;
        request.outputPath = output;
        request.certificatePath = TestPki::get().signerP12;
        request.pageIndex = 1;
        request.rect = QRectF(320, 842 - 770, 200, 60); // PDF user space, y up (A4: 842 pt)
        request.location = QStringLiteral("上海");
    }

    sign::SignOutcome sign() const { return sign::PdfSigner::sign(request, TestPki::password()); }
};

} // namespace csr::test
