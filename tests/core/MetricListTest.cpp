#include "Document.h"
#include "TestSupport.h"

#include <QtConcurrent/QtConcurrentMap>
#include <catch2/catch.hpp>

using namespace csr;

namespace {
Metric metric(const QString &id, double value)
{
    Metric m;
    m.id = id;
    m.label = id;
    m.value = value;
    return m;
}

// What a linear scan finds: the reference the index must agree with.
const Metric *scan(const MetricList &list, const QString &id)
{
    for (const Metric &m : list)
        if (m.id == id)
            return &m;
    return nullptr;
}
} // namespace

TEST_CASE("The metric index finds what a scan finds after every kind of edit")
{
    MetricList list{metric(QStringLiteral("a"), 1), metric(QStringLiteral("b"), 2),
                    metric(QStringLiteral("c"), 3)};
    const QStringList ids{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                          QStringLiteral("d"), QStringLiteral("x")};
    const auto agrees = [&] {
        for (const QString &id : ids)
            if (std::as_const(list).find(id) != scan(list, id))
                return false;
        return true;
    };
    REQUIRE(agrees());
    list.append(metric(QStringLiteral("d"), 4));
    CHECK(agrees());
    list.replace(1, metric(QStringLiteral("b"), 20));
    CHECK(std::as_const(list).find(QStringLiteral("b"))->value == 20);
    list.replace(1, metric(QStringLiteral("x"), 5)); // a new id: "b" is gone
    CHECK(agrees());
    CHECK_FALSE(list.containsId(QStringLiteral("b")));
    list.removeAt(0);
    CHECK(agrees());
    list.insert(0, metric(QStringLiteral("b"), 7));
    CHECK(agrees());
    list.move(0, 3);
    CHECK(agrees());
    list[2].id = QStringLiteral("a"); // an id changed in place
    CHECK(agrees());
    list.removeIf([](const Metric &m) { return m.id == QStringLiteral("x"); });
    CHECK(agrees());
    list.clear();
    CHECK(agrees());
}

TEST_CASE("A copy keeps its own index: an edit of one never changes what the other finds")
{
    Document original = test::loadSample();
    REQUIRE(original.findMetric(QStringLiteral("staff.total"))); // builds the shared index
    Document copy = original;
    const qsizetype at = copy.metrics.indexOfId(QStringLiteral("staff.total"));
    Metric renamed = copy.metrics.at(at);
    renamed.id = QStringLiteral("staff.renamed");
    copy.metrics.replace(at, renamed);
    copy.metrics.removeAt(0);

    CHECK(std::as_const(original).findMetric(QStringLiteral("staff.total")) ==
          scan(original.metrics, QStringLiteral("staff.total")));
    CHECK_FALSE(std::as_const(original).findMetric(QStringLiteral("staff.renamed")));
    CHECK_FALSE(std::as_const(copy).findMetric(QStringLiteral("staff.total")));
    CHECK(std::as_const(copy).findMetric(QStringLiteral("staff.renamed"))->label == renamed.label);
    for (const Metric &m : std::as_const(original).metrics)
        CHECK(std::as_const(original).findMetric(m.id) == &m);
    for (const Metric &m : std::as_const(copy).metrics)
        CHECK(std::as_const(copy).findMetric(m.id) == &m);
}

TEST_CASE("Many threads may look up in one metric list while its index is first built")
{
    QList<Metric> many;
    for (int i = 0; i < 5000; ++i)
        many.append(metric(QStringLiteral("m%1").arg(i), i));
    const MetricList list(many); // not yet indexed: the first lookups race to build it
    QList<int> probes;
    for (int i = 0; i < 64; ++i)
        probes.append(i * 77 % 5000);
    const QList<bool> found = QtConcurrent::blockingMapped(probes, [&](int i) {
        const Metric *m = list.find(QStringLiteral("m%1").arg(i));
        return m && m->value == i;
    });
    CHECK_FALSE(found.contains(false));
}
