#include "DocumentFormat.h"
#include "RollForward.h"
#include "TestSupport.h"

using namespace csr;

TEST_CASE("The report's print style survives a round trip and stays out when default")
{
    Document doc = test::smallDocument();
    const QByteArray plain = DocumentFormat::toJson(doc);
    CHECK_FALSE(plain.contains("\"style\""));
    REQUIRE(DocumentFormat::fromJson(plain).ok());
    CHECK(DocumentFormat::fromJson(plain).document.metadata.style.isEmpty());

    for (const QString &style :
         {QStringLiteral("civic-blue"), QStringLiteral("/home/unit/styles/our unit.json")}) {
        doc.metadata.style = style;
        const QByteArray json = DocumentFormat::toJson(doc);
        CHECK(json.contains(QStringLiteral("\"style\": \"%1\"").arg(style).toUtf8()));
        const auto read = DocumentFormat::fromJson(json);
        REQUIRE(read.ok());
        CHECK(read.document == doc);
        CHECK(DocumentFormat::toJson(read.document) == json);
    }
    // Next year's report is printed in the same style.
    CHECK(rollForward(doc, doc.metadata.year + 1).metadata.style == doc.metadata.style);
}

TEST_CASE("A print style that is not a text is refused with its place")
{
    QByteArray json = DocumentFormat::toJson(test::smallDocument());
    json.replace("\"metadata\": {", "\"metadata\": {\n        \"style\": 7,");
    const auto read = DocumentFormat::fromJson(json);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error.message.contains(QStringLiteral("metadata.style")));
}
