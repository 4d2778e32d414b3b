#include "FitToRows.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QTableView>

namespace csr::ui {

namespace {

int rowsHeight(QAbstractItemView *view)
{
    const int rows = view->model()->rowCount();
    if (auto *table = qobject_cast<QTableView *>(view)) {
        const int fallback = table->verticalHeader()->defaultSectionSize();
        int h = table->horizontalHeader()->isHidden()
                    ? 0
                    : table->horizontalHeader()->sizeHint().height();
        for (int r = 0; r < rows; ++r)
            h += table->rowHeight(r) > 0 ? table->rowHeight(r) : fallback;
        return rows ? h : h + fallback;
    }
    const int row = std::max(view->sizeHintForRow(0), view->fontMetrics().height() + 6);
    return std::max(1, rows) * row;
}

void fit(QAbstractItemView *view)
{
    view->setFixedHeight(rowsHeight(view) + 2 * view->frameWidth() + 2);
}

} // namespace

void keepFittedToRows(QAbstractItemView *view)
{
    QAbstractItemModel *model = view->model();
    const auto refit = [view] { fit(view); };
    QObject::connect(model, &QAbstractItemModel::modelReset, view, refit);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, view, refit);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, view, refit);
    fit(view);
}

} // namespace csr::ui
