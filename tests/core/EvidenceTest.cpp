#include "Evidence.h"
#include "DocumentFormat.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace csr;

TEST_CASE("Evidence is stored with its SHA-256 and refused beyond the size limit")
{
    const QDateTime when(QDate(2024, 2, 1), QTime(8, 0), Qt::UTC);
    const QByteArray csv("年份,人数\n2023,1184\n");
    const auto ok =
        EvidenceFactory::make(QStringLiteral("staff.total"), QStringLiteral("/home/u/花名册.csv"),
                              csv, QStringLiteral("王编辑"), when, 0);
    REQUIRE(ok.ok());
    CHECK(ok.evidence.fileName == QStringLiteral("花名册.csv"));
    // as `printf '年份,人数\n2023,1184\n' | sha256sum` prints it
    CHECK(ok.evidence.sha256 ==
          QStringLiteral("a9f9f9a888832346b9874d9ad7496b7a05cf5f377411c0b1c526b6c0c68541a6"));
    CHECK(ok.evidence.mimeType == QStringLiteral("text/csv"));

    const QByteArray tooBig(EvidenceLimits::MaxFileBytes + 1, 'x');
    const auto big =
        EvidenceFactory::make(QStringLiteral("staff.total"), QStringLiteral("scan.pdf"), tooBig,
                              QStringLiteral("王编辑"), when, 0);
    CHECK_FALSE(big.ok());
    CHECK(big.error.contains(QStringLiteral("at most 8.0 MiB")));
    const auto full = EvidenceFactory::make(QStringLiteral("staff.total"), QStringLiteral("a.pdf"),
                                            QByteArray(1024, 'x'), QStringLiteral("王编辑"), when,
                                            EvidenceLimits::MaxTotalBytes);
    CHECK_FALSE(full.ok());
    CHECK(full.error.contains(QStringLiteral("does not fit")));

    // Round trip, and a changed byte in the file is caught by the hash.
    Document doc = test::smallDocument();
    Evidence e = ok.evidence;
    e.id = QStringLiteral("e1");
    doc.evidence.append(e);
    const QByteArray json = DocumentFormat::toJson(doc);
    const auto read = DocumentFormat::fromJson(json);
    REQUIRE(read.ok());
    CHECK(read.document.evidence == doc.evidence);

    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonArray list = root.value(QStringLiteral("evidence")).toArray();
    QJsonObject first = list.at(0).toObject();
    first.insert(QStringLiteral("data"), QString::fromLatin1(QByteArray("forged").toBase64()));
    list.replace(0, first);
    root.insert(QStringLiteral("evidence"), list);
    const auto forged = DocumentFormat::fromJson(QJsonDocument(root).toJson());
    REQUIRE_FALSE(forged.ok());
    CHECK(forged.error.path == QStringLiteral("evidence[0].sha256"));
    CHECK(forged.error.message.contains(QStringLiteral("SHA-256")));
}
