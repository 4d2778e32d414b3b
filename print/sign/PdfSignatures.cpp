#include "PdfSignatures.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <podofo/podofo.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace csr::sign {

using namespace PoDoFo;

qint64 SignatureRecord::signedEnd() const
{
    if (byteRange.size() != 4 ||
        std::any_of(byteRange.begin(), byteRange.end(), [](qint64 n) { return n < 0; }))
        return -1;
    qint64 end = 0;
    return __builtin_add_overflow(byteRange[2], byteRange[3], &end) ? -1 : end;
}

QDateTime parsePdfDate(const QByteArray &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+\-])(\d{2})?'?(\d{2})?'?)?)"));
    const auto m = pattern.match(QString::fromLatin1(text.trimmed()));
    if (!m.hasMatch())
        return {};
    auto part = [&](int i, int fallback) {
        return m.captured(i).isEmpty() ? fallback : m.captured(i).toInt();
    };
    const QDate date(part(1, 0), part(2, 1), part(3, 1));
    const QTime time(part(4, 0), part(5, 0), part(6, 0));
    int offset = (part(8, 0) * 60 + part(9, 0)) * 60;
    if (m.captured(7) == QLatin1String("-"))
        offset = -offset;
    const QDateTime result(date, time, QTimeZone(offset));
    return result.isValid() ? result.toUTC() : QDateTime();
}

