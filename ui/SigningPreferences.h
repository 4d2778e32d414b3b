#pragma once

#include <QUrl>

namespace csr::ui {

// How Sign & Export time-stamps, set in Preferences and kept in QSettings (sign/tsaUrl,
// sign/ltv): the time-stamp authority the unit's CA provides, and whether to embed long-term
// validation data. Not part of a report: they belong to the unit's signing set-up.
struct SigningPreferences
{
    static QUrl tsaUrl(); // empty: no time stamp
    static void setTsaUrl(const QUrl &url);
    static bool embedLtv(); // only used with a TSA
    static void setEmbedLtv(bool embed);
    // An address a TSA can have: http or https with a host.
    static bool isTsaUrl(const QUrl &url);
};

} // namespace csr::ui
