#include "HttpFetch.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace csr::sign {

HttpAnswer HttpFetch::exchange(const QUrl &url, const QByteArray &body,
                               const QByteArray &contentType, int timeoutMs, qint64 maxBytes)
{
    HttpAnswer answer;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        answer.error = tr("\"%1\" is not an http:// or https:// address").arg(url.toString());
        return answer;
    }
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = body.isNull() ? manager.get(request) : manager.post(request, body);

    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    bool timedOut = false, tooLarge = false;
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64) {
        if (received > maxBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    deadline.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    deadline.stop();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (timedOut)
        answer.error = tr("%1 did not answer within %2 s").arg(url.host()).arg(timeoutMs / 1000);
    else if (tooLarge)
        answer.error = tr("%1 sent more than %2 bytes").arg(url.host()).arg(maxBytes);
    else if (reply->error() != QNetworkReply::NoError && status == 0)
        answer.error = reply->errorString();
    else if (status < 200 || status > 299)
        answer.error = tr("%1 answered HTTP %2").arg(url.host()).arg(status);
    else {
        answer.body = reply->readAll();
        answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (answer.body.size() > maxBytes) {
            answer.body.clear();
            answer.error = tr("%1 sent more than %2 bytes").arg(url.host()).arg(maxBytes);
        }
    }
    delete reply;
    return answer;
}

} // namespace csr::sign
