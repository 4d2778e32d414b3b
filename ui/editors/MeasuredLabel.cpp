#include "MeasuredLabel.h"

#include <QEvent>

namespace csr::ui {

int MeasuredLabel::heightForWidth(int width) const
{
    if (text() != m_text || m_heights.size() > 8) { // a new text, or a window resized a lot
        m_heights.clear();
        m_text = text();
    }
    auto it = m_heights.constFind(width);
    if (it == m_heights.cend())
        it = m_heights.insert(width, QLabel::heightForWidth(width));
    return *it;
}

void MeasuredLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange ||
        event->type() == QEvent::ContentsRectChange)
        m_heights.clear(); // measured with another font, padding or margins
    QLabel::changeEvent(event);
}

} // namespace csr::ui
