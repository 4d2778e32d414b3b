#include "BoundedFile.h"

#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace csr::sign {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

BoundedFile::Result BoundedFile::read(const QString &path, qint64 limit, QByteArray &bytes,
                                      QString *error)
{
    auto fail = [&](Result result, const QString &message) {
        if (error)
            *error = message;
        return result;
    };
    // O_NONBLOCK: opening a FIFO without a writer would otherwise wait for ever; the type is
    // checked on the opened descriptor, so a file swapped in between cannot slip through.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return fail(Result::Unreadable, tr("The file \"%1\" cannot be read.").arg(path));
    struct stat info
    {
    };
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        return fail(Result::NotRegular, tr("\"%1\" is not a regular file (a device, a pipe or a "
                                           "folder); only files can be read.")
                                            .arg(path));
    }
    if (info.st_size > limit) {
        ::close(fd);
        return fail(Result::TooLarge, tr("The file \"%1\" is too large to verify or sign "
                                         "(%2 MB; the limit is %3 MB).")
                                          .arg(path, megabytes(info.st_size), megabytes(limit)));
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(Result::Unreadable, tr("The file \"%1\" cannot be read.").arg(path));
    }
    bytes = file.read(limit + 1);
    if (bytes.size() > limit)
        return fail(Result::TooLarge, tr("The file \"%1\" is too large to verify or sign "
                                         "(more than %2 MB).")
                                          .arg(path, megabytes(limit)));
    return Result::Ok;
}

} // namespace csr::sign
