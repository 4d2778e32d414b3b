#pragma once

#include <QHash>
#include <QLabel>

namespace csr::ui {

// A word-wrapped label that remembers its height for a width. On every layout pass of a
// chapter form Qt asks each such label again (QLayout::totalMinimumHeightForWidth keeps no
// answer), and laying out rich text is the expensive part: a chapter of fifty paragraphs laid
// fifty previews out on every keystroke in one of them. The answer is kept until the text, the
// font or the style changes.
class MeasuredLabel : public QLabel
{
    Q_OBJECT
public:
    using QLabel::QLabel;
    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // width → height for m_text; a layout pass asks for a few widths (with and without margins)
    mutable QHash<int, int> m_heights;
    mutable QString m_text;
};

} // namespace csr::ui
