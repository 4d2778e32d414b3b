#pragma once

#include <QString>
#include <QStringList>

namespace csr {

// The languages a report can be printed in (metadata.language): the fixed words, dates and
// number formats of the printed report come from that language's wording table
// (print/layout/ReportWording), whatever the UI language or the system locale.
inline const QString DefaultReportLanguage = QStringLiteral("zh_CN");

inline QStringList reportLanguages()
{
    return {DefaultReportLanguage, QStringLiteral("en")};
}

} // namespace csr
