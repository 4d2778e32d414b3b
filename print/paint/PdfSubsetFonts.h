#pragma once

namespace PoDoFo {
class PdfMemDocument;
}

namespace csr::print {

// Qt embeds a subset of the report font and tags the font descriptor's /FontName as such
// ("QPEAAA+WenQuanYiMicroHei") but writes the Type0 font's and its CIDFont's /BaseFont without
// the tag, so readers (pdffonts: "sub no") and preflight checks take the font for fully
// embedded. This names both as the descriptor does (PDF 32000 §9.6.4: a subset's name carries
// the tag). Returns how many fonts it renamed.
int nameSubsetFonts(PoDoFo::PdfMemDocument &doc);

} // namespace csr::print
