#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace csr::sign {

// What changed between a signed revision of a PDF and a later state of the same file, beyond
// what adding another signature changes. A signature covers only the bytes of its revision; an
// incremental update after it can redefine any object (a page's content, a font, an image),
// and a later signature then covers that change. Electronic signature law wants such a change
// detectable, so everything a signature does not need counts.
class RevisionDiff
{
    Q_DECLARE_TR_FUNCTIONS(csr::sign::RevisionDiff)
public:
    // One sentence per changed object, naming the page or object; empty when `later` differs
    // from `signedRevision` only by new objects and the entries a new signature field needs.
    // A file PoDoFo cannot read yields one sentence saying so.
    static QStringList changesAfterSigning(const QByteArray &signedRevision,
                                           const QByteArray &later);
};

} // namespace csr::sign
