#include "ZipParts.h"

#include <QCoreApplication>
#include <quazip.h>
#include <quazipfile.h>

namespace csr::data {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::data::WorkbookReader)
};
} // namespace

ZipParts::ZipParts(const QByteArray &bytes, Kind kind)
    : m_zip(std::make_unique<QuaZip>(&m_buffer)), m_kind(kind)
{
    const bool word = kind == Kind::WordDocument;
    m_buffer.setData(bytes);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        m_error = word ? Tr::tr("the file is not a readable .docx (its ZIP structure is damaged).")
                       : Tr::tr("the file is not a readable .xlsx (its ZIP structure is damaged).");
        return;
    }
    if (m_zip->getEntriesCount() > MaxEntries)
        m_error = (word ? Tr::tr("the archive has more than %1 parts; no report has as many.")
                        : Tr::tr("the archive has more than %1 parts; no workbook of figures has "
                                 "as many."))
                      .arg(MaxEntries);
}

ZipParts::~ZipParts()
{
    if (m_zip->isOpen())
        m_zip->close();
}

bool ZipParts::contains(const QString &path) const
{
    return m_error.isEmpty() && m_zip->setCurrentFile(path);
}

QByteArray ZipParts::read(const QString &path)
{
    if (!m_error.isEmpty())
        return {};
    if (!m_zip->setCurrentFile(path)) {
        m_error = (m_kind == Kind::WordDocument
                       ? Tr::tr("the part %1 is missing; is this a Word document (.docx)?")
                       : Tr::tr("the part %1 is missing; is this an .xlsx workbook?"))
                      .arg(path);
        return {};
    }
    QuaZipFileInfo64 info;
    const bool encrypted = m_zip->getCurrentFileInfo(&info) && (info.flags & 1);
    QuaZipFile file(m_zip.get());
    if (encrypted || !file.open(QIODevice::ReadOnly)) {
        m_error = !encrypted ? Tr::tr("the part %1 cannot be unpacked.").arg(path)
                  : m_kind == Kind::WordDocument
                      ? Tr::tr("the document is encrypted; save it without a password first.")
                      : Tr::tr("the workbook is encrypted; save it without a password first.");
        return {};
    }
    QByteArray out;
    char chunk[64 * 1024];
    for (;;) {
        const qint64 n = file.read(chunk, sizeof chunk);
        if (n < 0) {
            m_error = Tr::tr("the part %1 is damaged.").arg(path);
            return {};
        }
        if (n == 0)
            break;
        m_unpacked += n;
        if (out.size() + n > MaxPartBytes || m_unpacked > MaxTotalBytes) {
            m_error =
                (m_kind == Kind::WordDocument
                     ? Tr::tr("the document unpacks to more than %1 MB; it was not read further.")
                     : Tr::tr("the workbook unpacks to more than %1 MB; it was not read further."))
                    .arg((out.size() + n > MaxPartBytes ? MaxPartBytes : MaxTotalBytes) >> 20);
            return {};
        }
        out.append(chunk, n);
    }
    file.close();
    if (file.getZipError() != UNZ_OK) {
        m_error = Tr::tr("the part %1 is damaged (checksum).").arg(path);
        return {};
    }
    return out;
}

} // namespace csr::data
