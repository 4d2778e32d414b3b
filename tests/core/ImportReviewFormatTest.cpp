#include "ImportReviewFormat.h"
#include "DocumentFormat.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace csr;

namespace {

ImportReviewItem item(ImportReviewItem::Kind kind, const QString &chapterId, const QString &message)
{
    ImportReviewItem i;
    i.kind = kind;
    i.message = message;
    i.location.chapterId = chapterId;
    i.location.chapterPath = QStringLiteral("三、主要内容");
    return i;
}

// The sample with `section` as its "importReview".
DocumentFormat::ReadResult readWith(const QJsonValue &section)
{
    QJsonObject root = DocumentFormat::toJsonObject(test::loadSample());
    root.insert(QStringLiteral("importReview"), section);
    return DocumentFormat::fromJson(QJsonDocument(root).toJson());
}

} // namespace

TEST_CASE("What the import left to check is kept with the report")
{
    Document doc = test::loadSample();
    doc.importReview = {
        item(ImportReviewItem::Kind::ImportedChapter, QStringLiteral("c7"),
             QStringLiteral("读入的章节：请与原报告核对。")),
        item(ImportReviewItem::Kind::GuessedLabel, QStringLiteral("c8"),
             QStringLiteral("“新增宽带”的名称是推断的。")),
        item(ImportReviewItem::Kind::PossibleHeader, QStringLiteral("c9"),
             QStringLiteral("可能是页眉：“西区局社会责任报告”")),
    };
    doc.importReview[1].location.metricId = QStringLiteral("c33.f5");
    doc.importReview[1].location.blockId = QStringLiteral("b12");
    const QByteArray json = DocumentFormat::toJson(doc);
    CHECK(json.contains("\"kind\": \"guessedLabel\""));
    const auto read = DocumentFormat::fromJson(json);
    REQUIRE(read.ok());
    CHECK(read.document.importReview == doc.importReview);
    CHECK(read.document == doc);

    // Nothing left to check, nothing written: a report never imported stays as it was.
    CHECK_FALSE(DocumentFormat::toJson(test::loadSample()).contains("importReview"));
}

TEST_CASE("A damaged import review is refused with its place")
{
    const auto refused = [](const DocumentFormat::ReadResult &r, const char *where) {
        INFO(r.error.message.toStdString());
        CHECK_FALSE(r.ok());
        CHECK(r.error.message.contains(QLatin1String(where)));
        CHECK(r.document == Document{}); // nothing half read
    };
    QJsonObject unknownKind{{QStringLiteral("kind"), QStringLiteral("shrug")},
                            {QStringLiteral("message"), QStringLiteral("x")}};
    refused(readWith(QJsonArray{unknownKind}), "importReview[0].kind");
    QJsonObject noMessage{{QStringLiteral("kind"), QStringLiteral("guessedLabel")}};
    refused(readWith(QJsonArray{QJsonObject{}, noMessage}), "importReview[0]");
    refused(readWith(QStringLiteral("not a list")), "importReview");
    refused(readWith(QJsonArray{42}), "importReview[0]");
    QJsonArray tooMany;
    for (qsizetype i = 0; i <= ImportReviewFormat::MaxItems; ++i)
        tooMany.append(QJsonObject{});
    refused(readWith(tooMany), "more than any import leaves");
    QJsonObject longMessage{{QStringLiteral("kind"), QStringLiteral("guessedLabel")},
                            {QStringLiteral("message"),
                             QString(ImportReviewFormat::MaxTextLength + 1, QLatin1Char('x'))}};
    refused(readWith(QJsonArray{longMessage}), "importReview[0].message");
}
