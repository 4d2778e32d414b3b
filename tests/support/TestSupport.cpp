#include "TestSupport.h"

#include <csignal>
#include <sys/resource.h>

#include "DocumentFile.h"

#include <QBuffer>
#include <QFile>
#include <QImage>

namespace csr::test {

Document loadSample()
{
    auto read = DocumentFile::load(QStringLiteral(CSR_SAMPLE));
    INFO(read.error.message.toStdString());
    REQUIRE(read.ok());
    return read.document;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QByteArray formatVersionLine(int version)
{
    return QStringLiteral("\"formatVersion\": %1,").arg(version).toUtf8();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray testPhoto(int width, int height, const char *format)
{
    QImage image(width, height, QImage::Format_RGB32);
    quint32 noise = 12345;
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            noise = noise * 1664525u + 1013904223u; // a fixed sequence: the same bytes each run
            const int grain = int(noise >> 28) - 8;
            line[x] = qRgb(std::clamp(255 * x / width + grain, 0, 255),
                           std::clamp(255 * y / height + grain, 0, 255),
                           std::clamp(128 + grain * 4, 0, 255));
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, format, 90));
    return bytes;
}

Document smallDocument()
{
    Document doc;
    doc.metadata.unitName = QStringLiteral("测试单位");
    doc.metadata.reportTitle = QStringLiteral("2023 年度社会责任报告");
    doc.metadata.year = 2023;
    doc.metadata.periodStart = QDate(2023, 1, 1);
    doc.metadata.periodEnd = QDate(2023, 12, 31);
    doc.metadata.scope = QStringLiteral("本单位");
    doc.signatory = {QStringLiteral("张三"), QStringLiteral("总经理"), QDate(2024, 1, 15), {}, {}};
    doc.metrics = {
        Metric{QStringLiteral("staff.total"),
               QStringLiteral("全口径员工"),
               1184,
               QStringLiteral("人"),
               1100,
               {},
               false,
               -1},
        Metric{QStringLiteral("revenue"),
               QStringLiteral("经营收入"),
               12.5,
               QStringLiteral("亿元"),
               std::nullopt,
               {},
               true,
               -1},
    };
    Chapter statement;
    statement.id = QStringLiteral("c1");
    statement.key = QStringLiteral("statement");
    statement.title = QStringLiteral("公开陈述");
    statement.required = true;
    statement.blocks = {
        Block{QStringLiteral("b1"),
              {},
              Paragraph{QStringLiteral("全口径员工 {{staff.total}} 人，收入 {{revenue}} 亿元。")}},
        Block{QStringLiteral("b2"), {}, SignatureBlock{}},
    };
    Chapter events;
    events.id = QStringLiteral("c2");
    events.title = QStringLiteral("领导关怀");
    events.blocks = {
        Block{
            QStringLiteral("b3"),
            {},
            Timeline{
                QStringLiteral("领导关怀"),
                category::LeadershipCare,
                {TimelineEntry{
                    QDate(2023, 1, 20), QStringLiteral("慰问"), category::LeadershipCare, {}, {}}},
                true}},
        Block{QStringLiteral("b4"),
              {},
              MetricTable{QStringLiteral("基本情况"),
                          {QStringLiteral("staff.total"), QStringLiteral("revenue")},
                          ChartType::Bar}}};
    doc.chapters = {statement, events};
    return doc;
}

FileSizeLimit::FileSizeLimit(long long bytes)
{
    rlimit limit{};
    getrlimit(RLIMIT_FSIZE, &limit);
    m_old = static_cast<long long>(limit.rlim_cur);
    // Writing past the limit would otherwise kill the test with SIGXFSZ.
    m_oldSignal = std::signal(SIGXFSZ, SIG_IGN);
    limit.rlim_cur = static_cast<rlim_t>(bytes);
    REQUIRE(setrlimit(RLIMIT_FSIZE, &limit) == 0);
}

FileSizeLimit::~FileSizeLimit()
{
    rlimit limit{};
    getrlimit(RLIMIT_FSIZE, &limit);
    limit.rlim_cur = static_cast<rlim_t>(m_old);
    setrlimit(RLIMIT_FSIZE, &limit);
    std::signal(SIGXFSZ, m_oldSignal);
}

} // namespace csr::test
