#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace csr::sign {

// One HTTP exchange, waited for: a POST when `body` is given, else a GET. Runs a local event
// loop on the calling thread (the command line's main thread or the editor's signing worker),
// so the caller needs a QCoreApplication but no running loop. Bounded: `timeoutMs` for the
// whole exchange and `maxBytes` for the answer; only http and https.
struct HttpAnswer
{
    QByteArray body;
    QByteArray contentType;
    QString error; // empty when the server answered 2xx within the limits

    bool ok() const { return error.isEmpty(); }
};

struct HttpFetch
{
    Q_DECLARE_TR_FUNCTIONS(csr::sign::HttpFetch)
public:
    static HttpAnswer exchange(const QUrl &url, const QByteArray &body,
                               const QByteArray &contentType, int timeoutMs, qint64 maxBytes);
};

} // namespace csr::sign
