#include "StyleReader.h"

#include "StyleFonts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace csr::print {

namespace {

using Tr = StyleReader;

// The JSON keys of the type scale; one key may set several styles that always share a size.
struct SizeKey
{
    const char *key;
    QList<TextStyle> styles;
};
const QList<SizeKey> &sizeKeys()
{
    static const QList<SizeKey> keys{
        {"body", {TextStyle::Body, TextStyle::BodyBold}},
        {"heading1", {TextStyle::Heading1}},
        {"heading2", {TextStyle::Heading2}},
        {"heading3", {TextStyle::Heading3}},
        {"heading4", {TextStyle::Heading4}},
        {"tableTitle", {TextStyle::TableTitle}},
        {"table", {TextStyle::TableHeader, TextStyle::TableCell}},
        {"caption", {TextStyle::Caption}},
        {"header", {TextStyle::RunningHeader, TextStyle::InternalMark}},
        {"footer", {TextStyle::Footer}},
        {"coverUnit", {TextStyle::CoverUnit}},
        {"coverTitle", {TextStyle::CoverTitle}},
        {"coverDetails", {TextStyle::CoverYear}},
        {"tocTitle", {TextStyle::TocTitle}},
        {"tocEntry", {TextStyle::TocEntry}},
        {"tocSubEntry", {TextStyle::TocSubEntry}},
    };
    return keys;
}

// Reads the values of one JSON object into the style, each checked; problems are collected
// with the key's full path.
class Section
{
public:
    Section(const QJsonObject &object, const QString &path, QStringList &problems)
        : m_object(object), m_path(path), m_problems(problems)
    {
    }

    // Names every key not in `known`; they are ignored.
    void onlyKeys(const QStringList &known) const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it)
            if (!known.contains(it.key()))
                m_problems << Tr::tr("%1: unknown key, ignored.").arg(where(it.key()));
    }

    void number(const char *key, qreal &out, qreal min, qreal max) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isDouble()) {
            m_problems << Tr::tr("%1: expected a number.").arg(where(key));
            return;
        }
        const double d = v.toDouble();
        if (!(d >= min && d <= max)) { // also refuses NaN
            m_problems << Tr::tr("%1: %2 is out of range (%3 to %4); the default %5 is used.")
                              .arg(where(key))
                              .arg(d)
                              .arg(min)
                              .arg(max)
                              .arg(out);
            return;
        }
        out = d;
    }

    void integer(const char *key, int &out, int min, int max) const
    {
        qreal d = out;
        number(key, d, min, max);
        out = int(d);
    }

    void boolean(const char *key, bool &out) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isBool()) {
            m_problems << Tr::tr("%1: expected true or false.").arg(where(key));
            return;
        }
        out = v.toBool();
    }

    // "#rrggbb", or "none" where `noneAllowed` (a fill that is not drawn).
    void color(const char *key, QColor &out, bool noneAllowed = false) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (const auto c = parseColor(v, noneAllowed))
            out = *c;
        else
            m_problems << Tr::tr("%1: expected a colour as \"#rrggbb\"%2.")
                              .arg(where(key), noneAllowed ? Tr::tr(" or \"none\"") : QString());
    }

    std::optional<QColor> parseColor(const QJsonValue &v, bool noneAllowed) const
    {
        static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
        const QString s = v.toString();
        if (noneAllowed && s == QLatin1String("none"))
            return QColor(Qt::transparent);
        if (!v.isString() || !hex.match(s).hasMatch())
            return std::nullopt;
        return QColor(s);
    }

    QString string(const char *key, qsizetype maxLength) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        if (!v.isString() || v.toString().size() > maxLength) {
            m_problems << Tr::tr("%1: expected a text of at most %2 characters.")
                              .arg(where(key))
                              .arg(maxLength);
            return {};
        }
        return v.toString();
    }

    // The object under `key`, or an empty one (with a message if it is something else).
    Section child(const char *key) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isObject())
            m_problems << Tr::tr("%1: expected an object.").arg(where(key));
        return Section(v.toObject(), where(key), m_problems);
    }

    const QJsonObject &object() const { return m_object; }
    QStringList &problems() const { return m_problems; }
    QString where(const QString &key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }
    QString where(const char *key) const { return where(QLatin1String(key)); }

private:
    QJsonObject m_object;
    QString m_path;
    QStringList &m_problems;
};

