#pragma once

#include "PageLayout.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace PoDoFo {
class PdfMemDocument;
}

namespace csr::print {

// What the post-processing adds to a file Qt's PDF writer embedded (Qt 6.4 writes the file
// stream, its MIME /Subtype and a /Filespec with a Latin-1 /F name, nothing else).
struct EmbeddedFileInfo
{
    QString givenName; // the ASCII name the PDF writer was given
    QString name;      // the real (Unicode) name, as /UF
    QString relationship;
    QString description;
    qint64 size = 0;
    QByteArray md5; // of the file's bytes, the /Params /CheckSum
};

// The ASCII name an attachment is embedded under: the data set's own name ("csr-data-2023-
// public.csv", ASCII by construction), "evidence-1.csv" for evidence, whose real name follows
// as /UF.
QString attachmentAsciiName(const PdfAttachment &attachment, int index);
QList<EmbeddedFileInfo> embeddedFileInfo(const QList<PdfAttachment> &attachments);

// Completes the embedded files as PDF 2.0 and PDF/A-3 describe associated files: each
// /Filespec gets /UF, /AFRelationship and /Desc, its stream /Type /EmbeddedFile and /Params
// (/Size, /CheckSum, /ModDate = `modified`), the catalog an /AF array of them all, and the
// /EmbeddedFiles name tree its keys in order (the writer lists them as given). Throws PoDoFo's
// PdfError.
void completeAttachments(PoDoFo::PdfMemDocument &doc, const QList<EmbeddedFileInfo> &files,
                         const QDateTime &modified);

} // namespace csr::print
