#include "ChapterCommands.h"
#include "EditMetadataCommand.h"
#include "EditParagraphCommand.h"
#include "ReportSession.h"
#include "SignatoryCommand.h"
#include "TestSupport.h"
#include "UiTestSupport.h"

#include <QSignalSpy>

#include <pwd.h>
#include <unistd.h>

using namespace csr;
using namespace csr::ui;

TEST_CASE("Consecutive typing in one paragraph is one undo step")
{
    ReportSession session;
    session.reset(test::smallDocument(), {});
    auto *undo = session.undoStack();
    QString text = std::get<Paragraph>(session.findBlock(QStringLiteral("b1"))->content).text;
    for (QChar c : QStringLiteral("新增")) {
        text += c;
        undo->push(new EditParagraphCommand(&session, *session.findBlock(QStringLiteral("b1")),
                                            text, QStringLiteral("公开陈述")));
    }
    CHECK(undo->count() == 1);
    CHECK(undo->undoText() == QStringLiteral("Edit text in \"公开陈述\""));
    CHECK(session.isModified());
    undo->undo();
    CHECK(session.document() == test::smallDocument());
    CHECK_FALSE(session.isModified());

    undo->redo();
    const Chapter c1 = *session.document().findChapter(QStringLiteral("c1"));
    undo->push(new EditChapterHeaderCommand(&session, c1, QStringLiteral("王"), c1.status));
    undo->push(new EditChapterHeaderCommand(&session,
                                            *session.document().findChapter(QStringLiteral("c1")),
                                            QStringLiteral("王芳"), c1.status));
    CHECK(undo->count() == 2); // assignee typing merged too
    CHECK(session.document().findChapter(QStringLiteral("c1"))->assignee == QStringLiteral("王芳"));
}

TEST_CASE("Metadata and signatory commands announce their change and undo it")
{
    ReportSession session;
    session.reset(test::smallDocument(), {});
    QSignalSpy metadata(&session, &ReportSession::metadataChanged);
    QSignalSpy signatory(&session, &ReportSession::signatoryChanged);
    ReportMetadata m = session.document().metadata;
    m.pageBudget = 22;
    session.undoStack()->push(new EditMetadataCommand(&session, session.document().metadata, m));
    Signatory s = session.document().signatory;
    s.name = QStringLiteral("朱樱");
    session.undoStack()->push(new SignatoryCommand(&session, session.document().signatory, s));
    CHECK(metadata.count() == 1);
    CHECK(signatory.count() == 1);
    CHECK(session.document().metadata.pageBudget == 22);
    CHECK(session.document().signatory.name == QStringLiteral("朱樱"));
    session.undoStack()->undo();
    session.undoStack()->undo();
    CHECK(session.document() == test::smallDocument());
}

TEST_CASE("The change history names the account when neither the settings nor $USER do")
{
    test::isolateSettings();
    // Started from a desktop launcher or a service, without a login shell's environment.
    for (const char *variable : {"USER", "USERNAME"})
        qunsetenv(variable);
    const QString name = ReportSession::authorName();
    const passwd *account = getpwuid(getuid());
    REQUIRE(account);
    CHECK(name == QString::fromLocal8Bit(account->pw_name));
    CHECK_FALSE(name.isEmpty());
    ReportSession::setAuthorName(QStringLiteral("王芳"));
    CHECK(ReportSession::authorName() == QStringLiteral("王芳"));
}
