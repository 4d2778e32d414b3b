#pragma once

#include <QByteArray>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <mutex>

namespace csr::test {

// An RFC 3161 time-stamp authority on the loopback interface, inside the test process: a tiny
// HTTP server on its own thread that answers each POST with `openssl ts -reply` over the test
// PKI's TSA certificate. Other modes answer what a broken TSA would.
class TestTsa : public QThread
{
public:
    enum class Mode {
        Stamp,   // a real time-stamp reply
        Garbage, // 200 OK with bytes that are no reply
        Silent,  // accepts the connection and never answers
    };

    explicit TestTsa(Mode mode = Mode::Stamp);
    ~TestTsa() override;

    QUrl url() const;
    int requests() const { return m_requests; }
    QByteArray lastContentType() const;

    // An address where nothing listens (a port just closed).
    static QUrl downUrl();

protected:
    void run() override;

private:
    QByteArray answer(const QByteArray &query);

    Mode m_mode;
    QTemporaryDir m_dir;
    QString m_config;
    std::atomic<quint16> m_port{0};
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_requests{0};
    mutable std::mutex m_mutex;
    QByteArray m_contentType;
};

} // namespace csr::test