QStringList keysOf(std::initializer_list<const char *> keys)
{
    QStringList out;
    for (const char *k : keys)
        out << QLatin1String(k);
    return out;
}

void readPage(const Section &s, PageGeometry &page)
{
    s.onlyKeys(keysOf({"width", "height", "marginLeft", "marginRight", "marginTop", "marginBottom",
                       "headerBaseline", "footerFromBottom"}));
    qreal w = page.size.width(), h = page.size.height();
    s.number("width", w, 200, 2000);
    s.number("height", h, 200, 2000);
    qreal footerFromBottom = page.size.height() - page.footerBaseline;
    page.size = QSizeF(w, h);
    s.number("marginLeft", page.marginLeft, 0, w / 3);
    s.number("marginRight", page.marginRight, 0, w / 3);
    s.number("marginTop", page.marginTop, 0, h / 3);
    s.number("marginBottom", page.marginBottom, 0, h / 3);
    s.number("headerBaseline", page.headerBaseline, 0, page.marginTop);
    s.number("footerFromBottom", footerFromBottom, 0, page.marginBottom);
    page.footerBaseline = h - footerFromBottom;
}

void readSizes(const Section &s, TypeScale &type)
{
    QStringList known;
    for (const SizeKey &k : sizeKeys()) {
        known << QLatin1String(k.key);
        qreal size = type.size(k.styles.first());
        s.number(k.key, size, 5, 72);
        for (TextStyle t : k.styles)
            type.set(t, size);
    }
    s.onlyKeys(known);
}

void readColors(const Section &s, StyleColors &c)
{
    s.onlyKeys(keysOf({"heading", "body", "muted", "rule", "tableHeaderFill", "tableHeaderText",
                       "zebra", "accent", "internal", "change"}));
    s.color("heading", c.heading);
    s.color("body", c.body);
    s.color("muted", c.muted);
    s.color("rule", c.rule);
    s.color("tableHeaderFill", c.tableHeaderFill, true);
    s.color("tableHeaderText", c.tableHeaderText);
    s.color("zebra", c.zebra, true);
    s.color("accent", c.accent);
    s.color("internal", c.internal);
    s.color("change", c.change);
}

void readSpacing(const Section &s, StyleSpacing &sp)
{
    s.onlyKeys(keysOf({"bodyLineHeight", "paragraphSpacing", "headingLineFactor",
                       "headingSpaceBefore", "chapterRuleWidth", "tocTitleHeight", "tocLineHeight",
                       "tocSubLineHeight", "listTitleSpaceBefore", "listItemSpaceBefore",
                       "signatureSpaceBefore", "signatureLineHeight", "sealSize"}));
    s.number("bodyLineHeight", sp.bodyLineHeight, 8, 72);
    s.number("paragraphSpacing", sp.paragraphSpacing, 0, 72);
    s.number("headingLineFactor", sp.headingLineFactor, 1, 3);
    const QJsonValue before = s.object().value(QLatin1String("headingSpaceBefore"));
    if (!before.isUndefined()) {
        const QJsonArray a = before.toArray();
        if (!before.isArray() || a.size() != 4) {
            s.problems() << Tr::tr("%1: expected 4 numbers, one per heading depth.")
                                .arg(s.where("headingSpaceBefore"));
        } else {
            QJsonObject depths;
            for (int i = 0; i < 4; ++i)
                depths.insert(QString::number(i), a.at(i));
            const Section d(depths, s.where("headingSpaceBefore"), s.problems());
            for (int i = 0; i < 4; ++i)
                d.number(QByteArray::number(i).constData(), sp.headingSpaceBefore[i], 0, 72);
        }
    }
    s.number("chapterRuleWidth", sp.chapterRuleWidth, 0, 6);
    s.number("tocTitleHeight", sp.tocTitleHeight, 20, 200);
    s.number("tocLineHeight", sp.tocLineHeight, 10, 72);
    s.number("tocSubLineHeight", sp.tocSubLineHeight, 10, 72);
    s.number("listTitleSpaceBefore", sp.listTitleSpaceBefore, 0, 72);
    s.number("listItemSpaceBefore", sp.listItemSpaceBefore, 0, 72);
    s.number("signatureSpaceBefore", sp.signatureSpaceBefore, 0, 144);
    s.number("signatureLineHeight", sp.signatureLineHeight, 12, 72);
    s.number("sealSize", sp.sealSize, 40, 200);
}

