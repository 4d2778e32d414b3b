#include "PrintedText.h"
#include "LayoutEngine.h"
#include "PrintTestSupport.h"
#include "TestSupport.h"

using namespace csr;
using namespace csr::print;
using namespace csr::test;

namespace {

QString allText(const PageLayout &layout)
{
    QString s;
    for (const Page &page : layout.pages)
        for (const Primitive &p : page.primitives)
            if (const auto *t = std::get_if<TextRun>(&p))
                s += t->text;
    return s;
}

} // namespace

TEST_CASE("printed text: a missing value shows as a placeholder, a masked one as **",
          "[print][layout]")
{
    Document doc = smallDocument();
    doc.metrics = {Metric{QStringLiteral("empty.secret"),
                          QStringLiteral("收入"),
                          std::nullopt,
                          QStringLiteral("亿元"),
                          std::nullopt,
                          {},
                          true,
                          -1},
                   Metric{QStringLiteral("known"),
                          QStringLiteral("员工"),
                          12,
                          QStringLiteral("人"),
                          std::nullopt,
                          {},
                          false,
                          -1}};
    const QString text = QStringLiteral("累计完成{{empty.secret}}亿元，员工{{known}}人。");
    CHECK(PrintedText::resolve(text, doc, Edition::Internal) ==
          QStringLiteral("累计完成（未填）亿元，员工12人。"));
    CHECK(PrintedText::resolve(text, doc, Edition::Public) ==
          QStringLiteral("累计完成**亿元，员工12人。"));
    CHECK(PrintedText::value(doc.metrics[0], Edition::Internal) == QStringLiteral("（未填）"));
    CHECK(PrintedText::value(doc.metrics[1], Edition::Internal) == QStringLiteral("12"));
}

TEST_CASE("printed text: an unknown reference shows as a visible marker", "[print][layout]")
{
    const Document doc = smallDocument();
    CHECK(PrintedText::resolve(QStringLiteral("共{{no.such.metric}}项"), doc, Edition::Public) ==
          QStringLiteral("共【?no.such.metric】项"));
}

TEST_CASE("printed text: the sample's internal edition never prints a figure as nothing",
          "[print][layout][sample]")
{
    const QString text = allText(layoutOf(loadSample(), Edition::Internal));
    CHECK(text.contains(QStringLiteral("经营收入累计完成（未填）亿元")));
    CHECK_FALSE(text.contains(QStringLiteral("完成亿元")));
    CHECK_FALSE(text.contains(QStringLiteral("进度%")));
}
