#pragma once

#include <QList>
#include <QtGlobal>

namespace csr::print {

// The widths of a table's columns from their content, so that a column never wraps text that
// would fit on one line while another column has room to give (a media column wrapping
// "《…》公众号" beside a wide event column).
//
// `natural`: each column's widest content on one line (padding included); `shares`: the
// designed proportions; `total`: the table's width. When every column fits, each gets its
// natural width and the rest is shared by `shares`. Otherwise the columns are taken narrowest
// first and each is given its natural width as long as the columns still open keep at least
// three quarters of their designed width (or their natural width, if less); the columns left
// (long text, which wraps anyway) share what remains by `shares`.
QList<qreal> columnWidths(const QList<qreal> &natural, const QList<qreal> &shares, qreal total);

} // namespace csr::print
