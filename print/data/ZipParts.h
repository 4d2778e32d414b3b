#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QString>
#include <memory>

class QuaZip;

namespace csr::data {

// The parts of a ZIP archive (an .xlsx, a .docx) read with limits, because the archive comes from
// outside: a ZIP bomb unpacks a few kilobytes into gigabytes, so no part is trusted for its
// declared size; each is read up to its limit and refused beyond it.
class ZipParts
{
public:
    static constexpr int MaxEntries = 2000;
    static constexpr qint64 MaxPartBytes = 48ll << 20;  // one unpacked part (a sheet's XML)
    static constexpr qint64 MaxTotalBytes = 96ll << 20; // everything unpacked together

    // What the archive is meant to be, for the messages: a workbook or a Word document.
    enum class Kind { Workbook, WordDocument };

    // Opens the archive in `bytes` (kept, not copied); error() says why it cannot be used.
    explicit ZipParts(const QByteArray &bytes, Kind kind = Kind::Workbook);
    ~ZipParts();
    ZipParts(const ZipParts &) = delete;
    ZipParts &operator=(const ZipParts &) = delete;

    QString error() const { return m_error; }
    bool contains(const QString &path) const;
    // The part's bytes, or empty with error() set (missing, encrypted, damaged, too large).
    QByteArray read(const QString &path);

private:
    QBuffer m_buffer;
    std::unique_ptr<QuaZip> m_zip;
    QString m_error;
    qint64 m_unpacked = 0;
    Kind m_kind;
};

} // namespace csr::data
