#pragma once

#include <QCoreApplication>
#include <QHash>
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
    bool covered(char32_t c) const;

    QString m_family;
    // Each character is looked up in the font once: a report repeats a few thousand characters
    // hundreds of thousands of times. The answer never changes, so the cache is mutable; a
    // FontCoverage is used by one thread at a time.
    mutable QHash<char32_t, bool> m_covered;
};

} // namespace csr::print
