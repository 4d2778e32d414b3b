#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace csr::print {

// An SVG with everything removed that could make a renderer read outside the file: QtSvg draws
// an <image href="/some/local/file.png"> from the author's disk (and so into a public PDF).
// Kept: references inside the file ("#id") and embedded PNG/JPEG images ("data:image/png;…").
// Removed, each with its whole element: any other href or xlink:href (files, URLs, embedded SVG
// that could hold references of its own). Also dropped: the DTD (entities are expanded here,
// external ones never), processing instructions (xml-stylesheet) and comments. The result is
// written anew from the parsed XML, so what QtSvg later reads is exactly what was checked.
struct SafeSvg
{
    QByteArray svg;      // what may be rendered; empty when the input is not well-formed XML
    QStringList removed; // the references removed, as written, for a warning
    QString error;       // the XML parser's words when the input is not well-formed
};

SafeSvg withoutExternalReferences(const QByteArray &svg);

} // namespace csr::print
