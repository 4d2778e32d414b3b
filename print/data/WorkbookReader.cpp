#include "WorkbookReader.h"

#include "CsvReader.h"
#include "XlsxReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace csr::data {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::data::WorkbookReader)
};
} // namespace

Workbook readWorkbookBytes(const QByteArray &bytes, const QString &name)
{
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06"))
        return readXlsx(bytes, name);
    Workbook book;
    book.name = name;
    if (bytes.startsWith("\xD0\xCF\x11\xE0")) {
        book.error = Tr::tr("this is an old .xls workbook or one with a password; save it as "
                            ".xlsx without a password.");
        return book;
    }
    if (name.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        book.error = Tr::tr("the file is called .xlsx but is no .xlsx workbook.");
        return book;
    }
    return readCsv(bytes, name);
}

Workbook readWorkbook(const QString &path)
{
    const QFileInfo info(path);
    Workbook book;
    book.name = info.fileName();
    if (!info.exists()) {
        book.error = Tr::tr("there is no such file.");
        return book;
    }
    if (!info.isFile()) {
        book.error = Tr::tr("this is not a regular file.");
        return book;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        book.error = Tr::tr("cannot be read: %1").arg(file.errorString());
        return book;
    }
    const QByteArray bytes = file.read(MaxWorkbookFileBytes + 1);
    if (bytes.size() > MaxWorkbookFileBytes) {
        book.error = Tr::tr("the file is larger than %1 MB; no request for figures is that large.")
                         .arg(MaxWorkbookFileBytes >> 20);
        return book;
    }
    return readWorkbookBytes(bytes, book.name);
}

} // namespace csr::data
