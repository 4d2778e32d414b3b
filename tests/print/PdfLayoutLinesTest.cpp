// A printed table's rows folded back from the lines poppler gives: the importer reads a
// timeline's date, event and outlet from one row even where the cells wrapped or were printed
// closer than a column gap; the note under a chart is left out.
#include "PdfLayoutLines.h"
#include "ChartNoteLines.h"

#include <catch2/catch.hpp>

using namespace csr::print;

namespace {

LayoutLine line(std::initializer_list<std::pair<double, const char *>> cells)
{
    LayoutLine l;
    for (const auto &[x, text] : cells)
        l.cells << LayoutLine::Cell{x, QString::fromUtf8(text), 0, {}};
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

namespace {

// A cell of several words: its runs at their x, joined as layoutLines() joins them.
LayoutLine::Cell run(std::initializer_list<std::pair<double, const char *>> words)
{
    LayoutLine::Cell cell;
    for (const auto &[x, text] : words) {
        if (cell.text.isEmpty())
            cell.x = x;
        else
            cell.words.append({x, cell.text.size()});
        cell.text += QString::fromUtf8(text);
    }
    return cell;
}

} // namespace

TEST_CASE("a run that crosses a table's column is parted where the column starts")
{
    // A date column as wide as its widest date: those dates and the event's first line were
    // printed closer than a column gap and came as one run.
    LayoutLine merged;
    merged.cells << run({{81, "2023年10月17日"}, {173.4, "仙霞新村街道党工委与上海西区电信局"}})
                 << run({{381, "“长宁仙霞”公众号"}});
    LayoutLine wrapped;
    wrapped.cells << run({{173.4, "党委开展联学共建活动"}});
    const QStringList rows = tableRows({
        line({{81, "2023年9月13日"}, {173.4, "西区电信局举办网络安全"}, {381, "“上海静安”公"}}),
        line({{173.4, "夜市启动"}, {381, "众号"}}),
        merged,
        wrapped,
        // After the table, a line not under its first column stays whole.
        [] {
            LayoutLine prose;
            prose.cells << run({{76, "强化价值观引领，"}, {173.4, "围绕劳模先进开展广泛宣传。"}});
            return prose;
        }(),
    });
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0) ==
          QStringLiteral("2023年9月13日\t西区电信局举办网络安全夜市启动\t“上海静安”公众号"));
    CHECK(rows.at(1) == QStringLiteral("2023年10月17日\t仙霞新村街道党工委与上海西区电信局"
                                       "党委开展联学共建活动\t“长宁仙霞”公众号"));
    CHECK(rows.at(2) == QStringLiteral("强化价值观引领，围绕劳模先进开展广泛宣传。"));
}

TEST_CASE("a chart's not-charted note and its wrapped line are not read as the report's text")
{
    auto at = [](double top, double height, double x, const char *text) {
        LayoutLine l = line({{x, text}});
        l.top = top;
        l.bottom = top + height;
        return l;
    };
    const QList<LayoutLine> lines{
        at(100, 12.9, 81, "准利润增幅"),
        at(130, 11, 76, "未绘制：经营收入累计完成、台阶进度、应收"), // caption type, 9 pt
        at(146, 11, 76, "占比完成值（保密数据）"),
        at(175, 14.7, 76, "2）社会效益"), // the next heading: larger, further down
        at(200, 14.7, 76, "Not charted is what this sentence says, not a note."),
    };
    const QList<LayoutLine> kept = withoutChartNotes(lines, {QStringLiteral("未绘制：")});
    QStringList texts;
    for (const LayoutLine &l : kept)
        texts << l.text();
    CHECK(texts ==
          QStringList{QStringLiteral("准利润增幅"), QStringLiteral("2）社会效益"),
                      QStringLiteral("Not charted is what this sentence says, not a note.")});
    // The openings come from the report wording of each language.
    CHECK(chartNoteOpenings().contains(QStringLiteral("未绘制：")));
    CHECK(chartNoteOpenings().contains(QStringLiteral("Not charted:")));
}
