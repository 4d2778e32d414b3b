#include "Chapter.h"

#include <algorithm>

namespace csr {

QString chapterStatusName(ChapterStatus status)
{
    switch (status) {
    case ChapterStatus::Draft:
        return QStringLiteral("draft");
    case ChapterStatus::Submitted:
        return QStringLiteral("submitted");
    case ChapterStatus::Approved:
        return QStringLiteral("approved");
    case ChapterStatus::NeedsChanges:
        return QStringLiteral("needsChanges");
    }
    return {};
}

std::optional<ChapterStatus> chapterStatusFromName(const QString &name)
{
    for (auto s : {ChapterStatus::Draft, ChapterStatus::Submitted, ChapterStatus::Approved,
                   ChapterStatus::NeedsChanges})
        if (chapterStatusName(s) == name)
            return s;
    return std::nullopt;
}

bool Chapter::operator==(const Chapter &o) const
{
    return id == o.id && key == o.key && title == o.title && code == o.code &&
           numbered == o.numbered && required == o.required && assignee == o.assignee &&
           status == o.status && blocks == o.blocks &&
           std::equal(children.begin(), children.end(), o.children.begin(), o.children.end());
}

bool Chapter::hasContent() const
{
    // The signature block only marks where the signatory goes: alone it is no content.
    const auto isContent = [](const Block &b) {
        return b.kind() != BlockKind::SignatureBlock && !b.isEmpty();
    };
    return std::any_of(blocks.begin(), blocks.end(), isContent) ||
           std::any_of(children.begin(), children.end(),
                       [](const Chapter &c) { return c.hasContent(); });
}

QString chineseNumeral(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n <= 0)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    if (n < 100) {
        const int tens = n / 10, ones = n % 10;
        QString s = tens == 1 ? QString() : QString(digits.at(tens));
        s += QStringLiteral("十");
        if (ones)
            s += digits.at(ones);
        return s;
    }
    return QString::number(n);
}

QString numberingStyleName(NumberingStyle style)
{
    switch (style) {
    case NumberingStyle::Chinese:
        return QStringLiteral("chinese");
    case NumberingStyle::ChineseParen:
        return QStringLiteral("chineseParen");
    case NumberingStyle::Arabic:
        return QStringLiteral("arabic");
    case NumberingStyle::ArabicParen:
        return QStringLiteral("arabicParen");
    case NumberingStyle::Code:
        return QStringLiteral("code");
    case NumberingStyle::None:
        return QStringLiteral("none");
    }
    return {};
}

std::optional<NumberingStyle> numberingStyleFromName(const QString &name)
{
    for (auto s : {NumberingStyle::Chinese, NumberingStyle::ChineseParen, NumberingStyle::Arabic,
                   NumberingStyle::ArabicParen, NumberingStyle::Code, NumberingStyle::None})
        if (numberingStyleName(s) == name)
            return s;
    return std::nullopt;
}

NumberingStyle defaultNumbering(int depth)
{
    switch (depth) {
    case 0:
        return NumberingStyle::Chinese;
    case 1:
        return NumberingStyle::ChineseParen;
    case 2:
        return NumberingStyle::Arabic;
    default:
        return NumberingStyle::ArabicParen;
    }
}

NumberingStyle numberingAt(const QList<NumberingStyle> &numbering, int depth)
{
    return depth >= 0 && depth < numbering.size() ? numbering.at(depth) : defaultNumbering(depth);
}

QString chapterNumber(NumberingStyle style, int index, const QString &code)
{
    const int n = index + 1;
    switch (style) {
    case NumberingStyle::Chinese:
        return chineseNumeral(n) + QStringLiteral("、");
    case NumberingStyle::ChineseParen:
        return QStringLiteral("（") + chineseNumeral(n) + QStringLiteral("）");
    case NumberingStyle::Arabic:
        return QString::number(n) + QLatin1Char('.');
    case NumberingStyle::ArabicParen:
        return QString::number(n) + QStringLiteral("）");
    case NumberingStyle::Code:
        // A space: codes are Latin ("I-1"), and "I-1学校管理" would read as one word.
        return code.trimmed().isEmpty() ? QString() : code.trimmed() + QLatin1Char(' ');
    case NumberingStyle::None:
        return {};
    }
    return {};
}

QString chapterNumber(int depth, int index)
{
    return chapterNumber(defaultNumbering(depth), index, {});
}

} // namespace csr