void readTable(const Section &s, TableLook &t)
{
    s.onlyKeys(keysOf(
        {"cellPadX", "cellPadY", "cellLineHeight", "ruleWidth", "spaceBefore", "titleHeight"}));
    s.number("cellPadX", t.cellPadX, 0, 20);
    s.number("cellPadY", t.cellPadY, 0, 20);
    s.number("cellLineHeight", t.cellLineHeight, 8, 48);
    s.number("ruleWidth", t.ruleWidth, 0, 3);
    s.number("spaceBefore", t.spaceBefore, 0, 72);
    s.number("titleHeight", t.titleHeight, 10, 72);
}

void readChart(const Section &s, ChartLook &c)
{
    s.onlyKeys(keysOf(
        {"palette", "labelPixelSize", "titlePixelSize", "barWidth", "pieWidth", "spaceBefore"}));
    s.integer("labelPixelSize", c.labelPixelSize, 5, 24);
    s.integer("titlePixelSize", c.titlePixelSize, 5, 32);
    s.number("barWidth", c.barWidth, 100, 2000);
    s.number("pieWidth", c.pieWidth, 100, 2000);
    s.number("spaceBefore", c.spaceBefore, 0, 72);
    const QJsonValue v = s.object().value(QLatin1String("palette"));
    if (v.isUndefined())
        return;
    const QJsonArray a = v.toArray();
    QList<QColor> palette;
    for (const QJsonValue &c : a)
        if (const auto color = s.parseColor(c, false))
            palette << *color;
    if (!v.isArray() || a.isEmpty() || a.size() > 16 || palette.size() != a.size())
        s.problems()
            << Tr::tr("%1: expected 1 to 16 colours as \"#rrggbb\".").arg(s.where("palette"));
    else
        c.palette = palette;
}

void readHeader(const Section &s, HeaderFooter &h)
{
    s.onlyKeys(keysOf({"unitName", "reportTitle", "rule", "pageNumbers"}));
    s.boolean("unitName", h.unitName);
    s.boolean("reportTitle", h.reportTitle);
    s.boolean("rule", h.rule);
    s.boolean("pageNumbers", h.pageNumbers);
}

// A picture on the cover: its file (relative to the style's folder) and its box.
void readPicture(const Section &s, const QSizeF &page, const QString &folder, QRectF &rect,
                 StyleImage &image)
{
    if (s.object().isEmpty())
        return;
    s.onlyKeys(keysOf({"file", "x", "y", "width", "height"}));
    qreal x = rect.x(), y = rect.y(), w = rect.width(), h = rect.height();
    s.number("x", x, 0, page.width());
    s.number("y", y, 0, page.height());
    s.number("width", w, 0, page.width());
    s.number("height", h, 0, page.height());
    rect = QRectF(x, y, w, h);
    const QString file = s.string("file", 1024);
    if (file.isEmpty())
        return;
    const QString path = QDir(folder).filePath(file);
    const StyleImageCheck check = StyleImages::load(path);
    if (!check.error.isEmpty())
        s.problems() << Tr::tr("%1: %2").arg(s.where("file"), check.error);
    else
        image = check.image;
    // A picture without a box would silently not print.
    if (!image.isNull() && rect.isEmpty())
        s.problems() << Tr::tr("%1: give the picture's width and height (points); it is not "
                               "printed without them.")
                            .arg(s.where("width"));
}

void readCover(const Section &s, const QSizeF &page, const QString &folder, CoverLayout &c)
{
    s.onlyKeys(keysOf({"align", "bandHeight", "topRuleY", "unitY", "titleY", "titleLineHeight",
                       "periodFromBottom", "dateFromBottom", "logo", "image"}));
    const QString align = s.string("align", 16);
    if (align == QLatin1String("left"))
        c.centred = false;
    else if (!align.isEmpty() && align != QLatin1String("center"))
        s.problems() << Tr::tr("%1: expected \"center\" or \"left\".").arg(s.where("align"));
    s.number("bandHeight", c.bandHeight, 0, page.height() / 4);
    s.number("topRuleY", c.topRuleY, 0, page.height());
    s.number("unitY", c.unitY, 0, page.height());
    s.number("titleY", c.titleY, 0, page.height());
    s.number("titleLineHeight", c.titleLineHeight, 10, 200);
    s.number("periodFromBottom", c.periodFromBottom, 0, page.height());
    s.number("dateFromBottom", c.dateFromBottom, 0, page.height());
    readPicture(s.child("logo"), page, folder, c.logoRect, c.logo);
    readPicture(s.child("image"), page, folder, c.imageRect, c.image);
}

