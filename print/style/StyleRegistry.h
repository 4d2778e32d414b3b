#pragma once

#include "PrintStyle.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace csr::print {

// A style a report may choose, as the editor lists it.
struct StyleEntry
{
    QString id;   // the file's base name: "civic-blue"
    QString name; // its "name", or the id
    QString path;
};

// The style a report prints in, with what went wrong finding or reading it (the default style
// is used then, and the messages say so).
struct StyleChoice
{
    PrintStyle style;
    QStringList messages;
};

// Where styles are found, as templates are: the built-in ones (:/styles), the user's folder,
// then each folder of $CSR_STYLE_PATH (':'-separated); a later file with the same id wins. A
// style's id is its file's base name, so a unit adds its own by copying a file, no rebuild.
class StyleRegistry
{
    Q_DECLARE_TR_FUNCTIONS(csr::print::StyleRegistry)

public:
    static QStringList searchPaths();
    // Where the user's own styles go; "" when there is none.
    static QString userFolder();
    static QList<StyleEntry> available();

    // `idOrFile`: a style id, or the path of a style file (it contains '/' or ends in .json).
    // Empty or "default": the built-in default.
    static StyleChoice resolve(const QString &idOrFile);
};

} // namespace csr::print
