#include "DocumentFormat.h"
#include "TestSupport.h"

using namespace csr;

TEST_CASE("metadata.language: absent means zh_CN, en is kept, others are refused with the place")
{
    Document doc = test::smallDocument();
    REQUIRE(doc.metadata.language == QStringLiteral("zh_CN"));
    // The default stays out of the file, so older readers and files mean the same.
    CHECK_FALSE(DocumentFormat::toJson(doc).contains("\"language\""));

    doc.metadata.language = QStringLiteral("en");
    const QByteArray json = DocumentFormat::toJson(doc);
    CHECK(json.contains("\"language\": \"en\""));
    const auto read = DocumentFormat::fromJson(json);
    REQUIRE(read.ok());
    CHECK(read.document == doc);

    QByteArray french = json;
    french.replace("\"language\": \"en\"", "\"language\": \"fr\"");
    const auto refused = DocumentFormat::fromJson(french);
    CHECK(refused.error.kind == ReadErrorKind::InvalidValue);
    CHECK(refused.error.message.contains(QStringLiteral("metadata.language")));
    CHECK(refused.error.message.contains(QStringLiteral("\"fr\"")));
    QByteArray number = json;
    number.replace("\"language\": \"en\"", "\"language\": 7");
    CHECK_FALSE(DocumentFormat::fromJson(number).ok());

    // The sample (written before the key existed) reads as a Chinese report.
    CHECK(test::loadSample().metadata.language == QStringLiteral("zh_CN"));
}
