#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace csr::sign {

// What changed between a signed revision of a PDF and the current state of the same file,
// beyond what adding another signature, a document time stamp or long-term validation data
// changes. A signature covers only the bytes of its revision; an incremental update after it
// can redefine any object (a page's content, a font, an image: a "shadow" attack), add an
// annotation or a widget whose appearance covers the page (an overlay), or set an action, and a
// later signature then seems to approve that change. Electronic signature law wants such a
// change detectable, so everything a signature does not need counts.
//
// The current document is parsed once, and each signed revision (the bytes up to the end of
// its byte range) once, as a document of its own, however many signatures end there.
class RevisionDiff
{
    Q_DECLARE_TR_FUNCTIONS(csr::sign::RevisionDiff)
public:
    explicit RevisionDiff(const QByteArray &current);
    ~RevisionDiff();
    RevisionDiff(const RevisionDiff &) = delete;
    RevisionDiff &operator=(const RevisionDiff &) = delete;

    // One sentence per change, naming the page, the catalog entry, the form field or the
    // object; empty when the current document differs from the revision that ends at byte
    // `signedEnd` only by what signatures, time stamps and validation data add. A revision
    // PoDoFo cannot read yields one sentence saying so.
    QStringList changesSince(qint64 signedEnd);
    // Whether the catalog's /DSS (long-term validation data) differs from that revision's.
    bool validationDataAddedSince(qint64 signedEnd);
    // Whether the revision ending at `signedEnd` was already compared (no parse needed).
    bool knows(qint64 signedEnd) const;

    // The same for two separate byte arrays; parses both.
    static QStringList changesAfterSigning(const QByteArray &signedRevision,
                                           const QByteArray &later);

private:
    struct State;
    std::unique_ptr<State> d;
};

} // namespace csr::sign
