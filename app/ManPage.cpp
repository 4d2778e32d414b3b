#include "ManPage.h"

#include "Command.h"

#include <QRegularExpression>
#include <QStringList>

namespace csr::cli {

namespace {

// Text as roff shows it literally: backslashes escaped, and no line may start with a control
// character (. or ').
QString escaped(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\e"));
    if (text.startsWith(QLatin1Char('.')) || text.startsWith(QLatin1Char('\'')))
        text.prepend(QLatin1String("\\&"));
    return text;
}

// Option names and command lines: their dashes are minus signs, so they can be copied.
QString code(const QString &text)
{
    return escaped(text).replace(QLatin1Char('-'), QLatin1String("\\-"));
}

// QCommandLineParser prints the path the program was started with; the manual names it.
QString withoutPath(QString usage)
{
    static const QRegularExpression path(QStringLiteral("\\S*/csrstudio\\b"));
    return usage.replace(path, QStringLiteral("csrstudio"));
}

// Help texts share one shape, in every language: blocks separated by empty lines; in a block,
// paragraphs and headings start in the first column, list entries ("  name   what it does") in
// the third, and an entry's wrapped lines further right. Paragraph lines become .PP, entries
// tagged paragraphs (.TP). The entry named `skipEntry` is left out (a command's help lists the
// command word as its first argument; the section heading already says it), and so is a
// heading left with no entries.
QString helpToRoff(const QString &help, const QString &skipEntry = QString())
{
    static const QRegularExpression entry(QStringLiteral("^  (\\S.*?)\\s{2,}(\\S.*)$"));
    QString roff;
    for (const QString &block : help.split(QLatin1String("\n\n"))) {
        QString text;    // the block's running text
        QString entries; // its list entries
        bool listed = false, skipping = false;
        for (const QString &line : block.split(QLatin1Char('\n'))) {
            if (line.trimmed().isEmpty())
                continue;
            if (line.startsWith(QLatin1String("   "))) { // the wrapped rest of an entry
                if (!skipping)
                    entries += escaped(line.trimmed()) + QLatin1Char('\n');
                continue;
            }
            if (const auto m = entry.match(line); m.hasMatch()) {
                listed = true;
                skipping = m.captured(1) == skipEntry;
                if (!skipping)
                    entries += QStringLiteral(".TP\n\\fB%1\\fR\n%2\n")
                                   .arg(code(m.captured(1)), escaped(m.captured(2)));
                continue;
            }
            skipping = false;
            text += escaped(line.trimmed()) + QLatin1Char('\n');
        }
        if (!text.isEmpty() && !(listed && entries.isEmpty()))
            roff += QLatin1String(".PP\n") + text;
        roff += entries;
    }
    return roff;
}

// The usage lines as typed: each from the program name on ("Usage: " is translated).
QString synopsis(const QString &usage)
{
    QString roff = QStringLiteral(".nf\n");
    for (const QString &line : usage.split(QLatin1Char('\n')))
        roff += code(line.mid(line.indexOf(QLatin1String("csrstudio")))) + QLatin1Char('\n');
    return roff + QStringLiteral(".fi\n");
}

} // namespace

QString manPage(const QString &version, const QString &summary, const QString &overview,
                const QList<CommandHelp> &commands)
{
    QString roff = QStringLiteral(".TH CSRSTUDIO 1 \"\" \"csrstudio %1\" \"%2\"\n")
                       .arg(version, Tr::tr("CSR Report Studio", "manual page title"));
    roff += QStringLiteral(".SH %1\ncsrstudio \\- %2\n")
                .arg(Tr::tr("NAME", "manual page section"), escaped(summary));
    // The overview opens with the usage lines, up to its first empty line.
    const qsizetype usageEnd = overview.indexOf(QLatin1String("\n\n"));
    roff += QStringLiteral(".SH %1\n").arg(Tr::tr("SYNOPSIS", "manual page section")) +
            synopsis(overview.left(usageEnd));
    roff += QStringLiteral(".SH %1\n").arg(Tr::tr("DESCRIPTION", "manual page section")) +
            helpToRoff(overview.mid(usageEnd + 2));
    roff += QStringLiteral(".SH %1\n").arg(Tr::tr("COMMANDS", "manual page section"));
    for (const CommandHelp &c : commands) {
        roff += QStringLiteral(".SS %1\n").arg(c.name);
        const QString help = withoutPath(c.helpText);
        const qsizetype firstBreak = help.indexOf(QLatin1Char('\n'));
        // The usage line is shown as typed, in bold; the rest as the command explains itself.
        const QString usage = help.left(firstBreak);
        roff += QStringLiteral(".PP\n\\fB%1\\fR\n")
                    .arg(code(usage.mid(usage.indexOf(QLatin1String("csrstudio")))));
        roff += helpToRoff(help.mid(firstBreak + 1), c.name);
    }
    roff +=
        QStringLiteral(".SH %1\n.PP\n%2\n").arg(Tr::tr("VERSION", "manual page section"), version);
    return roff;
}

} // namespace csr::cli
