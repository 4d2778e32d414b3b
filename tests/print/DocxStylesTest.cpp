// What a Word document's styles and numbering say about its paragraphs: heading levels by the
// style's name (English or Chinese), its outline level or its parent, and list numbers counted
// as Word counts them (Chinese numerals, nested levels restarting).
#include "DocxStyles.h"

#include <catch2/catch.hpp>

using csr::print::DocxStyles;

namespace {

const QByteArray W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

} // namespace

TEST_CASE("heading levels come from the style's name, outline level or parent")
{
    const QByteArray styles = "<w:styles " + W +
                              "><w:style w:styleId=\"1\"><w:name w:val=\"标题 1\"/></w:style>"
                              "<w:style w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/>"
                              "</w:style><w:style w:styleId=\"Own\"><w:name w:val=\"Chapter\"/>"
                              "<w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr></w:style>"
                              "<w:style w:styleId=\"Child\"><w:basedOn w:val=\"Own\"/></w:style>"
                              "<w:style w:styleId=\"LoopA\"><w:basedOn w:val=\"LoopB\"/></w:style>"
                              "<w:style w:styleId=\"LoopB\"><w:basedOn w:val=\"LoopA\"/></w:style>"
                              "<w:style w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
                              "</w:styles>";
    QString error;
    const DocxStyles s(styles, {}, &error);
    CHECK(error.isEmpty());
    CHECK(s.headingLevel(QStringLiteral("1")) == 0);
    CHECK(s.headingLevel(QStringLiteral("Heading2")) == 1);
    CHECK(s.headingLevel(QStringLiteral("Own")) == 2);
    CHECK(s.headingLevel(QStringLiteral("Child")) == 2);
    CHECK(s.headingLevel(QStringLiteral("LoopA")) == -1); // a loop ends, no level
    CHECK(s.headingLevel(QStringLiteral("Normal")) == -1);
    CHECK(s.headingLevel(QStringLiteral("missing")) == -1);
}

TEST_CASE("list numbers are counted as Word counts them")
{
    const QByteArray numbering =
        "<w:numbering " + W +
        "><w:abstractNum w:abstractNumId=\"7\">"
        "<w:lvl w:ilvl=\"0\"><w:start w:val=\"9\"/><w:numFmt w:val=\"chineseCounting\"/>"
        "<w:lvlText w:val=\"%1、\"/></w:lvl>"
        "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/>"
        "<w:lvlText w:val=\"（%2）\"/></w:lvl>"
        "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
        "<w:lvlText w:val=\"%1.%3\"/></w:lvl>"
        "<w:lvl w:ilvl=\"3\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/></w:lvl>"
        "</w:abstractNum><w:num w:numId=\"3\"><w:abstractNumId w:val=\"7\"/></w:num></w:numbering>";
    QString error;
    DocxStyles s({}, numbering, &error);
    CHECK(error.isEmpty());
    CHECK(s.nextNumber(QStringLiteral("3"), 0) == QStringLiteral("九、"));
    CHECK(s.nextNumber(QStringLiteral("3"), 1) == QStringLiteral("（一）"));
    CHECK(s.nextNumber(QStringLiteral("3"), 1) == QStringLiteral("（二）"));
    CHECK(s.nextNumber(QStringLiteral("3"), 2) == QStringLiteral("九.1"));
    CHECK(s.nextNumber(QStringLiteral("3"), 0) == QStringLiteral("十、"));
    CHECK(s.nextNumber(QStringLiteral("3"), 1) == QStringLiteral("（一）")); // restarted
    CHECK(s.nextNumber(QStringLiteral("3"), 0) == QStringLiteral("十一、"));
    CHECK(s.nextNumber(QStringLiteral("3"), 3).isEmpty()); // a bullet shows no number
    CHECK(s.nextNumber(QStringLiteral("4"), 0).isEmpty()); // no such list
}

TEST_CASE("styles with a DTD or broken XML are refused")
{
    QString error;
    DocxStyles dtd("<!DOCTYPE x [<!ENTITY a \"b\">]><w:styles " + W + "/>", {}, &error);
    CHECK(error.contains(QStringLiteral("DTD")));
    error.clear();
    DocxStyles broken("<w:styles " + W + "><w:style>", {}, &error);
    CHECK(error.contains(QStringLiteral("damaged")));
}
