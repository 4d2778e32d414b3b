#include "TestPdf.h"

#include "TestSupport.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace csr::test {

QByteArray makeChinesePdf(int pages)
{
    static const int fontId = QFontDatabase::addApplicationFont(
        QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));
    REQUIRE(fontId >= 0);
    const QString family = QFontDatabase::applicationFontFamilies(fontId).value(0);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(72); // one device unit per PDF point
        writer.setTitle(QStringLiteral("2023年度社会责任报告"));
        QPainter painter(&writer);
        painter.setFont(QFont(family, 14));
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.drawText(72, 100, QStringLiteral("上海市西区文明单位 2023 年度社会责任报告"));
            painter.drawText(
                72, 130, QStringLiteral("第 %1 页：员工权益、安全生产、志愿服务。").arg(page + 1));
            if (page == pages - 1) {
                painter.drawText(320, 700, QStringLiteral("单位负责人（签字）："));
                painter.drawRect(320, 710, 200, 60);
            }
        }
    }
    return buffer.data();
}

void writeChinesePdf(const QString &path, int pages)
{
    writeFile(path, makeChinesePdf(pages));
}

} // namespace csr::test
