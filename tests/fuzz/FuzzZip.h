#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QList>
#include <QString>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>
#include <utility>

namespace csr::fuzz {

// A ZIP archive made in memory from named parts, stored uncompressed with right checksums. The
// docx and workbook targets wrap the fuzzer's bytes in one: inside a real archive the parts are
// deflated and checksummed, and QuaZip and zlib are not instrumented, so mutated archives almost
// never get past the ZIP to the XML readers behind it.
inline QByteArray storedZip(const QList<std::pair<QString, QByteArray>> &parts)
{
    QBuffer buffer;
    {
        QuaZip zip(&buffer);
        zip.open(QuaZip::mdCreate);
        for (const auto &[name, bytes] : parts) {
            QuaZipFile file(&zip);
            file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, 0 /* stored */, 0);
            file.write(bytes);
            file.close();
        }
        zip.close();
    }
    return buffer.data();
}

} // namespace csr::fuzz
