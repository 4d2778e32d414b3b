// Team mode under load: 10 simulated editors, each its own PostgreSQL login and connection,
// make 1,000 edits each to the figures of their own chapter of a hospital-size report
// (3,000 metrics, 1,500 timeline events) on a local throwaway server, through TeamSession.
// A listening client measures how long each change takes to arrive. Prints edits per second,
// p50/p95 commit latency, notification latency and the final count that proves no edit was
// lost. Run: csr_bench_team [EDITORS [EDITS]]   (release build; not part of scripts/test.sh)
#include "PgCluster.h"
#include "TeamSchema.h"
#include "TeamSession.h"
#include "TeamStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <atomic>

using namespace csr;
using namespace csr::team;

namespace {

constexpr int Chapters = 10;
constexpr int MetricsPerChapter = 300;
constexpr int Events = 1500;

Document hospitalReport()
{
    Document doc;
    doc.metadata.unitName = QStringLiteral("某市第一人民医院");
    doc.metadata.reportTitle = QStringLiteral("2023 年度社会责任报告");
    doc.metadata.year = 2023;
    for (int c = 0; c < Chapters; ++c) {
        Chapter chapter;
        chapter.id = QStringLiteral("c%1").arg(c + 1);
        chapter.key = QStringLiteral("dept%1").arg(c);
        chapter.title = QStringLiteral("科室 %1").arg(c + 1);
        MetricTable table;
        for (int k = 0; k < MetricsPerChapter; ++k) {
            Metric m;
            m.id = QStringLiteral("d%1.m%2").arg(c).arg(k);
            m.label = QStringLiteral("指标 %1-%2").arg(c).arg(k);
            m.value = k;
            m.unit = QStringLiteral("人次");
            doc.metrics.append(m);
            table.metricIds.append(m.id);
        }
        chapter.blocks = {Block{QStringLiteral("p%1").arg(c), QString(),
                                Paragraph{QStringLiteral("本科室全年工作概述。")}},
                          Block{QStringLiteral("t%1").arg(c), QString(), table}};
        doc.chapters.append(chapter);
    }
    Timeline events;
    for (int e = 0; e < Events; ++e)
        events.entries.append({QDate(2023, 1, 1).addDays(e % 365), QStringLiteral("活动 %1").arg(e),
                               category::Activity, QString(), QString()});
    Chapter chronicle;
    chronicle.id = QStringLiteral("c99");
    chronicle.key = QStringLiteral("events");
    chronicle.title = QStringLiteral("大事记");
    chronicle.blocks = {Block{QStringLiteral("events"), QString(), events}};
    doc.chapters.append(chronicle);
    return doc;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int editors = argc > 1 ? std::max(1, std::min(Chapters, atoi(argv[1]))) : 10;
    const int edits = argc > 2 ? std::max(1, atoi(argv[2])) : 1000;
    QTextStream out(stdout);

    test::PgCluster cluster;
    if (!cluster.ok()) {
        out << "no server: " << cluster.error() << Qt::endl;
        return 1;
    }
    const QString database = cluster.createDatabase();
    QString error;
    QSqlDatabase admin = TeamConnection::open(TeamAddress::parse(cluster.url(database)), &error);
    if (!admin.isValid() || !TeamSchema::migrate(admin).isEmpty()) {
        out << "cannot set up: " << error << Qt::endl;
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    const Document report = hospitalReport();
    if (const QString e = TeamStore::publish(admin, report, QStringLiteral("hospital"));
        !e.isEmpty()) {
        out << "publish: " << e << Qt::endl;
        return 1;
    }
    out << QStringLiteral("Published a report of %1 metrics and %2 events in %3 s.")
               .arg(report.metrics.size())
               .arg(Events)
               .arg(clock.elapsed() / 1000.0, 0, 'f', 2)
        << Qt::endl;
    for (int i = 0; i < editors; ++i) {
        const QString person = QStringLiteral("editor%1").arg(i);
        cluster.createLogin(person);
        TeamStore::grant(admin, QStringLiteral("hospital"), QStringLiteral("editor"), person,
                         {QStringLiteral("dept%1").arg(i)});
    }

    // The listener: a plain connection, timing each notification against the server's clock
    // at the moment of the change (same machine, same clock).
    QList<double> notifyMs;
    int received = 0;
    QObject::connect(
        admin.driver(), &QSqlDriver::notification, &app,
        [&](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
            const QJsonObject n = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
            if (n.value(QStringLiteral("table")).toString() != QLatin1String("csr_metrics"))
                return;
            const double at = n.value(QStringLiteral("at")).toDouble() * 1000.0;
            notifyMs.append(QDateTime::currentMSecsSinceEpoch() - at);
            ++received;
        });
    QSqlQuery reportId(admin);
    reportId.exec(QStringLiteral("SELECT id FROM csr_reports WHERE name = 'hospital'"));
    reportId.next();
    admin.driver()->subscribeToNotification(
        QStringLiteral("csr_report_%1").arg(reportId.value(0).toLongLong()));

    QTemporaryDir journals;
    QMutex mutex;
    QList<double> commitMs;
    std::atomic<int> saved{0}, failed{0}, finished{0};
    QList<QThread *> threads;
    clock.restart();
    for (int i = 0; i < editors; ++i) {
        threads.append(QThread::create([&, i] {
            TeamSession::Options options;
            options.listen = false;
            options.journalPath = journals.filePath(QStringLiteral("e%1.jsonl").arg(i));
            QString openError;
            auto session = TeamSession::open(
                TeamAddress::parse(cluster.url(database, QStringLiteral("editor%1").arg(i)) +
                                   QStringLiteral("#hospital")),
                &openError, {}, options);
            QList<double> mine;
            if (session) {
                QElapsedTimer t;
                for (int k = 0; k < edits; ++k) {
                    Metric m = *session->document().findMetric(
                        QStringLiteral("d%1.m%2").arg(i).arg(k % MetricsPerChapter));
                    m.value = 100000 + k;
                    t.start();
                    const EditOutcome o = session->updateMetric(m);
                    mine.append(t.nsecsElapsed() / 1e6);
                    (o.status == EditStatus::Saved ? saved : failed)++;
                }
            } else {
                failed += edits;
            }
            QMutexLocker lock(&mutex);
            commitMs += mine;
            ++finished;
        }));
        threads.last()->start();
    }
    while (finished < editors)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const double seconds = clock.elapsed() / 1000.0;
    QElapsedTimer grace;
    grace.start();
    while (received < saved && grace.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }

    QSqlQuery q(admin);
    q.exec(QStringLiteral("SELECT sum(version - 1), count(*) FILTER (WHERE (data->>'value')::float "
                          ">= 100000) FROM csr_metrics"));
    q.next();
    const int versions = q.value(0).toInt();
    q.exec(QStringLiteral("SELECT count(*) FROM csr_change_log WHERE who LIKE 'editor%'"));
    q.next();
    const int logged = q.value(0).toInt();
    const int total = editors * edits;

    out << QStringLiteral("%1 editors x %2 edits = %3 edits in %4 s: %5 edits/s")
               .arg(editors)
               .arg(edits)
               .arg(total)
               .arg(seconds, 0, 'f', 2)
               .arg(total / seconds, 0, 'f', 0)
        << Qt::endl;
    out << QStringLiteral("commit latency: p50 %1 ms, p95 %2 ms, max %3 ms")
               .arg(percentile(commitMs, 0.5), 0, 'f', 2)
               .arg(percentile(commitMs, 0.95), 0, 'f', 2)
               .arg(percentile(commitMs, 1.0), 0, 'f', 2)
        << Qt::endl;
    out << QStringLiteral("notification latency: p50 %1 ms, p95 %2 ms, max %3 ms (%4 received)")
               .arg(percentile(notifyMs, 0.5), 0, 'f', 1)
               .arg(percentile(notifyMs, 0.95), 0, 'f', 1)
               .arg(percentile(notifyMs, 1.0), 0, 'f', 1)
               .arg(received)
        << Qt::endl;
    out << QStringLiteral("saved %1, not saved %2; versions raised on the server %3, change-log "
                          "records %4: %5 lost edits")
               .arg(saved.load())
               .arg(failed.load())
               .arg(versions)
               .arg(logged)
               .arg(total - versions)
        << Qt::endl;
    TeamConnection::close(admin);
    return versions == total && logged == total ? 0 : 1;
}
