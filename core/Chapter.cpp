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
    return id == o.id && key == o.key && title == o.title && numbered == o.numbered &&
           required == o.required && assignee == o.assignee && status == o.status &&
           blocks == o.blocks &&
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

QString chapterNumber(int depth, int index)
{
    const int n = index + 1;
    switch (depth) {
    case 0:
        return chineseNumeral(n) + QStringLiteral("、");
    case 1:
        return QStringLiteral("（") + chineseNumeral(n) + QStringLiteral("）");
    case 2:
        return QString::number(n) + QLatin1Char('.');
    default:
        return QString::number(n) + QStringLiteral("）");
    }
}

} // namespace csr
