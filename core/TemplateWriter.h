#pragma once

#include "Template.h"
#include "Validator.h"

namespace csr {

// What a template made from a report keeps besides its frame.
struct TemplateOptions
{
    bool keepProse = false; // the paragraphs' text (otherwise empty, their hints kept)
};

// A template from a finished report: its chapters (titles, keys, required and numbered flags,
// hints), each block's kind and title, and the metric definitions (names, units, decimals,
// confidential flags) its tables list. Dropped: figures and sources, events, list items, the
// prose unless asked, who fills what and the review state, the signatory, the unit, the change
// history.
Template templateFromReport(const Document &doc, const QString &id, const QString &name,
                            const QString &description, const TemplateOptions &options = {});

// A template's mistakes, each located in words (chapter path, field): no id or name, an id
// that is not a file name, a chapter without a title, two chapters with one key.
QList<Finding> validateTemplate(const Template &t);

// The template file: the skeleton as a report plus the "template" object.
QByteArray templateToJson(const Template &t);
// Writes it atomically (the old file stays whole until the new one is complete); refuses a
// template with errors. Returns the error or "".
QString saveTemplate(const Template &t, const QString &path);

} // namespace csr
