#pragma once

#include "Document.h"

namespace csr {

// Next year's report from this year's, as units start it: the same frame, prose and figure
// definitions, with this year's figures moved to last year's (so every change is computed
// from the day the new figures are typed) and the year's own content emptied.
//
// - metadata: the year, the reporting period (shifted by whole years) and the year in the
//   report title follow `year`; unit, scope, standards and page budget stay;
// - metrics: previousValue = this year's value (empty when there was none: a figure from two
//   years back must never pass for last year's), value empty, and last year's value moves
//   into the history (every value keeps its year, so the trend charts go on);
// - chapters: every status back to draft, assignees kept; paragraphs kept as a first draft;
//   timeline entries and list items (honours, media reports) emptied: they are the year's;
// - signatory: name, title and seal kept; the date cleared;
// - change log: empty (last year's history stays in last year's file).
Document rollForward(const Document &lastYear, int year);

} // namespace csr
