// libFuzzer target: the PKCS#12 loader. The seeds' password is "fuzz" (make-signed-seeds.py).
// The loader reads a path (it bounds the read and refuses special files), so each input goes
// through one file in memory-backed /dev/shm: still one process, no process launch per input.
#include "FuzzSupport.h"
#include "Pkcs12Bundle.h"

#include <QDir>
#include <QFile>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace csr::sign;
    static const QString path = [] {
        const QString dir = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm")
                                                                      : QDir::tempPath();
        return dir +
               QStringLiteral("/csr-fuzz-pkcs12-%1.p12").arg(QCoreApplication::applicationPid());
    }();
    QFile file(path);
    csr::fuzz::require(file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                       file.write(reinterpret_cast<const char *>(data), qint64(size)) ==
                           qint64(size));
    file.close();
    Pkcs12Bundle bundle;
    const SignResult result = Pkcs12Bundle::load(path, QByteArrayLiteral("fuzz"), bundle);
    QFile::remove(path); // libFuzzer may end the process without running destructors
    // Success means a key and its certificate, nothing less.
    if (result == SignResult::Ok)
        csr::fuzz::require(bundle.key && bundle.certificate);
    return 0;
}
