#pragma once

#include "PrintStyle.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace csr::print {

// What reading a style file gave: the style (the built-in default wherever the file says nothing
// usable) and a message for each problem, naming the key ("colors.heading: …").
struct StyleRead
{
    PrintStyle style;
    QStringList problems;
    bool usable = false; // false: the file as a whole was refused and `style` is the default
};

// Reads a style file (JSON, docs/print-engine.md "Style files"). Hostile input: at most
// MaxStyleBytes, every value range-checked; a bad value keeps the default for that key with a
// message, an unknown key is named and ignored; pictures are read within StyleImages' limits
// from the style file's folder. Never throws, never crashes.
class StyleReader
{
    Q_DECLARE_TR_FUNCTIONS(csr::print::StyleReader)

public:
    static constexpr qint64 MaxStyleBytes = 256 * 1024;

    static StyleRead readFile(const QString &path);
    // `id` names the style (a file's base name); pictures are looked for in `folder`.
    static StyleRead fromJson(const QByteArray &bytes, const QString &id, const QString &folder);
};

} // namespace csr::print
