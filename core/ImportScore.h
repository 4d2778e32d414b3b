#pragma once

#include "Document.h"

#include <QString>

namespace csr {

// How much of a hand-made report an import recovered (the evaluation).
struct ImportScore
{
    int chaptersExpected = 0, chaptersPlaced = 0;
    int figuresExpected = 0, figuresRecovered = 0;
    int eventsExpected = 0, eventsRecovered = 0;
    int notesExpected = 0, notesFilled = 0;
    bool signatoryExact = false;
    static double rate(int got, int of) { return of ? double(got) / of : 1.0; }
    QString summary() const; // one line per measure, rates in per cent
};

ImportScore compareImport(const Document &imported, const Document &handMade);

} // namespace csr
