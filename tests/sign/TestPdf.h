#pragma once

#include <QByteArray>
#include <QString>

namespace csr::test {

// A Chinese PDF made with QPdfWriter in WenQuanYi Micro Hei, `pages` A4 pages long.
QByteArray makeChinesePdf(int pages = 2);
// The same, written to `path`.
void writeChinesePdf(const QString &path, int pages = 2);

} // namespace csr::test
