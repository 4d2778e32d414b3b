#include "TeamSchema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace csr::team::TeamSchema {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::team::TeamSchema)
};

// Any constant shared by every client: team init runs serialised on it.
constexpr qint64 MigrationLock = 0x637372746561; // "csrtea"

QString failure(const QSqlQuery &q)
{
    const QString db = q.lastError().databaseText().trimmed();
    return db.isEmpty() ? q.lastError().text() : db;
}

} // namespace

int installedVersion(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('csr_schema') IS NOT NULL")) || !q.next()) {
        *error = failure(q);
        return -1;
    }
    if (!q.value(0).toBool())
        return 0;
    if (!q.exec(QStringLiteral("SELECT max(version) FROM csr_schema")) || !q.next()) {
        *error = failure(q);
        return -1;
    }
    return q.value(0).toInt();
}

QString migrate(QSqlDatabase db, int target)
{
    if (!db.transaction())
        return db.lastError().text();
    QSqlQuery q(db);
    const auto fail = [&](const QString &message) {
        db.rollback();
        return message;
    };
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(MigrationLock)))
        return fail(failure(q));
    QString error;
    const int installed = installedVersion(db, &error);
    if (installed < 0)
        return fail(error);
    if (installed > CurrentVersion)
        return fail(Tr::tr("The database holds team schema version %1, newer than this program "
                           "knows (%2). Use a newer CSR Report Studio.")
                        .arg(installed)
                        .arg(CurrentVersion));
    for (int to = installed + 1; to <= target; ++to) {
        for (const QString &statement : migration(to))
            if (!q.exec(statement))
                return fail(Tr::tr("Upgrading the team schema to version %1 failed: %2")
                                .arg(to)
                                .arg(failure(q)));
        q.prepare(QStringLiteral("INSERT INTO csr_schema (version) VALUES (?)"));
        q.addBindValue(to);
        if (!q.exec())
            return fail(failure(q));
    }
    if (!db.commit())
        return fail(db.lastError().text());
    return {};
}

QString check(QSqlDatabase db)
{
    QString error;
    const int installed = installedVersion(db, &error);
    if (installed < 0)
        return error;
    if (installed == 0)
        return Tr::tr("The database holds no team reports yet; run `csrstudio team init` on it "
                      "first.");
    if (installed > CurrentVersion)
        return Tr::tr("The database holds team schema version %1, newer than this program knows "
                      "(%2). Use a newer CSR Report Studio.")
            .arg(installed)
            .arg(CurrentVersion);
    if (installed < CurrentVersion)
        return Tr::tr("The database holds the older team schema version %1; run `csrstudio team "
                      "init` on it to upgrade it to version %2.")
            .arg(installed)
            .arg(CurrentVersion);
    return {};
}

} // namespace csr::team::TeamSchema
