#include "UiTestSupport.h"

#include "RecoveryManager.h"
#include "ReviewWorkflow.h"
#include "TestSupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QKeyEvent>
#include <QSettings>
#include <QStandardPaths>
#include <QWidget>

namespace csr::test {

void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

namespace {
void removeProcessSettings()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QFile::remove(QSettings().fileName());
}
} // namespace

void isolateSettings()
{
    // ctest runs test cases as parallel processes: each gets its own settings file and data
    // folder (the application name carries the process id), removed when the application
    // object goes away.
    static const bool once = [] {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(
            QStringLiteral("csrstudio-ui-tests-%1").arg(QCoreApplication::applicationPid()));
        qAddPostRoutine(removeProcessSettings);
        return true;
    }();
    Q_UNUSED(once);
    QSettings().clear();
    QDir(ui::RecoveryManager::recoveryDir()).removeRecursively();
}

Document editorDocument()
{
    Document doc = smallDocument();
    Chapter *c2 = doc.findChapter(QStringLiteral("c2"));
    c2->blocks.prepend(Block{QStringLiteral("b5"),
                             {},
                             Paragraph{QStringLiteral("本单位共有员工 {{staff.total}} 人。")}});
    return doc;
}

void approveAsItReads(Document &doc, const QString &chapterId)
{
    Chapter &c = *doc.findChapter(chapterId);
    c.status = ChapterStatus::Approved;
    doc.review.history.append({c.id,
                               ChapterStatus::Approved,
                               QStringLiteral("李审核"),
                               QDateTime::currentDateTimeUtc(),
                               {},
                               ReviewWorkflow::fingerprint(doc, c),
                               {}});
}

} // namespace csr::test
