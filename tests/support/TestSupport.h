#pragma once

#include "Document.h"
#include "DocumentFormat.h"

#include <QByteArray>
#include <QString>
#include <catch2/catch.hpp>
#include <ostream>

namespace csr::test {

// The sample report from the source tree; the main fixture of the suite.
Document loadSample();
QByteArray readFile(const QString &path);
// How a .csreport states its format version, "\"formatVersion\": 5," (the current one unless
// told), to check what is written or to turn an older fixture into what today writes.
QByteArray formatVersionLine(int version = DocumentFormat::CurrentVersion);
void writeFile(const QString &path, const QByteArray &bytes);
// A small, valid report built in code, for tests that need to know every value in it.
Document smallDocument();

// A photo-like picture (colour gradients with grain, so JPEG compresses it as it would a
// photograph) encoded as "JPEG" or "PNG".
QByteArray testPhoto(int width, int height, const char *format = "JPEG");

// While it lives, no file this process writes may grow past `bytes` (RLIMIT_FSIZE, which
// binds root too, unlike a read-only folder): a disk that refuses a save halfway.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(long long bytes);
    ~FileSizeLimit();
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    long long m_old;
    void (*m_oldSignal)(int);
};

} // namespace csr::test

inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}
