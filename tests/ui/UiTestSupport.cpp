#include "UiTestSupport.h"

#include "RecoveryManager.h"
#include "TestSupport.h"

#include <QApplication>
#include <QDir>
#include <QKeyEvent>
#include <QWidget>
#include <QSettings>
#include <QStandardPaths>

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

void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QDir(ui::RecoveryManager::recoveryDir()).removeRecursively();
}

Document editorDocument()
{
    Document doc = smallDocument();
    Chapter *c2 = doc.findChapter(QStringLiteral("c2"));
    c2->blocks.prepend(Block{QStringLiteral("b5"), {},
                             Paragraph{QStringLiteral("本单位共有员工 {{staff.total}} 人。")}});
    return doc;
}

} // namespace csr::test
