// The photo editor's screenshot for the user guide and a school-like report with photos for the
// printed page (docs/images/ui-photo-editor.png, page-photo.png); see scripts/photo-page.sh.
//   csr_photo_screenshot OUT.png REPORT.csreport PHOTO1 PHOTO2   (offscreen or under Xvfb)
// Not part of the application.
#include "ChapterForm.h"
#include "MainWindow.h"
#include "PhotoEditor.h"
#include "PhotoFiles.h"
#include "ReportSession.h"
#include "UiLanguage.h"

#include "Shots.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollArea>
#include <QStandardPaths>

namespace {
// Types `text` key by key, as an input method delivers Chinese (QTest::keyClicks is ASCII only).
void type(QWidget *target, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(target, &press);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never the user's settings or recovery copies
    if (argc < 5) {
        qWarning("usage: csr_photo_screenshot OUT.png REPORT.csreport PHOTO1 PHOTO2");
        return 2;
    }
    csr::ui::useUiLanguage(QStringLiteral("zh_CN"));
    csr::ui::MainWindow w;
    w.resize(1400, 900);
    w.newFromTemplate(QStringLiteral("shanghai-civilized-unit-2012"),
                      QStringLiteral("上海市某某区第一中学"), 2024);
    w.show();
    // The community chapter: a paragraph, then two activity photos added as a user would.
    csr::Document doc = w.session()->document();
    csr::Chapter *found = nullptr;
    for (csr::Chapter &c : doc.chapters)
        for (csr::Chapter &child : c.children)
            if (child.title == QStringLiteral("志愿服务"))
                found = &child;
    if (!found)
        return 1;
    csr::Chapter &community = *found;
    for (csr::Block &b : community.blocks)
        if (auto *p = std::get_if<csr::Paragraph>(&b.content))
            p->text = QStringLiteral(
                "学校组织师生志愿者走进社区，开展垃圾分类宣传、敬老助老和社区义诊等志愿服务活动。"
                "全年累计参与志愿服务的师生 620 人次，服务时长 2480 小时，受到社区居民好评。");
    w.session()->reset(doc, QString());
    const QString chapterId = community.id;
    w.selectChapter(chapterId);
    w.currentForm()->addPhotos({QString::fromLocal8Bit(argv[3]), QString::fromLocal8Bit(argv[4])});
    csr::tools::settle();
    const auto editors = w.currentForm()->findChildren<csr::ui::PhotoEditor *>();
    if (editors.size() != 2)
        return 1;
    const QStringList captions{QStringLiteral("师生志愿者在社区开展垃圾分类宣传"),
                               QStringLiteral("学生志愿者走访敬老院")};
    const QStringList alts{QStringLiteral("六名穿红色马甲的学生在小区门口向居民分发垃圾分类手册"),
                           QStringLiteral("两名学生在敬老院活动室陪老人下棋")};
    const double widths[] = {0.75, 0.5};
    for (int i = 0; i < 2; ++i) {
        type(editors[i]->captionEdit(), captions[i]);
        type(editors[i]->altTextEdit(), alts[i]);
        QComboBox *width = editors[i]->widthCombo();
        width->setCurrentIndex(width->findData(widths[i]));
        emit width->activated(width->currentIndex());
    }
    csr::tools::settle();
    if (auto *area = w.findChild<QScrollArea *>())
        area->ensureWidgetVisible(editors[0], 0, 120);
    csr::tools::settle();
    const QImage image = w.grab().toImage().convertToFormat(QImage::Format_Indexed8,
                                                            Qt::ThresholdDither | Qt::AvoidDither);
    const bool shot = image.save(QString::fromLocal8Bit(argv[1]), "PNG", 0);
    const bool saved = w.saveAs(QString::fromLocal8Bit(argv[2]));
    qInfo("%s %s, %s %s", argv[1], shot ? "written" : "FAILED", argv[2],
          saved ? "saved" : "FAILED");
    return shot && saved ? 0 : 1;
}
