#pragma once

#include "SignatureTimestamp.h"
#include "TsaClient.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace csr::sign {

// Appends a document time stamp to a PDF (ISO 32000-2 §12.8.5; with a DSS before it, PAdES
// B-LTA): an incremental update adding an invisible signature field whose value is a
// dictionary of /Type /DocTimeStamp, /SubFilter /ETSI.RFC3161, and whose /Contents is an RFC
// 3161 time-stamp token over the bytes of its /ByteRange, that is the whole file but the
// token. It proves that the file, signatures and validation data included, existed at the
// TSA's time, so a reader can still trust them after their certificates expired; a later
// document time stamp renews it before the TSA's own certificate expires.
class DocumentTimestamper
{
    Q_DECLARE_TR_FUNCTIONS(csr::sign::DocumentTimestamper)
public:
    // Asks a TSA for a checked token over the given bytes (TsaClient::timestamp).
    using TokenSource = std::function<TimestampReply(const QByteArray &stampedBytes)>;

    // The PDF with the time stamp appended, its bytes before an exact prefix; empty with
    // `error` set when the PDF cannot be updated or the TSA gives no token (nothing is then
    // half written: the caller keeps what it had). `stamp` gets the TSA's answer. Room for
    // `reserveBytes` of token is left in /Contents.
    static QByteArray append(const QByteArray &pdf, const TokenSource &source, QString &error,
                             TimestampReply *stamp = nullptr,
                             qint64 reserveBytes = TsaClient::MaxTokenBytes);
};

} // namespace csr::sign
