#pragma once

#include "Document.h"
#include "PgCluster.h"
#include "TeamConnection.h"

#include <QSqlDatabase>
#include <QString>

namespace csr::test {

// Runs raw SQL as a person would from psql; the number of rows it changed, -1 when refused.
int rawSql(QSqlDatabase db, const QString &sql);

// A fresh database on the shared cluster holding the sample report as "west-2023", published
// by the administrator, with anna editing 保障员工权益 (employees), bob editing 参与社会治理
// (governance), rita reviewing and rudi reading.
struct TeamFixture
{
    TeamFixture();
    ~TeamFixture();

    // The sample as the fixture published it: granting a chapter names its assignee.
    static Document expectedDocument();
    QString url(const QString &person = {}) const; // the database's address
    QString report(const QString &person) const;   // "URL#west-2023"
    // A connection as `person` (the administrator when empty), closed with the fixture.
    QSqlDatabase connect(const QString &person = {});
    // The first result of a query as the administrator.
    QVariant adminValue(const QString &sql);

    PgCluster &cluster;
    QString database;
    QList<QSqlDatabase> connections;
};

} // namespace csr::test
