#include "WorkbookWording.h"

#include <QRegularExpression>

namespace csr {

namespace {

bool hasHan(const QString &text)
{
    for (const QChar c : text)
        if (c.script() == QChar::Script_Han)
            return true;
    return false;
}

WorkbookWording chinese()
{
    WorkbookWording w;
    w.instructionsSheet = QStringLiteral("填报说明");
    w.title = QStringLiteral("%1 %2 年度社会责任报告 数据填报表");
    w.addressee = QStringLiteral("填报人/章节：%1");
    w.instructions = {
        QStringLiteral("1. 每张工作表是报告中的一张数据表。请在“本年数值”一列填写 %1 年的数据。"),
        QStringLiteral(
            "2. 只填数字，不要带单位、文字或空格；单位以“单位”一列为准，如口径不同请换算后"
            "填写。"),
        QStringLiteral("3. 在“数据来源/备注”一列写明数据出处（系统、台账或部门）。"),
        QStringLiteral("4. 与 %2 年相比变化较大的数据，请在备注中说明原因。"),
        QStringLiteral("5. 其他单元格已锁定：请不要增删行列、改动工作表名称或隐藏的指标编号。"),
        QStringLiteral("6. 填好后保存为 .xlsx 文件（Excel、WPS 或 LibreOffice 均可）并发回。"),
    };
    w.headers[int(SheetColumn::Id)] = QStringLiteral("指标编号");
    w.headers[int(SheetColumn::Label)] = QStringLiteral("指标");
    w.headers[int(SheetColumn::Unit)] = QStringLiteral("单位");
    w.headers[int(SheetColumn::Value)] = QStringLiteral("本年数值（%1 年）");
    w.headers[int(SheetColumn::LastYear)] = QStringLiteral("上年数值（%2 年）");
    w.headers[int(SheetColumn::Source)] = QStringLiteral("数据来源/备注");
    w.validationTitle = QStringLiteral("请填写数字");
    w.validationMessage = QStringLiteral("这里只能填写数字，不带单位。");
    w.unassigned = QStringLiteral("未分配");
    return w;
}

WorkbookWording english()
{
    WorkbookWording w;
    w.instructionsSheet = QStringLiteral("Instructions");
    w.title = QStringLiteral("%1: figures for the %2 CSR report");
    w.addressee = QStringLiteral("For: %1");
    w.instructions = {
        QStringLiteral("1. Each sheet is one table of figures in the report. Enter the %1 "
                       "figures in the column \"This year\"."),
        QStringLiteral("2. Numbers only: no units, words or spaces. The unit is the one in the "
                       "column \"Unit\"; convert if yours differs."),
        QStringLiteral("3. Say where each figure comes from (system, ledger, department) in "
                       "\"Source / note\"."),
        QStringLiteral("4. If a figure moved a lot from %2, say why in the note."),
        QStringLiteral("5. All other cells are locked: do not add or delete rows or columns, "
                       "rename sheets or change the hidden metric ids."),
        QStringLiteral("6. Save as .xlsx (Excel, WPS or LibreOffice) and send it back."),
    };
    w.headers[int(SheetColumn::Id)] = QStringLiteral("Metric id");
    w.headers[int(SheetColumn::Label)] = QStringLiteral("Figure");
    w.headers[int(SheetColumn::Unit)] = QStringLiteral("Unit");
    w.headers[int(SheetColumn::Value)] = QStringLiteral("This year (%1)");
    w.headers[int(SheetColumn::LastYear)] = QStringLiteral("Last year (%2)");
    w.headers[int(SheetColumn::Source)] = QStringLiteral("Source / note");
    w.validationTitle = QStringLiteral("A number, please");
    w.validationMessage = QStringLiteral("Enter a number here, without its unit.");
    w.unassigned = QStringLiteral("Unassigned");
    return w;
}

// Lower case, no spaces, no bracketed part: "本年数值（2024 年）" → "本年数值".
QString normalized(const QString &text)
{
    static const QRegularExpression bracket(QStringLiteral("[（(].*[）)]"));
    QString t = text;
    t.remove(bracket);
    t.remove(QRegularExpression(QStringLiteral("\\s")));
    return t.toCaseFolded();
}

} // namespace

QString reportLanguage(const Document &doc)
{
    if (hasHan(doc.metadata.unitName) || hasHan(doc.metadata.reportTitle))
        return QStringLiteral("zh_CN");
    for (const Chapter &c : doc.chapters)
        if (hasHan(c.title))
            return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

const WorkbookWording &WorkbookWording::forLanguage(const QString &language)
{
    static const WorkbookWording zh = chinese();
    static const WorkbookWording en = english();
    return language.startsWith(QLatin1String("zh")) ? zh : en;
}

QString WorkbookWording::header(SheetColumn column, int year) const
{
    QString text = headers[int(column)];
    if (column == SheetColumn::Value)
        return text.arg(year);
    if (column == SheetColumn::LastYear)
        return text.replace(QLatin1String("%2"), QString::number(year - 1));
    return text;
}

std::optional<SheetColumn> columnForHeader(const QString &text)
{
    const QString key = normalized(text);
    if (key.isEmpty())
        return std::nullopt;
    for (const WorkbookWording *w : {&WorkbookWording::forLanguage(QStringLiteral("zh_CN")),
                                     &WorkbookWording::forLanguage(QStringLiteral("en"))})
        for (int c = 0; c < SheetColumnCount; ++c)
            if (normalized(w->headers[c]) == key)
                return SheetColumn(c);
    // What a hand-made table or a csv export is likely to call them.
    static const QList<std::pair<QString, SheetColumn>> aliases{
        {QStringLiteral("id"), SheetColumn::Id},
        {QStringLiteral("metricid"), SheetColumn::Id},
        {QStringLiteral("编号"), SheetColumn::Id},
        {QStringLiteral("label"), SheetColumn::Label},
        {QStringLiteral("指标名称"), SheetColumn::Label},
        {QStringLiteral("名称"), SheetColumn::Label},
        {QStringLiteral("value"), SheetColumn::Value},
        {QStringLiteral("数值"), SheetColumn::Value},
        {QStringLiteral("本年"), SheetColumn::Value},
        {QStringLiteral("上年"), SheetColumn::LastYear},
        {QStringLiteral("source"), SheetColumn::Source},
        {QStringLiteral("note"), SheetColumn::Source},
        {QStringLiteral("数据来源"), SheetColumn::Source},
        {QStringLiteral("备注"), SheetColumn::Source},
    };
    for (const auto &[alias, column] : aliases)
        if (alias == key)
            return column;
    return std::nullopt;
}

} // namespace csr
