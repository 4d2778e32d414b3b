#include "CjkFont.h"

#include <QApplication>
#include <QFontDatabase>

namespace csr::ui {

void useCjkFont()
{
    static const QString family = QStringLiteral("WenQuanYi Micro Hei");
    if (!QFontDatabase::families().contains(family))
        return;
    QFont font = QApplication::font();
    if (font.families().value(0) == family)
        return;
    font.setFamilies({family, font.family()});
    QApplication::setFont(font);
}

} // namespace csr::ui
