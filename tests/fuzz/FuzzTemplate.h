#pragma once

// The built-in guideline template, read once, for the targets that import a report (docx,
// import): the importer matches headings to its chapters. Needs CSR_FUZZ_TEMPLATE (its path).
#include "FuzzSupport.h"
#include "Template.h"

#include <QFile>

namespace csr::fuzz {

inline const Template &builtinTemplate()
{
    static const Template tmpl = [] {
        QFile file(QStringLiteral(CSR_FUZZ_TEMPLATE));
        file.open(QIODevice::ReadOnly);
        QString error;
        const auto t = templateFromJson(file.readAll(), file.fileName(), &error);
        require(t.has_value());
        return *t;
    }();
    return tmpl;
}

} // namespace csr::fuzz
