#include "PhotoEditor.h"
#include "ChapterForm.h"
#include "ReportSession.h"
#include "TestSupport.h"
#include "Validator.h"

#include <QComboBox>
#include <QDropEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace csr;
using namespace csr::ui;

namespace {

// Drops `files` on the form as a file manager would.
void dropFiles(QWidget *target, const QStringList &files)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &f : files)
        urls << QUrl::fromLocalFile(f);
    mime.setUrls(urls);
    const QPointF at(10, 10);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
}

// Types `text` key by key, as an input method delivers Chinese (QTest::keyClicks is ASCII only).
void type(QWidget *target, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(target, &release);
    }
}

const Chapter &statement(const ReportSession &s)
{
    return s.document().chapters.first();
}

} // namespace

TEST_CASE("Dropping a photo file adds a photo block in one undo step, undo removes it")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("活动.jpg"));
    const QByteArray jpeg = test::testPhoto(640, 480);
    test::writeFile(file, jpeg);

    ReportSession session;
    session.reset(test::smallDocument(), {});
    const QString chapterId = statement(session).id;
    const qsizetype blocksBefore = statement(session).blocks.size();
    ChapterForm form(&session, chapterId);
    dropFiles(&form, {file});

    REQUIRE(statement(session).blocks.size() == blocksBefore + 1);
    const Block &added = statement(session).blocks.last();
    REQUIRE(added.kind() == BlockKind::Photo);
    CHECK(std::get<Photo>(added.content).image == jpeg);
    CHECK(session.undoStack()->count() == 1);
    CHECK(session.undoStack()->undoText() == QStringLiteral("Add photo 活动.jpg"));

    // The form shows the new block's editor, with a preview of the picture.
    QCoreApplication::processEvents();
    const auto editors = form.findChildren<PhotoEditor *>();
    REQUIRE(editors.size() == 1);
    PhotoEditor *editor = editors.first();
    CHECK_FALSE(editor->preview()->pixmap().isNull());

    // Without alternative text the check warns; typing it is one undo step.
    auto codes = [&] {
        QStringList out;
        for (const Finding &f : validate(session.document()))
            out << f.code;
        return out;
    };
    CHECK(codes().contains(QStringLiteral("photo-alt-missing")));
    type(editor->altTextEdit(), QStringLiteral("两名志愿者"));
    type(editor->captionEdit(), QStringLiteral("社区服务"));
    const Photo &p = std::get<Photo>(session.findBlock(added.id)->content);
    CHECK(p.altText == QStringLiteral("两名志愿者"));
    CHECK(p.caption == QStringLiteral("社区服务"));
    CHECK_FALSE(codes().contains(QStringLiteral("photo-alt-missing")));
    CHECK(session.undoStack()->count() == 3); // add, alternative text, caption

    // A width from the list is one step too.
    QComboBox *width = editor->widthCombo();
    width->setCurrentIndex(width->findData(0.5));
    emit width->activated(width->currentIndex());
    CHECK(std::get<Photo>(session.findBlock(added.id)->content).widthFraction == 0.5);
    CHECK(session.undoStack()->count() == 4);

    while (session.undoStack()->canUndo())
        session.undoStack()->undo();
    CHECK(session.document() == test::smallDocument());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // old editors go later
    CHECK(form.findChildren<PhotoEditor *>().isEmpty());
}

TEST_CASE("A broken or oversized photo file is refused with a message and changes nothing")
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.jpg"));
    QByteArray bytes = test::testPhoto(400, 300);
    bytes.truncate(bytes.size() / 3);
    test::writeFile(broken, bytes);
    const QString notImage = dir.filePath(QStringLiteral("notes.png"));
    test::writeFile(notImage, "just text, named like a picture");
    const QString huge = dir.filePath(QStringLiteral("huge.png"));
    {
        QFile f(huge);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(25 * 1024 * 1024)); // sparse: costs no disk
    }

    ReportSession session;
    session.reset(test::smallDocument(), {});
    ChapterForm form(&session, statement(session).id);
    QSignalSpy refused(&form, &ChapterForm::photoRefused);
    for (const auto &[file, words] :
         {std::pair{broken, "damaged"}, {notImage, "not a PNG or JPEG"}, {huge, "25.0 MB"}}) {
        dropFiles(&form, {file});
        REQUIRE(refused.size() >= 1);
        const QString message = refused.takeLast().at(0).toString();
        INFO(message.toStdString());
        CHECK(message.contains(QFileInfo(file).fileName()));
        CHECK(message.contains(QLatin1String(words)));
    }
    CHECK(session.document() == test::smallDocument());
    CHECK(session.undoStack()->count() == 0);
}
