#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QMimeData;

namespace csr::ui {

class ReportSession;

// Photos from files: what a drop offers, reading and checking a chosen file, adding it to a
// chapter as one undo step. No widgets: the chapter form and tests call the same code.
class PhotoFiles
{
    Q_DECLARE_TR_FUNCTIONS(csr::ui::PhotoFiles)
public:
    // The local files among dropped data (their contents are checked when added).
    static QStringList filesIn(const QMimeData *mime);
    // Reads a photo file within the limits and checks that it decodes; returns "" or the
    // message naming the file and the problem.
    static QString read(const QString &path, QByteArray &bytes);
    // Whether the report can take `bytes` more of photos (PhotoImage::MaxTotalBytes), minus the
    // photo `replacing` (a block id) when one is replaced; "" or the message.
    static QString roomFor(const ReportSession &session, qint64 bytes,
                           const QString &replacing = {});
    // Adds each file as a photo at the end of the chapter, one undo step per photo. Stops at the
    // first file that is refused and returns its message; the photos before it stay added.
    static QString add(ReportSession *session, const QString &chapterId, const QStringList &paths);
};

} // namespace csr::ui
