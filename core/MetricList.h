#pragma once

#include "Metric.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QSharedData>
#include <QSharedDataPointer>
#include <QString>
#include <atomic>
#include <initializer_list>

namespace csr {

// The document's metrics in their order, with an index by id, so every reference, table row and
// chart bar finds its figure in O(1) instead of scanning the list (a 30,000-metric report
// quotes them tens of thousands of times per validation or export).
//
// It reads like a QList<Metric> and is an implicitly shared value like one. The index lives in
// the shared data beside the list: copies (undo snapshots, a background validation's or
// export's copy) share it, and a change detaches first, so the index of a copy is never touched
// by another copy's edit. The index is built on the first lookup after the list changed; the
// edits the editor makes per keystroke or cell (replace, append) keep it up to date instead.
// Lookups on one value from several threads at once are safe (parallel layout reads one
// document): the build is done once, under a lock.
class MetricList
{
public:
    using const_iterator = QList<Metric>::const_iterator;
    using iterator = QList<Metric>::iterator;
    using value_type = Metric;

    MetricList();
    MetricList(QList<Metric> metrics); // NOLINT: reads like the QList it replaces
    MetricList(std::initializer_list<Metric> metrics);

    // Reading: never detaches.
    const QList<Metric> &list() const { return d->list; }
    operator const QList<Metric> &() const { return d->list; } // NOLINT
    qsizetype size() const { return d->list.size(); }
    qsizetype count() const { return d->list.size(); }
    bool isEmpty() const { return d->list.isEmpty(); }
    bool empty() const { return d->list.isEmpty(); }
    const Metric &at(qsizetype i) const { return d->list.at(i); }
    const Metric &operator[](qsizetype i) const { return d->list.at(i); }
    const Metric &first() const { return d->list.first(); }
    const Metric &last() const { return d->list.last(); }
    const Metric &constFirst() const { return d->list.constFirst(); }
    const Metric &constLast() const { return d->list.constLast(); }
    const_iterator begin() const { return d->list.cbegin(); }
    const_iterator end() const { return d->list.cend(); }
    const_iterator cbegin() const { return d->list.cbegin(); }
    const_iterator cend() const { return d->list.cend(); }

    // The position of the metric with this id, or -1; O(1).
    qsizetype indexOfId(const QString &id) const;
    const Metric *find(const QString &id) const;
    bool containsId(const QString &id) const { return indexOfId(id) >= 0; }

    // Edits that keep the index: what the editor does per cell and per added figure.
    void replace(qsizetype i, const Metric &metric);
    void append(const Metric &metric);
    void push_back(const Metric &metric) { append(metric); }

    // Edits that may move positions or change ids in place: the index is rebuilt on the next
    // lookup.
    Metric &operator[](qsizetype i);
    iterator begin();
    iterator end();
    Metric *find(const QString &id);
    void insert(qsizetype i, const Metric &metric);
    void removeAt(qsizetype i);
    void move(qsizetype from, qsizetype to);
    void clear();
    void reserve(qsizetype n) { d->list.reserve(n); }
    template <typename Predicate> qsizetype removeIf(Predicate pred)
    {
        const qsizetype n = mutableList().removeIf(pred);
        return n;
    }
    MetricList &operator+=(const Metric &metric)
    {
        append(metric);
        return *this;
    }
    MetricList &operator<<(const Metric &metric) { return *this += metric; }

    bool operator==(const MetricList &other) const { return d->list == other.d->list; }
    bool operator==(const QList<Metric> &other) const { return d->list == other; }

private:
    struct Data : QSharedData
    {
        Data() = default;
        explicit Data(QList<Metric> l) : list(std::move(l)) {}
        Data(const Data &other);
        Data &operator=(const Data &) = delete;

        QList<Metric> list;
        // id → position; valid only while `indexed` is set. Built lazily under `lock`.
        mutable QHash<QString, qsizetype> index;
        mutable std::atomic<bool> indexed{false};
        mutable QMutex lock;
    };

    // Detaches and drops the index: the caller may change positions or ids.
    QList<Metric> &mutableList();
    const QHash<QString, qsizetype> &builtIndex() const;

    QSharedDataPointer<Data> d;
};

} // namespace csr
