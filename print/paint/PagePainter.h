#pragma once

#include "ChartCache.h"
#include "Page.h"
#include "PageLayout.h"
#include "ReportWording.h"

#include <QPainter>
#include <QString>
#include <array>
#include <memory>

namespace csr::print {

// Draws laid-out pages on any QPainter: the PDF writer, a printer, the preview. It draws only
// what the layout placed (no wrapping, no measuring), so every output shows the same pages.
class PagePainter
{
public:
    struct Options
    {
        QString fontFamily;
        // PDF/A-1 forbids transparency: seal images are then composed onto white first.
        bool opaqueImages = false;
        ReportWording wording = {}; // the chart titles' words (PageLayout::wording)
        TypeScale type;             // the style's sizes, as the layout measured with
        ChartLook chart;

        // What drawing `layout`'s pages needs: its font, words and its style's sizes and charts.
        static Options of(const PageLayout &layout, bool opaqueImages = false)
        {
            return {layout.fontFamily, opaqueImages, layout.wording, layout.style.type,
                    layout.style.chart};
        }
    };

    explicit PagePainter(Options options)
        : m_options(std::move(options)),
          m_charts(std::make_unique<ChartCache>(
              ChartStyle::of(m_options.chart, m_options.fontFamily, m_options.wording)))
    {
    }

    // Maps the page's points onto `painter`'s device, whose origin must be the paper's top-left
    // corner (QPdfWriter with zero margins, QPrinter in full-page mode), then draws the page.
    void paint(QPainter &painter, const Page &page) const;

private:
    // Each text style's font at the device's resolution, made once per page, not per line.
    using Fonts = std::array<QFont, TextStyleCount>;
    Fonts fonts(qreal fontScale) const;
    void drawText(QPainter &painter, const TextRun &run, const Fonts &fonts, qreal fontScale) const;
    void drawImage(QPainter &painter, const ImageBox &image) const;
    void drawPhoto(QPainter &painter, const ImageBox &image) const;

    Options m_options;
    // The charts drawn so far, for those that come again (ChartCache); painting is const.
    std::unique_ptr<ChartCache> m_charts;
};

} // namespace csr::print
