#include "CliRun.h"
#include "DocumentFile.h"
#include "PgCluster.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace csr;
using csr::test::runCsrstudio;

TEST_CASE("team init, publish, list and export: the exported file equals the original",
          "[team][cli]")
{
    test::PgCluster &cluster = test::PgCluster::shared();
    REQUIRE(cluster.ok());
    const QString db = cluster.createDatabase();
    REQUIRE(!db.isEmpty());
    const QString server = cluster.url(db);
    QTemporaryDir dir;

    CHECK(runCsrstudio({"team", "list", server}).err.contains("team init"));
    auto run = runCsrstudio({"team", "init", server});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.out.contains("version 3"));
    CHECK(runCsrstudio({"team", "init", server}).out.contains("already"));

    run = runCsrstudio({"team", "publish", CSR_SAMPLE, "--to", server, "--as", "west-2023"});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(runCsrstudio({"team", "publish", CSR_SAMPLE, "--to", server, "--as", "west-2023"}).code ==
          1);
    run = runCsrstudio({"team", "list", server});
    REQUIRE(run.code == 0);
    CHECK(run.out.startsWith("west-2023\t2023\t"));

    const QString copy = dir.filePath("copy.csreport");
    run = runCsrstudio({"team", "export", server, "west-2023", "-o", copy});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    const auto exported = DocumentFile::load(copy);
    REQUIRE(exported.ok());
    CHECK(exported.document == test::loadSample());
    // Byte for byte as the program writes the original.
    const QString canonical = dir.filePath("canonical.csreport");
    REQUIRE(DocumentFile::save(test::loadSample(), canonical).isEmpty());
    CHECK(test::readFile(copy) == test::readFile(canonical));

    // validate and export take SERVER#REPORT where they take a file.
    const auto fromFile = runCsrstudio({"validate", CSR_SAMPLE});
    const auto fromServer = runCsrstudio({"validate", server + "#west-2023"});
    CHECK(fromServer.code == fromFile.code);
    CHECK(fromServer.out.section('\n', 0, -3) == fromFile.out.section('\n', 0, -3));
    CHECK(runCsrstudio({"validate", server + "#no-such-report"}).err.contains("no-such-report"));
    // Grant through the command line: an unknown login is named.
    run = runCsrstudio({"team", "grant", server, "west-2023", "editor", "nobody_at_all",
                        "--chapter", "employees"});
    CHECK(run.code == 1);
    CHECK(run.err.contains("createuser"));
}

TEST_CASE("a password in the address is refused; the server's own message is passed on",
          "[team][cli]")
{
    auto run = runCsrstudio({"team", "list", "postgresql://anna:secret@127.0.0.1:1/x"});
    CHECK(run.code == 2);
    CHECK(run.err.contains(".pgpass"));
    CHECK_FALSE(run.err.contains("secret"));
    run = runCsrstudio({"team", "list", "postgresql://anna@127.0.0.1:1/x"});
    CHECK(run.code == 2);
    CHECK(run.err.contains("Cannot connect"));
    run = runCsrstudio({"team", "frobnicate"});
    CHECK(run.code == 2);
}
