#pragma once

#include <QCoreApplication>
#include <QString>

namespace csr::print {

// Characters of a report that its font cannot draw. Font merging is off (see styleFont), so such
// a character would print as an empty box and extract as nothing: the layout names them instead.
struct MissingCharacters
{
    QString chapterId;
    QString blockId;    // empty for the chapter's heading
    QString where;      // as a reader finds it: "四、社会贡献 › 3.诚信服务, block 2"
    QString characters; // each missing character once, in order of appearance
};

class FontCoverage
{
    Q_DECLARE_TR_FUNCTIONS(csr::print::FontCoverage)

public:
    explicit FontCoverage(const QString &family);

    // The characters of `text` the font lacks, each once; spaces and controls are not checked.
    QString missing(const QString &text) const;

    static QString warning(const MissingCharacters &m);

private:
    QString m_family;
};

} // namespace csr::print
