#include "Shots.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QWidget>

namespace csr::tools {

void settle(int ms)
{
    if (ms <= 0) {
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        return;
    }
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool shoot(QWidget *w, const QString &path, int settleMs)
{
    settle(settleMs);
    const QImage image = w->grab().toImage().convertToFormat(QImage::Format_Indexed8,
                                                             Qt::ThresholdDither | Qt::AvoidDither);
    const bool ok = image.save(path, "PNG", 0);
    qInfo("%s %s", qPrintable(path), ok ? "written" : "FAILED");
    return ok;
}

} // namespace csr::tools
