#pragma once

#include "ChartBuilder.h"
#include "ChartData.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QVBoxLayout;

namespace csr::ui {

class ReportSession;

// The charts of the selected chapter (metric tables and timelines), each rebuilt when its data
// changes so the preview never lags the form. Built by the print engine's ChartBuilder
// (print/paint), the same code that draws them into the PDF. Shows the public edition: confidential
// values are left out exactly as they will be in print.
class ChartPreview : public QWidget
{
    Q_OBJECT
public:
    explicit ChartPreview(ReportSession *session, QWidget *parent = nullptr);

    void setChapter(const QString &chapterId);
    // What is shown, for tests and the docs: one entry per chart, in chapter order.
    QList<ChartData> chartData() const { return m_data; }
    QList<QChart *> charts() const;
    void retranslate();

private:
    void rebuild(bool all); // all: also the charts whose data is unchanged (a new font, chapter)
    void figureEdited(const QString &metricId);
    print::ChartStyle style() const;

    QPointer<ReportSession> m_session;
    QString m_chapterId;
    QVBoxLayout *m_layout;
    QLabel *m_placeholder;
    QList<ChartData> m_data;
    QList<QChartView *> m_views;
};

} // namespace csr::ui
