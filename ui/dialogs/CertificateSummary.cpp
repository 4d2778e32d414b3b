#include "CertificateSummary.h"

#include <QCoreApplication>
#include <QDateTime>

namespace csr::ui {

namespace {
struct Tr
{
    // Moved here from the dialog: its texts keep the dialog's translation context.
    Q_DECLARE_TR_FUNCTIONS(csr::ui::SignExportDialog)
};

QString dateText(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

QString certificateSummaryHtml(const sign::CertificateInfo &c)
{
    QString text;
    if (c.opened()) {
        QString subject = c.subjectCommonName;
        if (!c.subjectOrganization.isEmpty())
            subject += QStringLiteral(" (%1)").arg(c.subjectOrganization);
        QString usage =
            c.hasKeyUsage ? c.keyUsage.join(QStringLiteral(", ")) : Tr::tr("not restricted");
        text += QStringLiteral("<table>");
        auto row = [&text](const QString &label, const QString &value) {
            text += QStringLiteral("<tr><td>%1&nbsp;</td><td>%2</td></tr>")
                        .arg(html(label), html(value));
        };
        row(Tr::tr("Subject:"), subject.isEmpty() ? c.subject : subject);
        row(Tr::tr("Issuer:"), c.issuerCommonName.isEmpty() ? c.issuer : c.issuerCommonName);
        row(Tr::tr("Valid from:"), dateText(c.notBefore));
        row(Tr::tr("Valid to:"), dateText(c.notAfter));
        row(Tr::tr("Key usage:"), usage);
        text += QStringLiteral("</table>");
    }
    if (c.result == sign::SignResult::Ok)
        text += QStringLiteral("<p style=\"margin-top:4px; margin-bottom:0; color:#207020\">%1</p>")
                    .arg(html(Tr::tr("This certificate can sign.")));
    else
        text += QStringLiteral("<p style=\"margin-top:4px; margin-bottom:0; color:#c00000\">%1</p>")
                    .arg(html(c.message));
    return text;
}

} // namespace csr::ui
