#include "DocumentFormat.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace csr;
using Kind = ReadErrorKind;

namespace {

QByteArray smallJson()
{
    return DocumentFormat::toJson(test::smallDocument());
}

// Applies `edit` to the JSON of the small document and reads the result back.
DocumentFormat::ReadResult readEdited(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(smallJson()).object();
    edit(root);
    return DocumentFormat::fromJson(QJsonDocument(root).toJson());
}

} // namespace

TEST_CASE("A document survives a round trip unchanged")
{
    Document doc = test::smallDocument();
    doc.signatory.sealImage = QByteArray("\x89PNG\r\n\x1a\n-fake", 13);
    doc.signatory.sealMimeType = QStringLiteral("image/png");
    const QByteArray first = DocumentFormat::toJson(doc);
    const auto read = DocumentFormat::fromJson(first);
    REQUIRE(read.ok());
    CHECK(read.document == doc);
    CHECK(DocumentFormat::toJson(read.document) == first);
}

TEST_CASE("Reading errors name the problem and where it is")
{
    struct Row
    {
        const char *what;
        QByteArray bytes;
        Kind kind;
        const char *messagePart;
    };
    const Row rows[] = {
        {"binary", QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11), Kind::NotJson, "not UTF-8"},
        {"plain text", "hello, world", Kind::SyntaxError, "line 1"},
        {"truncated", smallJson().left(200), Kind::SyntaxError, "syntax error"},
        {"array", "[1, 2]", Kind::NotAReport, "not a CSR report"},
        {"foreign JSON", R"({"name": "package", "version": "1.0"})", Kind::NotAReport,
         "formatVersion"},
        {"newer version", R"({"formatVersion": 99, "metadata": {}})", Kind::UnsupportedVersion,
         "newer version"},
        {"bad version", R"({"formatVersion": "one"})", Kind::UnsupportedVersion, "formatVersion"},
        // Beyond int's range: must still read as newer, never as version 0 or 1.
        {"far newer version", R"({"formatVersion": 1e10, "metadata": {}})",
         Kind::UnsupportedVersion, "format version 10000000000"},
        {"version past int", R"({"formatVersion": 2147483648})", Kind::UnsupportedVersion,
         "newer version"},
    };
    for (const Row &r : rows) {
        INFO(r.what);
        const auto read = DocumentFormat::fromJson(r.bytes);
        CHECK(read.error.kind == r.kind);
        CHECK(read.error.message.contains(QString::fromUtf8(r.messagePart)));
    }
}

TEST_CASE("A syntax error gives its line and column")
{
    const QByteArray bytes =
        "{\n  \"formatVersion\": 1,\n  \"metadata\": { \"unitName\": \"单位\" ,, }\n}";
    const auto read = DocumentFormat::fromJson(bytes);
    REQUIRE(read.error.kind == Kind::SyntaxError);
    CHECK(read.error.line == 3);
    CHECK(read.error.column == 35); // the second comma, counted in characters (单位 is 2)
    CHECK(read.error.message.contains(QStringLiteral("line 3, column 35")));

    const auto typo = DocumentFormat::fromJson("{\n  \"a\": tru}");
    REQUIRE(typo.error.kind == Kind::SyntaxError);
    CHECK(typo.error.line == 2);
    CHECK(typo.error.column == 8); // the "t" of the misspelt literal
}

