// A printed table's rows folded back from the lines poppler gives: the importer reads a
// timeline's date, event and outlet from one row even where the cells wrapped.
#include "PdfLayoutLines.h"

#include <catch2/catch.hpp>

using namespace csr::print;

namespace {

LayoutLine line(std::initializer_list<std::pair<double, const char *>> cells)
{
    LayoutLine l;
    for (const auto &[x, text] : cells)
        l.cells << LayoutLine::Cell{x, QString::fromUtf8(text)};
    return l;
}

} // namespace

TEST_CASE("a table's wrapped cells are rejoined into their row")
{
    const QStringList rows = tableRows({
        line({{72, "媒体报道"}}),
        line({{115, "日期"}, {291, "事项"}, {462, "媒体"}}), // centred header
        line({{81, "2023年9月13日"}, {181, "西区电信局举办网络安全"}, {433, "“上海静安”公"}}),
        line({{181, "夜市启动"}, {433, "众号"}}),
        line({{81, "2023年1月22日"}, {181, "慰问值班员工"}}),
        line({{81, "（大年初一）"}}), // the date's note, under the date
        line({{81, "2023年12月6日"}, {181, "为骑手小哥送去温暖与关"}, {433, "《文汇报》"}}),
        line({{181, "怀 , 留下温暖记忆"}}),
        line({{72, "强化价值观引领，围绕劳模先进开展广泛宣传。"}}),
        line({{96, "（一）保障员工权益"}}), // an indented line after the table is not a cell
    });
    REQUIRE(rows.size() == 7);
    CHECK(rows.at(0) == QStringLiteral("媒体报道"));
    CHECK(rows.at(1) == QStringLiteral("日期\t事项\t媒体"));
    CHECK(rows.at(2) ==
          QStringLiteral("2023年9月13日\t西区电信局举办网络安全夜市启动\t“上海静安”公众号"));
    CHECK(rows.at(3) == QStringLiteral("2023年1月22日（大年初一）\t慰问值班员工"));
    CHECK(rows.at(4) ==
          QStringLiteral("2023年12月6日\t为骑手小哥送去温暖与关怀 , 留下温暖记忆\t《文汇报》"));
    CHECK(rows.at(5) == QStringLiteral("强化价值观引领，围绕劳模先进开展广泛宣传。"));
    CHECK(rows.at(6) == QStringLiteral("（一）保障员工权益"));
}
