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

// A template's mistakes, each located (chapter path, field; or the figure): no id or name, an
// id that is not a file name, no chapters, a chapter without a title or with a repeated id,
// key or indicator code, a table listing an undefined figure, a figure without a usable id or
// a name, a negative tolerance. Errors; a coded level's chapter without a code is a warning.
QList<Finding> validateTemplate(const Template &t);

// A finding with its place in words: "I 学校管理 › I-1 学校章程 › key: Two chapters …",
// "Figures › 专任教师 › tolerance: …".
QString describeTemplateFinding(const Finding &finding, const Template &t);

// The template file: the skeleton as a report plus the "template" object.
QByteArray templateToJson(const Template &t);
// Writes it atomically (the old file stays whole until the new one is complete); refuses a
// template with errors. Returns the error or "".
QString saveTemplate(const Template &t, const QString &path);

} // namespace csr
