#include "Location.h"

#include <QCoreApplication>
#include <QStringList>

namespace csr {

QString Location::toString() const
{
    QStringList parts;
    if (!chapterPath.isEmpty())
        parts << chapterPath;
    if (!blockId.isEmpty()) // the validator's words, where they were first translated
        parts << QCoreApplication::translate("csr::Validator", "block %1").arg(blockId);
    if (!field.isEmpty())
        parts << field;
    return parts.join(QStringLiteral(" › "));
}

} // namespace csr