void readFont(const Section &s, StyleFont &font)
{
    s.onlyKeys(keysOf({"family", "package"}));
    const QString family = s.string("family", 128);
    if (family.isEmpty())
        return;
    if (const StyleFont *known = StyleFonts::find(family)) {
        font = *known;
        const QString package = s.string("package", 128);
        if (!package.isEmpty() && package != known->package)
            s.problems() << Tr::tr("%1: %2 comes in the Debian package %3, not %4.")
                                .arg(s.where("package"), known->family, known->package, package);
        return;
    }
    QStringList names;
    for (const StyleFont &f : StyleFonts::known())
        names << f.family;
    s.problems() << Tr::tr("%1: \"%2\" is not a font whose printed text extracts exactly; use "
                           "one of: %3.")
                        .arg(s.where("family"), family, names.join(QStringLiteral(", ")));
}

} // namespace

StyleRead StyleReader::readFile(const QString &path)
{
    const QFileInfo info(path);
    QFile f(path);
    if (!info.isFile() || !f.open(QIODevice::ReadOnly)) {
        StyleRead out;
        out.problems << tr("The style file \"%1\" cannot be read.").arg(path);
        return out;
    }
    if (info.size() > MaxStyleBytes) {
        StyleRead out;
        out.problems << tr("The style file \"%1\" is larger than %2 KB; the default style is used.")
                            .arg(path)
                            .arg(MaxStyleBytes / 1024);
        return out;
    }
    StyleRead out =
        fromJson(f.read(MaxStyleBytes + 1), info.completeBaseName(), info.absolutePath());
    for (QString &p : out.problems)
        p = tr("%1: %2").arg(info.fileName(), p);
    return out;
}

StyleRead StyleReader::fromJson(const QByteArray &bytes, const QString &id, const QString &folder)
{
    StyleRead out;
    if (bytes.size() > MaxStyleBytes) {
        out.problems
            << tr("larger than %1 KB; the default style is used.").arg(MaxStyleBytes / 1024);
        return out;
    }
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !json.isObject()) {
        out.problems << tr("not a JSON object (%1 at byte %2); the default style is used.")
                            .arg(error.errorString())
                            .arg(error.offset);
        return out;
    }
    out.usable = true;
    PrintStyle &style = out.style;
    style.id = id;
    const Section root(json.object(), QString(), out.problems);
    root.onlyKeys(keysOf({"name", "description", "page", "font", "sizes", "colors", "spacing",
                          "table", "chart", "header", "cover"}));
    style.name = root.string("name", 200);
    if (style.name.isEmpty())
        style.name = id;
    readPage(root.child("page"), style.page);
    readFont(root.child("font"), style.font);
    readSizes(root.child("sizes"), style.type);
    readColors(root.child("colors"), style.colors);
    readSpacing(root.child("spacing"), style.spacing);
    readTable(root.child("table"), style.table);
    readChart(root.child("chart"), style.chart);
    readHeader(root.child("header"), style.header);
    readCover(root.child("cover"), style.page.size, folder, style.cover);
    // Lines must hold their text: a body line lower than its font would overprint.
    if (style.spacing.bodyLineHeight < style.type.size(TextStyle::Body)) {
        out.problems << tr("spacing.bodyLineHeight: %1 is lower than the body size %2; %2 is used.")
                            .arg(style.spacing.bodyLineHeight)
                            .arg(style.type.size(TextStyle::Body));
        style.spacing.bodyLineHeight = style.type.size(TextStyle::Body);
    }
    if (style.table.cellLineHeight < style.type.size(TextStyle::TableCell)) {
        out.problems << tr("table.cellLineHeight: %1 is lower than the table size %2; %2 is used.")
                            .arg(style.table.cellLineHeight)
                            .arg(style.type.size(TextStyle::TableCell));
        style.table.cellLineHeight = style.type.size(TextStyle::TableCell);
    }
    return out;
}

} // namespace csr::print
