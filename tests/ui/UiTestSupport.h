#pragma once

#include "Document.h"
#include "UserPrompts.h"

#include <QStringList>

namespace csr::test {

// Answers the main window's questions without a modal dialog and records what was asked.
struct FakePrompts : ui::UserPrompts
{
    struct Log
    {
        QStringList errors;
        int saveQuestions = 0;
        int restoreQuestions = 0;
        int conflictQuestions = 0;
        int fileNameQuestions = 0; // open or save file dialogs
    };
    Log *log;
    SaveChoice saveAnswer = SaveChoice::Discard;
    RecoveryChoice restoreAnswer = RecoveryChoice::Restore;
    ConflictChoice conflictAnswer = ConflictChoice::Cancel;
    QString saveAsPath;
    QString dataPath; // the answer to the open data file dialog

    explicit FakePrompts(Log *l) : log(l) {}
    void showError(QWidget *, const QString &title, const QString &text) override
    {
        log->errors << title + QStringLiteral(": ") + text;
    }
    SaveChoice askSaveChanges(QWidget *, const QString &) override
    {
        ++log->saveQuestions;
        return saveAnswer;
    }
    RecoveryChoice askRestore(QWidget *, const QString &, const QDateTime &) override
    {
        ++log->restoreQuestions;
        return restoreAnswer;
    }
    ConflictChoice askOverwriteChanged(QWidget *, const QString &) override
    {
        ++log->conflictQuestions;
        return conflictAnswer;
    }
    QString openFileName(QWidget *, const QString &) override
    {
        ++log->fileNameQuestions;
        return {};
    }
    QString importFileName(QWidget *, const QString &) override
    {
        ++log->fileNameQuestions;
        return {};
    }
    QString saveFileName(QWidget *, const QString &) override
    {
        ++log->fileNameQuestions;
        return saveAsPath;
    }
    QString dataFileName(QWidget *, const QString &) override
    {
        ++log->fileNameQuestions;
        return dataPath;
    }
};

// Types text key by key, like QTest::keyClicks but for any characters (QTest asserts on
// non-ASCII): each character is a key press and release carrying that text.
void typeText(QWidget *widget, const QString &text);

// Test-mode standard paths and settings (never the user's), with no recovery copies left.
void isolateSettings();

// smallDocument() plus a paragraph in chapter c2 that quotes {{staff.total}}, so one chapter
// holds a table, its chart, a timeline and prose quoting the table.
Document editorDocument();

// Marks a chapter approved as it reads now, with the approval a reviewer's step records.
void approveAsItReads(Document &doc, const QString &chapterId);

} // namespace csr::test
