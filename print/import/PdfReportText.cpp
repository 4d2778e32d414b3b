#include "PdfReportText.h"

#include "ChartNoteLines.h"
#include "PdfLayoutLines.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>
#include <poppler-qt6.h>

namespace csr::print {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::print::PdfReportText)
};
} // namespace

std::optional<QString> pdfReportText(const QString &path, QString *error)
{
    // Poppler prints each syntax error of a damaged file on standard error ("Error (499):
    // Unknown operator"): noise to a user, who gets this function's one message instead.
    Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc) {
        *error = Tr::tr("%1 is not a PDF or is damaged.").arg(path);
        return std::nullopt;
    }
    if (doc->isLocked()) {
        *error = Tr::tr("%1 is encrypted; open it with its password and save an unprotected "
                        "copy first.")
                     .arg(path);
        return std::nullopt;
    }
    QList<QStringList> pages;
    QHash<QString, int> onPages; // how many pages a line appears on
    for (int i = 0; i < doc->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = doc->page(i);
        QStringList lines;
        if (page)
            for (const QString &line : tableRows(withoutChartNotes(layoutLines(*page))))
                if (!line.trimmed().isEmpty())
                    lines << line.trimmed();
        const QStringList unique(QSet<QString>(lines.begin(), lines.end()).values());
        for (const QString &line : unique)
            ++onPages[line];
        pages << lines;
    }
    static const QRegularExpression pageNumber(
        QStringLiteral("^(?:[-—–]?\\s*\\d{1,4}\\s*[-—–]?|第\\s*\\d+\\s*页(?:\\s*共\\s*\\d+\\s*页)?|"
                       "\\d+\\s*/\\s*\\d+)$"));
    const int repeated = pages.size() >= 3 ? pages.size() / 2 + 1 : pages.size() + 1;
    QStringList kept;
    for (const QStringList &lines : pages)
        for (const QString &line : lines)
            if (onPages.value(line) < repeated && !pageNumber.match(line).hasMatch())
                kept << line;
    if (kept.isEmpty()) {
        *error =
            Tr::tr("%1 holds no text (a scan?); the importer needs the report's text.").arg(path);
        return std::nullopt;
    }
    return kept.join(QLatin1Char('\n'));
}

} // namespace csr::print