namespace {

QString textOf(const PdfDictionary &dict, const char *key)
{
    const PdfObject *value = dict.GetKey(PdfName(key));
    if (!value)
        return {};
    if (value->IsString() || value->IsHexString())
        return QString::fromStdString(value->GetString().GetStringUtf8());
    if (value->IsName())
        return QString::fromStdString(value->GetName().GetName());
    return {};
}

// The fields that point to each signature dictionary, for their names.
void collectFieldNames(PdfVecObjects &objects, std::map<PdfReference, QString> &names,
                       std::set<PdfReference> &signatureValues)
{
    for (PdfObject *object : objects) {
        if (!object->IsDictionary())
            continue;
        const PdfDictionary &dict = object->GetDictionary();
        const PdfObject *value = dict.GetKey(PdfName("V"));
        if (value && value->IsReference() && dict.HasKey(PdfName("T")))
            names[value->GetReference()] = textOf(dict, "T");
        const PdfObject *type = dict.GetKey(PdfName("FT"));
        if (value && value->IsReference() && type && type->IsName() &&
            type->GetName() == PdfName("Sig"))
            signatureValues.insert(value->GetReference());
    }
}

bool readWithPoDoFo(const QByteArray &pdf, QList<SignatureRecord> &out)
{
    try {
        PdfMemDocument document;
        document.LoadFromBuffer(pdf.constData(), long(pdf.size()));
        PdfVecObjects &objects = document.GetObjects();
        std::map<PdfReference, QString> fieldNames;
        std::set<PdfReference> sigFieldValues;
        collectFieldNames(objects, fieldNames, sigFieldValues);
        for (PdfObject *object : objects) {
            if (!object->IsDictionary())
                continue;
            const PdfDictionary &dict = object->GetDictionary();
            const PdfObject *range = dict.GetKey(PdfName("ByteRange"));
            const PdfObject *contents = dict.GetKey(PdfName("Contents"));
            // A signature dictionary is known by its /ByteRange, its /Type, or the signature
            // field that points at it; one whose /ByteRange or /Contents was emptied, nulled or
            // removed (a "universal signature forgery") is still a signature, and a broken one.
            const PdfObject *type = dict.GetKey(PdfName("Type"));
            const bool typed =
                type && type->IsName() &&
                (type->GetName() == PdfName("Sig") || type->GetName() == PdfName("DocTimeStamp"));
            if (!range && !typed && !sigFieldValues.count(object->Reference()))
                continue;
            if (!range && !contents && !typed && !dict.HasKey(PdfName("Filter")))
                continue;
            SignatureRecord record;
            if (range && range->IsArray())
                for (const PdfObject &n : range->GetArray())
                    record.byteRange << (n.IsNumber() ? qint64(n.GetNumber()) : -1);
            if (const auto *parsed = dynamic_cast<const PdfParserObject *>(object))
                record.objectOffset = qint64(parsed->GetOffset());
            if (contents && (contents->IsHexString() || contents->IsString())) {
                const PdfString &data = contents->GetString();
                record.contents = QByteArray(data.GetString(), qsizetype(data.GetLength()));
            }
            if (const auto it = fieldNames.find(object->Reference()); it != fieldNames.end())
                record.fieldName = it->second;
            record.name = textOf(dict, "Name");
            record.reason = textOf(dict, "Reason");
            record.location = textOf(dict, "Location");
            record.subFilter = textOf(dict, "SubFilter");
            record.type = textOf(dict, "Type");
            if (const PdfObject *m = dict.GetKey(PdfName("M")); m && m->IsString())
                record.claimedTime = parsePdfDate(QByteArray(m->GetString().GetString()));
            out << record;
        }
        return true;
    } catch (const PdfError &) {
        return false;
    } catch (const std::exception &) {
        return false; // std::bad_alloc, std::out_of_range from a hostile file
    }
}

qint64 readNumber(const QByteArray &pdf, qsizetype &at)
{
    while (at < pdf.size() && QChar::isSpace(uchar(pdf[at])))
        ++at;
    const qsizetype start = at;
    while (at < pdf.size() && pdf[at] >= '0' && pdf[at] <= '9' && at - start < 15)
        ++at;
    return at > start ? pdf.mid(start, at - start).toLongLong() : -1;
}

// Fallback for files PoDoFo cannot read. A candidate counts only if its byte range's gap
// starts with a hex string, which is what a signature's /Contents is; text that merely
// contains "/ByteRange" does not pass. Whether the gap is exactly that string is the
// verifier's question (a wrapped signature widens it), so it is not asked here.
void scanForByteRanges(const QByteArray &pdf, QList<SignatureRecord> &out)
{
    // Hex strings start at distinct "<" and never overlap, so decoding each once keeps the
    // scan linear however many /ByteRange point at the same one.
    std::map<qint64, QByteArray> decoded;
    for (qsizetype at = pdf.indexOf("/ByteRange"); at >= 0;
         at = pdf.indexOf("/ByteRange", at + 1)) {
        qsizetype cursor = at + 10;
        while (cursor < pdf.size() && QChar::isSpace(uchar(pdf[cursor])))
            ++cursor;
        if (cursor >= pdf.size() || pdf[cursor] != '[')
            continue;
        ++cursor;
        QList<qint64> range;
        for (int i = 0; i < 4; ++i)
            range << readNumber(pdf, cursor);
        const qint64 gapStart = range[0] + range[1];
        if (range.contains(-1) || gapStart < 0 || gapStart >= pdf.size() || pdf[gapStart] != '<')
            continue;
        auto known = decoded.find(gapStart);
        if (known == decoded.end()) {
            const qsizetype close = pdf.indexOf('>', gapStart);
            const QByteArray hex =
                close < 0 ? QByteArray() : pdf.mid(gapStart + 1, close - gapStart - 1);
            const bool isHex = close >= 0 && std::all_of(hex.begin(), hex.end(), [](char c) {
                                   return std::isxdigit(uchar(c)) || std::isspace(uchar(c));
                               });
            // The decoded bytes and a sentinel space; empty when it is not a hex string.
            known = decoded.emplace(gapStart, isHex ? QByteArray::fromHex(hex) + ' ' : QByteArray())
                        .first;
        }
        if (known->second.isEmpty())
            continue;
        SignatureRecord record;
        record.byteRange = range;
        record.contents = known->second.chopped(1);
        // The dictionary holding this /ByteRange, for the check that the gap is its own
        // /Contents: it starts after the nearest "obj" before the key, looked for in a window
        // so that many keys cannot each search the whole file.
        const qsizetype from = std::max<qsizetype>(0, at - 64 * 1024);
        const qsizetype obj = QByteArrayView(pdf).sliced(from, at - from).lastIndexOf("obj");
        if (obj >= 0)
            record.objectOffset = from + obj + 3;
        out << record;
    }
}

} // namespace

QList<SignatureRecord> scanSignatureBytes(const QByteArray &pdf)
{
    QList<SignatureRecord> records;
    scanForByteRanges(pdf, records);
    return records;
}

SignatureScan findSignatures(const QByteArray &pdf)
{
    PdfError::EnableDebug(false);
    PdfError::EnableLogging(false);
    SignatureScan scan;
    scan.isPdf = pdf.left(1024).contains("%PDF-");
    if (!scan.isPdf)
        return scan;
    scan.readByPoDoFo = readWithPoDoFo(pdf, scan.signatures);
    if (!scan.readByPoDoFo) {
        scan.signatures.clear();
        scanForByteRanges(pdf, scan.signatures);
    }
    std::stable_sort(scan.signatures.begin(), scan.signatures.end(),
                     [](const SignatureRecord &a, const SignatureRecord &b) {
                         return a.signedEnd() < b.signedEnd();
                     });
    return scan;
}

} // namespace csr::sign
