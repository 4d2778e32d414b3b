#include "TestTsa.h"

#include "TestPki.h"
#include "TestSupport.h"

#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>

namespace csr::test {

namespace {

QByteArray httpResponse(const QByteArray &body, const QByteArray &contentType)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n\r\n" + body;
}

// Reads one HTTP request: headers, then Content-Length bytes of body.
bool readRequest(QTcpSocket &socket, QByteArray &headers, QByteArray &body)
{
    QByteArray data;
    qsizetype headerEnd = -1;
    qsizetype length = 0;
    while (socket.waitForReadyRead(5000)) {
        data += socket.readAll();
        if (headerEnd < 0 && (headerEnd = data.indexOf("\r\n\r\n")) >= 0) {
            headers = data.left(headerEnd);
            for (const QByteArray &line : headers.split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
        }
        if (headerEnd >= 0 && data.size() >= headerEnd + 4 + length) {
            body = data.mid(headerEnd + 4, length);
            return true;
        }
    }
    return false;
}

} // namespace

TestTsa::TestTsa(Mode mode) : m_mode(mode)
{
    const TestPki &pki = TestPki::get();
    m_config = m_dir.filePath(QStringLiteral("tsa.cnf"));
    writeFile(m_dir.filePath(QStringLiteral("serial")), "01\n");
    writeFile(m_config, QStringLiteral("[ tsa ]\n"
                                       "default_tsa = test_tsa\n"
                                       "[ test_tsa ]\n"
                                       "serial = %1/serial\n"
                                       "crypto_device = builtin\n"
                                       "signer_cert = %2\n"
                                       "certs = %3\n"
                                       "signer_key = %4\n"
                                       "signer_digest = sha256\n"
                                       "default_policy = 1.2.3.4.1\n"
                                       "digests = sha256, sha384, sha512\n"
                                       "accuracy = secs:1\n"
                                       "ordering = yes\n"
                                       "tsa_name = yes\n"
                                       "ess_cert_id_chain = no\n"
                                       "ess_cert_id_alg = sha256\n")
                            .arg(m_dir.path(), pki.tsaCertPem, pki.caPem, pki.tsaKeyPem)
                            .toUtf8());
    start();
    while (m_port == 0 && isRunning())
        QThread::msleep(5);
}

TestTsa::~TestTsa()
{
    m_stop = true;
    wait();
}

QUrl TestTsa::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/tsa").arg(m_port.load()));
}

QByteArray TestTsa::lastContentType() const
{
    std::lock_guard lock(m_mutex);
    return m_contentType;
}

QUrl TestTsa::downUrl()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    const quint16 port = server.serverPort();
    server.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1/tsa").arg(port));
}

QByteArray TestTsa::answer(const QByteArray &query)
{
    const QString queryFile = m_dir.filePath(QStringLiteral("query.tsq"));
    const QString replyFile = m_dir.filePath(QStringLiteral("reply.tsr"));
    writeFile(queryFile, query);
    QFile::remove(replyFile);
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("ts"), QStringLiteral("-reply"), QStringLiteral("-config"),
                   m_config, QStringLiteral("-queryfile"), queryFile, QStringLiteral("-out"),
                   replyFile});
    openssl.waitForFinished(30000);
    return QFile::exists(replyFile) ? readFile(replyFile) : QByteArray();
}

void TestTsa::run()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    m_port = server.serverPort();
    while (!m_stop) {
        if (!server.waitForNewConnection(50))
            continue;
        std::unique_ptr<QTcpSocket> socket(server.nextPendingConnection());
        QByteArray headers, body;
        if (!readRequest(*socket, headers, body))
            continue;
        ++m_requests;
        for (const QByteArray &line : headers.split('\n'))
            if (line.toLower().startsWith("content-type:")) {
                std::lock_guard lock(m_mutex);
                m_contentType = line.mid(13).trimmed();
            }
        QByteArray response;
        switch (m_mode) {
        case Mode::Stamp:
            response = httpResponse(answer(body), "application/timestamp-reply");
            break;
        case Mode::Garbage:
            response = httpResponse("this is not a time stamp", "application/timestamp-reply");
            break;
        case Mode::Silent:
            while (!m_stop)
                QThread::msleep(20);
            continue;
        }
        socket->write(response);
        socket->waitForBytesWritten(5000);
        socket->disconnectFromHost();
        if (socket->state() != QAbstractSocket::UnconnectedState)
            socket->waitForDisconnected(1000);
    }
}

} // namespace csr::test
