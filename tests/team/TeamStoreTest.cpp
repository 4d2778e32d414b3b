#include "TeamStore.h"
#include "TeamFixture.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace csr;
using namespace csr::team;

TEST_CASE("a published report reads back equal to the file, change history included", "[team]")
{
    test::TeamFixture f;
    QSqlDatabase db = f.connect();
    Document sample = test::loadSample();
    sample.changeLog = {{QDateTime(QDate(2024, 1, 5), QTime(9, 30), Qt::UTC),
                         QStringLiteral("朱樱"), QStringLiteral("staff.total"),
                         QStringLiteral("value"), QStringLiteral("2300"), QStringLiteral("2316")}};
    REQUIRE(TeamStore::publish(db, sample, QStringLiteral("with-history")).isEmpty());
    const TeamStore::Loaded loaded = TeamStore::load(db, QStringLiteral("with-history"));
    INFO(loaded.error.toStdString());
    REQUIRE(loaded.ok());
    CHECK(loaded.document == sample);
    // The fixture's report too, published without history.
    CHECK(TeamStore::load(db, QStringLiteral("west-2023")).document ==
          test::TeamFixture::expectedDocument());
}

TEST_CASE("publishing under a name already taken is refused and changes nothing", "[team]")
{
    test::TeamFixture f;
    QSqlDatabase db = f.connect();
    const QString error =
        TeamStore::publish(db, test::smallDocument(), QStringLiteral("west-2023"));
    CHECK(error.contains(QStringLiteral("already")));
    CHECK(TeamStore::load(db, QStringLiteral("west-2023")).document ==
          test::TeamFixture::expectedDocument());
    QString listError;
    const auto reports = TeamStore::list(db, &listError);
    REQUIRE(reports.size() == 1);
    CHECK(reports.first().year == 2023);
}

TEST_CASE("each person lists only the reports they are a member of, with their role", "[team]")
{
    test::TeamFixture f;
    REQUIRE(TeamStore::publish(f.connect(QStringLiteral("anna")), test::smallDocument(),
                               QStringLiteral("anna-own"))
                .isEmpty());
    QString error;
    const auto anna = TeamStore::list(f.connect(QStringLiteral("anna")), &error);
    REQUIRE(anna.size() == 2);
    CHECK(anna.at(0).name == QStringLiteral("anna-own"));
    CHECK(anna.at(0).role == QStringLiteral("owner"));
    CHECK(anna.at(1).role == QStringLiteral("editor"));
    const auto rudi = TeamStore::list(f.connect(QStringLiteral("rudi")), &error);
    REQUIRE(rudi.size() == 1);
    CHECK(rudi.first().role == QStringLiteral("reader"));
}

TEST_CASE("granting a chapter that does not exist or to a person without a login fails", "[team]")
{
    test::TeamFixture f;
    QSqlDatabase db = f.connect();
    CHECK(TeamStore::grant(db, QStringLiteral("west-2023"), QStringLiteral("editor"),
                           QStringLiteral("anna"), {QStringLiteral("nosuchchapter")})
              .contains(QStringLiteral("nosuchchapter")));
    CHECK(TeamStore::grant(db, QStringLiteral("west-2023"), QStringLiteral("editor"),
                           QStringLiteral("nobody_here"), {})
              .contains(QStringLiteral("createuser")));
    CHECK(TeamStore::grant(db, QStringLiteral("west-2023"), QStringLiteral("boss"),
                           QStringLiteral("anna"), {})
              .contains(QStringLiteral("no role")));
}
