#pragma once

class QAbstractItemView;

namespace csr::ui {

// Keeps a list or table view exactly as tall as its rows (one empty row when there are none),
// re-fitted whenever rows come or go, so the chapter form scrolls as one page instead of
// nesting a scroll area per block. The view's model must be set first.
void keepFittedToRows(QAbstractItemView *view);

} // namespace csr::ui
