#include "MetricList.h"

namespace csr {

MetricList::Data::Data(const Data &other) : QSharedData(other)
{
    // Detaching copies the index too, so an edit through replace() or append() keeps it.
    QMutexLocker locker(&other.lock);
    list = other.list;
    if (other.indexed.load(std::memory_order_acquire)) {
        index = other.index;
        indexed.store(true, std::memory_order_release);
    }
}

MetricList::MetricList() : d(new Data) {}

MetricList::MetricList(QList<Metric> metrics) : d(new Data(std::move(metrics))) {}

MetricList::MetricList(std::initializer_list<Metric> metrics) : d(new Data(QList<Metric>(metrics)))
{
}

const QHash<QString, qsizetype> &MetricList::builtIndex() const
{
    if (!d->indexed.load(std::memory_order_acquire)) {
        QMutexLocker locker(&d->lock);
        if (!d->indexed.load(std::memory_order_relaxed)) {
            QHash<QString, qsizetype> index;
            index.reserve(d->list.size());
            // The first of duplicate ids wins, as it did for the linear scan (the reader rejects
            // duplicates, but a document built in code may hold them).
            for (qsizetype i = d->list.size() - 1; i >= 0; --i)
                index.insert(d->list.at(i).id, i);
            d->index = std::move(index);
            d->indexed.store(true, std::memory_order_release);
        }
    }
    return d->index;
}

qsizetype MetricList::indexOfId(const QString &id) const
{
    return builtIndex().value(id, -1);
}

const Metric *MetricList::find(const QString &id) const
{
    const qsizetype i = indexOfId(id);
    return i < 0 ? nullptr : &d->list.at(i);
}

QList<Metric> &MetricList::mutableList()
{
    Data *data = d.data(); // detaches
    data->indexed.store(false, std::memory_order_release);
    data->index.clear();
    return data->list;
}

void MetricList::replace(qsizetype i, const Metric &metric)
{
    Data *data = d.data(); // detaches, keeping a copy of the index
    const bool sameId = data->list.at(i).id == metric.id;
    data->list.replace(i, metric);
    // A new id (rare: ids are stable keys) may collide or uncover a duplicate: rebuild then.
    if (!sameId)
        data->indexed.store(false, std::memory_order_release);
}

void MetricList::append(const Metric &metric)
{
    Data *data = d.data();
    data->list.append(metric);
    if (data->indexed.load(std::memory_order_acquire) && !data->index.contains(metric.id))
        data->index.insert(metric.id, data->list.size() - 1);
}

Metric &MetricList::operator[](qsizetype i)
{
    return mutableList()[i];
}

MetricList::iterator MetricList::begin()
{
    return mutableList().begin();
}

MetricList::iterator MetricList::end()
{
    return mutableList().end();
}

Metric *MetricList::find(const QString &id)
{
    const qsizetype i = indexOfId(id);
    return i < 0 ? nullptr : &mutableList()[i];
}

void MetricList::insert(qsizetype i, const Metric &metric)
{
    mutableList().insert(i, metric);
}

void MetricList::removeAt(qsizetype i)
{
    mutableList().removeAt(i);
}

void MetricList::move(qsizetype from, qsizetype to)
{
    mutableList().move(from, to);
}

void MetricList::clear()
{
    mutableList().clear();
}

} // namespace csr
