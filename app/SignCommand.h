#pragma once

#include "Command.h"

#include <QByteArray>
#include <QRectF>

namespace csr::cli {

// `csrstudio sign IN.pdf -o OUT.pdf --sign CERT.p12 [--password-file F | --password-env VAR]
// [--reason TEXT] [--location TEXT] [--page N --rect x,y,w,h]`: signs an exported PDF.
Command signCommand();

// The options shared with `export --sign`: --sign, --password-file, --password-env, --reason,
// --location (and a hidden --password, only to refuse it with a reason).
void declareSigningOptions(QCommandLineParser &p);

// For `export`: a signing option without --sign would quietly write an unsigned report for
// publication. Prints why and returns the exit code (2), or -1 when the options are coherent.
int refuseSigningOptionsWithoutSign(const QCommandLineParser &p);

// Signs `input` into `output` with the certificate and password the options name; the field
// goes on `pageIndex` (0-based) over `rect` (PDF points, y up; empty for an invisible one).
// Prints the outcome and returns the exit code. The password is wiped before returning.
// Without --reason the signature states `reason`, else SignRequest::defaultReason().
int signWithOptions(const QCommandLineParser &p, const QString &input, const QString &output,
                    int pageIndex, const QRectF &rect, const QString &reason = {});

} // namespace csr::cli