TEST_CASE("Structural errors have a JSON path")
{
    SECTION("missing required field")
    {
        const auto read = readEdited([](QJsonObject &root) {
            QJsonObject meta = root[QStringLiteral("metadata")].toObject();
            meta.remove(QStringLiteral("unitName"));
            root[QStringLiteral("metadata")] = meta;
        });
        CHECK(read.error.kind == Kind::MissingField);
        CHECK(read.error.path == QStringLiteral("metadata.unitName"));
        CHECK(read.error.message.contains(QStringLiteral("unitName")));
    }
    SECTION("wrong type")
    {
        const auto read = readEdited([](QJsonObject &root) {
            QJsonArray metrics = root[QStringLiteral("metrics")].toArray();
            QJsonObject m = metrics[0].toObject();
            m[QStringLiteral("value")] = QStringLiteral("1184 人");
            metrics[0] = m;
            root[QStringLiteral("metrics")] = metrics;
        });
        CHECK(read.error.kind == Kind::WrongType);
        CHECK(read.error.path == QStringLiteral("metrics[0].value"));
        CHECK(read.error.message.contains(QStringLiteral("a number")));
    }
    SECTION("duplicate metric id")
    {
        const auto read = readEdited([](QJsonObject &root) {
            QJsonArray metrics = root[QStringLiteral("metrics")].toArray();
            metrics.append(metrics[0]);
            root[QStringLiteral("metrics")] = metrics;
        });
        CHECK(read.error.kind == Kind::DuplicateId);
        CHECK(read.error.path == QStringLiteral("metrics[2].id"));
        CHECK(read.error.message.contains(QStringLiteral("staff.total")));
    }
    SECTION("metric id that prose cannot quote")
    {
        const auto read = readEdited([](QJsonObject &root) {
            QJsonArray metrics = root[QStringLiteral("metrics")].toArray();
            QJsonObject m = metrics[0].toObject();
            m[QStringLiteral("id")] = QStringLiteral("员工 总数");
            metrics[0] = m;
            root[QStringLiteral("metrics")] = metrics;
        });
        CHECK(read.error.kind == Kind::InvalidValue);
        CHECK(read.error.path == QStringLiteral("metrics[0].id"));
        CHECK(read.error.message.contains(QStringLiteral("员工 总数")));
    }
    SECTION("damaged seal image")
    {
        const auto read = readEdited([](QJsonObject &root) {
            QJsonObject signatory = root[QStringLiteral("signatory")].toObject();
            signatory[QStringLiteral("seal")] =
                QJsonObject{{QStringLiteral("mimeType"), QStringLiteral("image/png")},
                            {QStringLiteral("data"), QStringLiteral("not*base64!")}};
            root[QStringLiteral("signatory")] = signatory;
        });
        CHECK(read.error.kind == Kind::InvalidValue);
        CHECK(read.error.path == QStringLiteral("signatory.seal.data"));
        CHECK(read.error.message.contains(QStringLiteral("seal")));
    }
    SECTION("duplicate block id")
    {
        const auto read = readEdited([](QJsonObject &root) {
            QJsonArray chapters = root[QStringLiteral("chapters")].toArray();
            QJsonObject c = chapters[1].toObject();
            QJsonArray blocks = c[QStringLiteral("blocks")].toArray();
            QJsonObject b = blocks[0].toObject();
            b[QStringLiteral("id")] = QStringLiteral("b1");
            blocks[0] = b;
            c[QStringLiteral("blocks")] = blocks;
            chapters[1] = c;
            root[QStringLiteral("chapters")] = chapters;
        });
        CHECK(read.error.kind == Kind::DuplicateId);
        CHECK(read.error.path == QStringLiteral("chapters[1].blocks[0].id"));
    }
    SECTION("unknown metric in a table")
    {
        const auto read = readEdited([](QJsonObject &root) {
            QJsonArray chapters = root[QStringLiteral("chapters")].toArray();
            QJsonObject c = chapters[1].toObject();
            QJsonArray blocks = c[QStringLiteral("blocks")].toArray();
            QJsonObject b = blocks[1].toObject();
            b[QStringLiteral("metricIds")] =
                QJsonArray{QStringLiteral("staff.total"), QStringLiteral("ghost")};
            blocks[1] = b;
            c[QStringLiteral("blocks")] = blocks;
            chapters[1] = c;
            root[QStringLiteral("chapters")] = chapters;
        });
        CHECK(read.error.kind == Kind::UnknownReference);
        CHECK(read.error.path == QStringLiteral("chapters[1].blocks[1].metricIds[1]"));
        CHECK(read.error.message.contains(QStringLiteral("ghost")));
    }
    SECTION("bad date")
    {
        const auto read = readEdited([](QJsonObject &root) {
            QJsonObject meta = root[QStringLiteral("metadata")].toObject();
            meta[QStringLiteral("periodStart")] = QStringLiteral("2023/01/01");
            root[QStringLiteral("metadata")] = meta;
        });
        CHECK(read.error.kind == Kind::InvalidValue);
        CHECK(read.error.message.contains(QStringLiteral("YYYY-MM-DD")));
    }
    SECTION("signed year (found by fuzzing: it read, but could not be written back)")
    {
        for (const char *text : {"-2023-01-01", "+2023-01-01", "２０２３-01-01"}) {
            const auto read = readEdited([text](QJsonObject &root) {
                QJsonObject meta = root[QStringLiteral("metadata")].toObject();
                meta[QStringLiteral("periodStart")] = QString::fromUtf8(text);
                root[QStringLiteral("metadata")] = meta;
            });
            CHECK(read.error.kind == Kind::InvalidValue);
        }
    }
    SECTION("negative page budget (found by fuzzing: it read, but could not be written back)")
    {
        const auto read = readEdited([](QJsonObject &root) {
            QJsonObject meta = root[QStringLiteral("metadata")].toObject();
            meta[QStringLiteral("pageBudget")] = -1;
            root[QStringLiteral("metadata")] = meta;
        });
        CHECK(read.error.kind == Kind::InvalidValue);
        CHECK(read.error.path == QStringLiteral("metadata.pageBudget"));
    }
    SECTION("seal without bytes (found by fuzzing: it read, but could not be written back)")
    {
        for (const char *data : {"", "i"}) {
            const auto read = readEdited([data](QJsonObject &root) {
                root[QStringLiteral("signatory")] = QJsonObject{
                    {QStringLiteral("name"), QStringLiteral("朱樱")},
                    {QStringLiteral("seal"),
                     QJsonObject{{QStringLiteral("mimeType"), QStringLiteral("image/png")},
                                 {QStringLiteral("data"), QString::fromLatin1(data)}}}};
            });
            CHECK_FALSE(read.ok());
            CHECK(read.error.path.startsWith(QStringLiteral("signatory.seal")));
        }
    }
    SECTION("unknown block type")
    {
        const auto read = readEdited([](QJsonObject &root) {
            QJsonArray chapters = root[QStringLiteral("chapters")].toArray();
            QJsonObject c = chapters[0].toObject();
            QJsonArray blocks = c[QStringLiteral("blocks")].toArray();
            QJsonObject b = blocks[0].toObject();
            b[QStringLiteral("type")] = QStringLiteral("video");
            blocks[0] = b;
            c[QStringLiteral("blocks")] = blocks;
            chapters[0] = c;
            root[QStringLiteral("chapters")] = chapters;
        });
        CHECK(read.error.kind == Kind::InvalidValue);
        CHECK(read.error.path == QStringLiteral("chapters[0].blocks[0].type"));
    }
}

TEST_CASE("A failed read returns no partial document")
{
    const auto read =
        readEdited([](QJsonObject &root) { root.remove(QStringLiteral("chapters")); });
    CHECK(read.error.kind == Kind::MissingField);
    CHECK(read.document == Document{});
}
