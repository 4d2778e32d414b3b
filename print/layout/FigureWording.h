#pragma once

#include "ChartData.h"
#include "ReportWording.h"

#include <QCoreApplication>
#include <QString>

namespace csr::print {

// The printed words of the figure tables and charts that the pages work added: the unit of a
// change in percentage points, and the note naming what a table's charts leave out. Kept in
// one place so the report wording tables can take them over.
class FigureWording
{
    Q_DECLARE_TR_FUNCTIONS(csr::print::FigureWording)

public:
    // After a change in points: "+1.6 个百分点".
    static QString pointsUnit();
    // "未绘制：党员（单位：名）；经营收入（保密数据）", empty when nothing is left out.
    static QString notCharted(const QList<LeftOutOfChart> &leftOut,
                              const ReportWording &words = ReportWording::builtIn());
};

} // namespace csr::print
