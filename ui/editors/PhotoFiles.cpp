#include "PhotoFiles.h"

#include "ChapterBlocksCommand.h"
#include "PhotoImage.h"
#include "ReportSession.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace csr::ui {

QStringList PhotoFiles::filesIn(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile())
            files << url.toLocalFile();
    return files;
}

QString PhotoFiles::read(const QString &path, QByteArray &bytes)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.isFile())
        return tr("\"%1\" is not a file.").arg(path);
    // Checked before reading: a file of gigabytes is never loaded.
    if (info.size() > PhotoImage::MaxBytes)
        return tr("The photo \"%1\" is %2 MB; a photo may have at most %3 MB.")
            .arg(name)
            .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
            .arg(PhotoImage::MaxBytes / (1024 * 1024));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("The photo \"%1\" cannot be read: %2").arg(name, file.errorString());
    const QByteArray read = file.read(PhotoImage::MaxBytes + 1);
    const PhotoImage::Decoded decoded = PhotoImage::decode(read);
    if (!decoded.error.isEmpty())
        return tr("The photo \"%1\" cannot be used: %2").arg(name, decoded.error);
    bytes = read;
    return {};
}

QString PhotoFiles::roomFor(const ReportSession &session, qint64 bytes, const QString &replacing)
{
    qint64 total = bytes;
    forEachChapter(session.document().chapters, [&](const ChapterVisit &v) {
        for (const Block &b : v.chapter.blocks)
            if (const auto *p = std::get_if<Photo>(&b.content); p && b.id != replacing)
                total += p->image.size();
    });
    if (total <= PhotoImage::MaxTotalBytes)
        return {};
    return tr("The report's photos would come to %1 MB; a report may hold at most %2 MB of "
              "photos. Use smaller files (a photo printed at 300 dpi needs no more than about "
              "2 MB).")
        .arg(double(total) / (1024 * 1024), 0, 'f', 1)
        .arg(PhotoImage::MaxTotalBytes / (1024 * 1024));
}

QString PhotoFiles::add(ReportSession *session, const QString &chapterId, const QStringList &paths)
{
    for (const QString &path : paths) {
        const Chapter *chapter = session->document().findChapter(chapterId);
        if (!chapter)
            return tr("The chapter is no longer there.");
        QByteArray bytes;
        if (QString error = read(path, bytes); !error.isEmpty())
            return error;
        if (QString error = roomFor(*session, bytes.size()); !error.isEmpty())
            return error;
        Photo photo;
        photo.image = bytes;
        QList<Block> after = chapter->blocks;
        after.append(Block{makeUniqueId(session->document(), QStringLiteral("b")), {}, photo});
        session->undoStack()->push(
            new ChapterBlocksCommand(session, chapterId, chapter->blocks, after,
                                     tr("Add photo %1").arg(QFileInfo(path).fileName())));
    }
    return {};
}

} // namespace csr::ui
