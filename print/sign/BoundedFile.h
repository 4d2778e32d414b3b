#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace csr::sign {

// Reads a whole file that comes from outside (a PDF to verify or sign, a certificate file),
// refusing what would never end or never fit: a device such as /dev/zero, a FIFO, a directory,
// or a file above `limit` bytes. Reading stops at the limit even if the file grows meanwhile.
class BoundedFile
{
    Q_DECLARE_TR_FUNCTIONS(csr::sign::BoundedFile)
public:
    enum class Result { Ok, Unreadable, NotRegular, TooLarge };

    // Fills `bytes` on Ok; otherwise `error` says what is wrong, naming the file.
    static Result read(const QString &path, qint64 limit, QByteArray &bytes, QString *error);
};

} // namespace csr::sign
