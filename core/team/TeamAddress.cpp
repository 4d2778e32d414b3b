#include "TeamAddress.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <libpq-fe.h>

namespace csr::team {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::team::TeamAddress)
};

constexpr qsizetype MaxLength = 4096;

QString quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

} // namespace

TeamAddress TeamAddress::parse(const QString &text)
{
    TeamAddress a;
    if (text.size() > MaxLength) {
        a.error = Tr::tr("The server address is longer than %1 characters.").arg(MaxLength);
        return a;
    }
    const qsizetype hash = text.lastIndexOf(QLatin1Char('#'));
    a.server = (hash < 0 ? text : text.left(hash)).trimmed();
    a.report = hash < 0 ? QString() : text.mid(hash + 1).trimmed();
    if (a.server.isEmpty()) {
        a.error = Tr::tr("No server is given (a postgresql:// address or a service name).");
        return a;
    }
    const bool isUrl = a.server.startsWith(QLatin1String("postgresql://")) ||
                       a.server.startsWith(QLatin1String("postgres://"));
    if (!isUrl && !a.server.contains(QLatin1Char('='))) {
        static const QRegularExpression serviceName(QStringLiteral("^[A-Za-z0-9_.-]{1,63}$"));
        if (!serviceName.match(a.server).hasMatch()) {
            a.error = Tr::tr("\"%1\" is neither a postgresql:// address nor a service name.")
                          .arg(a.server);
            return a;
        }
        a.conninfo = QStringLiteral("service=") + quoted(a.server);
    } else {
        char *message = nullptr;
        PQconninfoOption *options = PQconninfoParse(a.server.toUtf8().constData(), &message);
        if (!options) {
            a.error = Tr::tr("The server address \"%1\" cannot be read: %2")
                          .arg(a.server, message ? QString::fromUtf8(message).trimmed()
                                                 : Tr::tr("out of memory"));
            PQfreemem(message);
            return a;
        }
        QStringList parts;
        bool hasTimeout = false;
        for (PQconninfoOption *o = options; o->keyword; ++o) {
            if (!o->val)
                continue;
            const QString key = QString::fromLatin1(o->keyword);
            const QString value = QString::fromUtf8(o->val);
            if (key == QLatin1String("password")) {
                a.error = Tr::tr("The address contains a password. Put it in ~/.pgpass or "
                                 "PGPASSWORD instead, or leave it out to be asked for it.");
                break;
            }
            // Qt's driver turns ';' in its options into spaces.
            if (value.contains(QLatin1Char(';'))) {
                a.error =
                    Tr::tr("The address's %1 contains a ';', which cannot be passed on.").arg(key);
                break;
            }
            hasTimeout |= key == QLatin1String("connect_timeout");
            parts << key + QLatin1Char('=') + quoted(value);
        }
        PQconninfoFree(options);
        if (!a.error.isEmpty())
            return a;
        // A server that does not answer is reported in seconds, not after TCP's minutes.
        if (!hasTimeout)
            parts << QStringLiteral("connect_timeout=5");
        a.conninfo = parts.join(QLatin1Char(' '));
    }
    return a;
}

bool TeamAddress::isTeamReport(const QString &text)
{
    if (!text.contains(QLatin1Char('#')) || QFileInfo::exists(text))
        return false;
    const TeamAddress a = parse(text);
    return a.ok() && !a.report.isEmpty();
}

} // namespace csr::team
