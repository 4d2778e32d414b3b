#pragma once

#include <QString>

namespace csr::print {

// A title without the number or indicator code in front of it: "VI-1 社会荣誉" → "社会荣誉",
// "（一）保障员工权益" → "保障员工权益". A title that is nothing but a code stays as it is.
QString withoutCode(const QString &title);

// The caption a block prints under its chapter's heading: none when it says what the heading
// says, codes aside ("社会荣誉" under "VI-1 社会荣誉" is not printed twice).
QString captionUnder(const QString &blockTitle, const QString &chapterTitle);

} // namespace csr::print
