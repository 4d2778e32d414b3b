#include "SigningPreferences.h"

#include <QSettings>

namespace csr::ui {

namespace {
const QString TsaUrlKey = QStringLiteral("sign/tsaUrl");
const QString LtvKey = QStringLiteral("sign/ltv");
} // namespace

QUrl SigningPreferences::tsaUrl()
{
    const QUrl url(QSettings().value(TsaUrlKey).toString());
    return isTsaUrl(url) ? url : QUrl();
}

void SigningPreferences::setTsaUrl(const QUrl &url)
{
    QSettings settings;
    if (url.isEmpty())
        settings.remove(TsaUrlKey);
    else
        settings.setValue(TsaUrlKey, url.toString());
}

bool SigningPreferences::embedLtv()
{
    return QSettings().value(LtvKey, false).toBool();
}

void SigningPreferences::setEmbedLtv(bool embed)
{
    QSettings().setValue(LtvKey, embed);
}

bool SigningPreferences::isTsaUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() &&
           (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

} // namespace csr::ui
