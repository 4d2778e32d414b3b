#pragma once

#include "Document.h"

#include <QByteArray>
#include <QString>
#include <catch2/catch.hpp>
#include <ostream>

namespace csr::test {

// The sample report from the source tree; the main fixture of the suite.
Document loadSample();
QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);
// A small, valid report built in code, for tests that need to know every value in it.
Document smallDocument();

} // namespace csr::test

inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}
