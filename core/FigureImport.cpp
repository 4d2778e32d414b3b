#include "FigureImport.h"

#include "Plausibility.h"
#include "WorkbookWording.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace csr {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::FigureImport)
};

// Larger figures are typing accidents (a pasted account number), and doubles lose digits.
constexpr double MaxFigure = 1e15;
// The header row is one of the first rows of a sheet.
constexpr int HeaderSearchRows = 20;
// Year columns: a report's history is a few years; a header with thousands of them is no
// table of figures, and each would cost a check per row.
constexpr int MaxYearColumns = 30;
constexpr int MinYear = 1900;
constexpr int MaxYear = 2999;

using Row = QHash<int, const SheetCell *>;

QString cellText(const SheetCell *c)
{
    if (!c)
        return {};
    if (c->kind == SheetCell::Kind::Number)
        return formatNumber(c->number);
    return c->text.trimmed();
}

// A header cell naming a year: "2021", "2021年", "2021 年", or the number 2021; 0 for none.
int yearOfHeader(const SheetCell &c)
{
    if (c.kind == SheetCell::Kind::Number)
        return c.number >= MinYear && c.number <= MaxYear && c.number == std::floor(c.number)
                   ? int(c.number)
                   : 0;
    if (c.kind != SheetCell::Kind::Text)
        return 0;
    static const QRegularExpression form(QStringLiteral("^\\s*(\\d{4})\\s*年?\\s*$"));
    const auto match = form.match(c.text);
    const int year = match.hasMatch() ? match.captured(1).toInt() : 0;
    return year >= MinYear && year <= MaxYear ? year : 0;
}

// The columns a header row names.
struct Header
{
    QHash<SheetColumn, int> columns;
    QMap<int, int> years;  // year → column
    int tooManyYears = -1; // the column of the first year column beyond MaxYearColumns
    int repeatedYear = -1; // the column of the first year that has a column already

    // Whether this row is a header: what identifies a figure and where its values are.
    bool usable() const
    {
        return (columns.contains(SheetColumn::Id) || columns.contains(SheetColumn::Label)) &&
               (columns.contains(SheetColumn::Value) || !years.isEmpty() || tooManyYears >= 0);
    }
};

Header headerColumns(const Row &row)
{
    Header header;
    QList<int> order = row.keys();
    std::sort(order.begin(), order.end());
    for (const int column : order) {
        const SheetCell *c = row.value(column);
        if (c->kind == SheetCell::Kind::Text)
            if (const auto named = columnForHeader(c->text)) {
                if (!header.columns.contains(*named))
                    header.columns.insert(*named, column);
                continue;
            }
        if (const int year = yearOfHeader(*c)) {
            if (header.years.contains(year)) {
                if (header.repeatedYear < 0)
                    header.repeatedYear = column;
            } else if (header.years.size() < MaxYearColumns)
                header.years.insert(year, column);
            else if (header.tooManyYears < 0)
                header.tooManyYears = column;
        }
    }
    return header;
}

class Planner
{
public:
    Planner(const Document &doc, ImportPlan &plan) : m_doc(doc), m_plan(plan) {}

    void workbook(const Workbook &book)
    {
        m_book = book.name;
        if (!book.ok()) {
            problem(ImportProblem::Severity::Error, QString(), QString(), book.error);
            return;
        }
        bool any = false;
        for (const Sheet &sheet : book.sheets)
            any |= this->sheet(sheet);
        if (!any)
            problem(ImportProblem::Severity::Error, QString(), QString(),
                    Tr::tr("no sheet has a header row naming a value column and a metric id or "
                           "label column; is this a workbook of figures?"));
    }

private:
    void problem(ImportProblem::Severity severity, const QString &sheet, const QString &cell,
                 const QString &message)
    {
        m_plan.problems.append({severity, m_book, sheet, cell, message});
    }

    bool sheet(const Sheet &sheet)
    {
        QMap<int, Row> rows;
        for (const SheetCell &c : sheet.cells)
            rows[c.row].insert(c.column, &c);
        Header header;
        int seen = 0;
        auto it = rows.constBegin();
        for (; it != rows.constEnd() && seen < HeaderSearchRows; ++it, ++seen) {
            header = headerColumns(it.value());
            if (header.usable())
                break;
        }
        if (!header.usable())
            return false;
        m_sheet = sheet.name;
        m_columns = header.columns;
        m_years = header.years;
        if (header.tooManyYears >= 0) {
            problem(ImportProblem::Severity::Error, m_sheet,
                    cellName(it.key(), header.tooManyYears),
                    Tr::tr("more than %1 year columns; give at most %1 years in one sheet.")
                        .arg(MaxYearColumns));
            return true;
        }
        if (header.repeatedYear >= 0) {
            const int year = yearOfHeader(*it->value(header.repeatedYear));
            problem(ImportProblem::Severity::Error, m_sheet,
                    cellName(it.key(), header.repeatedYear),
                    Tr::tr("the year %1 already has a column (%2); keep one of them.")
                        .arg(year)
                        .arg(cellName(it.key(), header.years.value(year))));
            return true;
        }
        for (++it; it != rows.constEnd(); ++it)
            row(it.key(), it.value());
        return true;
    }

    const SheetCell *at(const Row &row, SheetColumn column) const
    {
        const auto c = m_columns.constFind(column);
        return c == m_columns.constEnd() ? nullptr : row.value(*c);
    }

    QString nameOf(int row, SheetColumn column) const
    {
        return cellName(row, m_columns.value(column));
    }

    // The figure a row is about, or nullptr (after reporting why, when it matters).
    const Metric *match(int r, const Row &row, bool filled, const QString &where, bool *byLabel)
    {
        *byLabel = false;
        const QString id = cellText(at(row, SheetColumn::Id));
        if (!id.isEmpty()) {
            if (const Metric *m = m_doc.findMetric(id))
                return m;
            if (filled)
                problem(ImportProblem::Severity::Error, m_sheet, nameOf(r, SheetColumn::Id),
                        Tr::tr("there is no figure \"%1\" in this report; was the workbook made "
                               "for another report?")
                            .arg(id));
            return nullptr;
        }
        const QString label = cellText(at(row, SheetColumn::Label));
        const bool hasUnit = m_columns.contains(SheetColumn::Unit);
        const QString unit = cellText(at(row, SheetColumn::Unit));
        if (label.isEmpty()) {
            if (filled)
                problem(ImportProblem::Severity::Error, m_sheet, where,
                        Tr::tr("this value has neither a metric id nor a label, so it fits no "
                               "figure."));
            return nullptr;
        }
        QList<const Metric *> found;
        for (const Metric &m : m_doc.metrics)
            if (m.label.trimmed() == label && (!hasUnit || m.unit.trimmed() == unit))
                found << &m;
        if (found.size() == 1) {
            *byLabel = true;
            return found.first();
        }
        if (!filled)
            return nullptr;
        const QString cell = nameOf(r, SheetColumn::Label);
        if (found.isEmpty()) {
            problem(ImportProblem::Severity::Error, m_sheet, cell,
                    hasUnit ? Tr::tr("no figure of the report is called \"%1\" in %2.")
                                  .arg(label, unit.isEmpty() ? Tr::tr("no unit") : unit)
                            : Tr::tr("no figure of the report is called \"%1\".").arg(label));
        } else {
            QStringList ids;
            for (const Metric *m : found)
                ids << m->id;
            problem(ImportProblem::Severity::Error, m_sheet, cell,
                    Tr::tr("\"%1\" fits several figures (%2); give the metric id.")
                        .arg(label, ids.join(QStringLiteral(", "))));
        }
        return nullptr;
    }

    // The cell's number, or empty after reporting why it is none.
    std::optional<double> number(const SheetCell &c, const QString &cell)
    {
        using K = SheetCell::Kind;
        QString why;
        switch (c.kind) {
        case K::Number:
            if (std::isfinite(c.number) && std::fabs(c.number) < MaxFigure)
                return c.number;
            why = Tr::tr("%1 is too large to be a figure.").arg(c.number);
            break;
        case K::Text:
            if (const auto v = parseFigure(c.text); v && std::fabs(*v) < MaxFigure)
                return v;
            why = Tr::tr("\"%1\" is not a number.").arg(c.text.left(60));
            break;
        case K::Date:
            why = Tr::tr("the figure became a date (%1): format the cell as a number and type "
                         "the figure again.")
                      .arg(c.text);
            break;
        case K::Boolean:
            why = Tr::tr("%1 is a truth value, not a number.")
                      .arg(c.number != 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE"));
            break;
        case K::Error:
            why = Tr::tr("the cell holds the error %1 instead of a number.").arg(c.text);
            break;
        case K::Formula:
            why = Tr::tr("the formula was never calculated; open the workbook in a spreadsheet "
                         "program and save it again.");
            break;
        }
        problem(ImportProblem::Severity::Error, m_sheet, cell, why);
        return std::nullopt;
    }

    static bool isFilled(const SheetCell *c)
    {
        return c && !(c->kind == SheetCell::Kind::Text && c->text.trimmed().isEmpty());
    }

    void row(int r, const Row &row)
    {
        const SheetCell *valueCell = at(row, SheetColumn::Value);
        const QString source = cellText(at(row, SheetColumn::Source));
        const bool filled = isFilled(valueCell);
        QMap<int, const SheetCell *> years; // the filled year cells
        for (auto y = m_years.constBegin(); y != m_years.constEnd(); ++y)
            if (const SheetCell *c = row.value(*y); isFilled(c))
                years.insert(y.key(), c);
        const QString where = filled || years.isEmpty()
                                  ? nameOf(r, SheetColumn::Value)
                                  : cellName(r, m_years.value(years.firstKey()));
        bool byLabel = false;
        const Metric *m = match(r, row, filled || !years.isEmpty(), where, &byLabel);
        if (!m || (!filled && years.isEmpty() && source.isEmpty()))
            return;
        bool ok = true;
        if (!byLabel && m_columns.contains(SheetColumn::Unit)) {
            const QString unit = cellText(at(row, SheetColumn::Unit));
            if (unit != m->unit.trimmed()) {
                problem(ImportProblem::Severity::Error, m_sheet, nameOf(r, SheetColumn::Unit),
                        Tr::tr("the unit was changed from \"%1\" to \"%2\"; give the figure in "
                               "%1.")
                            .arg(m->unit, unit));
                ok = false;
            }
        }
        QString cell = nameOf(r, SheetColumn::Value);
        std::optional<double> value = m->value;
        if (filled) {
            value = number(*valueCell, cell);
            ok &= value.has_value();
        }
        const int reportYear = m_doc.metadata.year;
        int year = 0;
        QMap<int, std::pair<double, QString>> past; // year → value, cell
        for (auto y = years.constBegin(); y != years.constEnd(); ++y) {
            const QString yearCell = cellName(r, m_years.value(y.key()));
            if (reportYear <= 0) {
                problem(ImportProblem::Severity::Error, m_sheet, yearCell,
                        Tr::tr("the report has no year, so the year %1 fits none of its "
                               "figures; set the report's year first.")
                            .arg(y.key()));
                ok = false;
                continue;
            }
            if (y.key() > reportYear) {
                problem(ImportProblem::Severity::Error, m_sheet, yearCell,
                        Tr::tr("%1 is after the report's year (%2); a report has no figures of "
                               "later years.")
                            .arg(y.key())
                            .arg(reportYear));
                ok = false;
                continue;
            }
            const auto v = number(**y, yearCell);
            if (!v) {
                ok = false;
            } else if (y.key() < reportYear) {
                past.insert(y.key(), {*v, yearCell});
            } else if (filled && value && *value != *v) {
                problem(ImportProblem::Severity::Error, m_sheet, yearCell,
                        Tr::tr("this year's value is also given at %1 with another value (%2).")
                            .arg(m_sheet + QLatin1Char('!') + cell, formatNumber(*value)));
                ok = false;
            } else if (!filled) {
                value = v;
                cell = yearCell;
                year = reportYear;
            }
        }
        if (!ok)
            return;
        // This year's value is checked against last year's as it will be after the import.
        const auto lastYear = past.constFind(reportYear - 1);
        if (filled || year || !source.isEmpty())
            thisYear(*m, value, source, cell, year, byLabel,
                     lastYear == past.constEnd() ? m->previousValue : lastYear->first);
        for (auto y = past.constBegin(); y != past.constEnd(); ++y)
            pastYear(*m, y.key(), y->first, y->second, byLabel);
    }

    // Whether the figure of `key` was given before, reporting it when with another value.
    bool givenBefore(const QString &key, const QString &label, const std::optional<double> &value,
                     const QString &cell)
    {
        if (const auto other = m_given.constFind(key); other != m_given.constEnd()) {
            if (other->value != value)
                problem(ImportProblem::Severity::Error, m_sheet, cell,
                        Tr::tr("\"%1\" is also given at %2 with another value (%3).")
                            .arg(label, other->place,
                                 other->value ? formatNumber(*other->value) : QString()));
            return true;
        }
        m_given.insert(key,
                       {m_book + QStringLiteral(": ") + m_sheet + QLatin1Char('!') + cell, value});
        return false;
    }

    void confirm(const Metric &m, const QString &cell)
    {
        problem(ImportProblem::Severity::Confirm, m_sheet, cell,
                Tr::tr("matched to \"%1\" (%2) by its label and unit, not by its id: "
                       "confirm before it is applied.")
                    .arg(m.label, m.id));
    }

    void pastYear(const Metric &m, int year, double value, const QString &cell, bool byLabel)
    {
        const int reportYear = m_doc.metadata.year;
        const QString label = QStringLiteral("%1 (%2)").arg(m.label).arg(year);
        if (givenBefore(m.id + QLatin1Char(' ') + QString::number(year), label, value, cell))
            return;
        const std::optional<double> before = valueInYear(m, reportYear, year);
        if (before == value)
            return;
        FigureUpdate u{m.id,   m.label,  m.unit,   before,
                       value,  m.source, m.source, valueInYear(m, reportYear, year - 1),
                       m_book, m_sheet,  cell,     byLabel,
                       {},     year};
        if (byLabel)
            confirm(m, cell);
        m_plan.updates.append(u);
    }

    void thisYear(const Metric &metric, const std::optional<double> &value, const QString &source,
                  const QString &cell, int year, bool byLabel,
                  const std::optional<double> &lastYear)
    {
        const Metric *m = &metric;
        if (givenBefore(m->id, m->label, value, cell))
            return;
        const QString newSource = source.isEmpty() ? m->source : source;
        if (value == m->value && newSource == m->source)
            return;
        FigureUpdate u{m->id,    m->label, m->unit, m->value, value,   m->source, newSource,
                       lastYear, m_book,   m_sheet, cell,     byLabel, {},        year};
        Metric candidate = *m;
        candidate.value = value;
        candidate.previousValue = lastYear;
        if (const auto f = checkPlausibility(m_doc, candidate); f && !f->explained) {
            u.warning =
                (f->points ? Tr::tr("%1 from last year (tolerated ±%2 pp): the review will ask "
                                    "why.")
                           : Tr::tr("%1 from last year (tolerated ±%2%): the review will ask "
                                    "why."))
                    .arg(formatChange(*f))
                    .arg(f->tolerance);
            problem(ImportProblem::Severity::Warning, m_sheet, cell, u.warning);
        }
        if (value && m->decimals >= 0 && formatNumber(*value, m->decimals).toDouble() != *value) {
            const QString w = Tr::tr("%1 has more decimals than the report prints (%2): it will "
                                     "show as %3.")
                                  .arg(formatNumber(*value))
                                  .arg(m->decimals)
                                  .arg(formatNumber(*value, m->decimals));
            u.warning = u.warning.isEmpty() ? w : u.warning + QLatin1Char(' ') + w;
            problem(ImportProblem::Severity::Warning, m_sheet, cell, w);
        }
        if (byLabel)
            confirm(*m, cell);
        m_plan.updates.append(u);
    }

    struct Given
    {
        QString place;
        std::optional<double> value;
    };

    const Document &m_doc;
    ImportPlan &m_plan;
    QString m_book;
    QString m_sheet;
    QHash<SheetColumn, int> m_columns;
    QMap<int, int> m_years;        // year → column
    QHash<QString, Given> m_given; // metric id → where it was first given, across workbooks
};

} // namespace

std::optional<double> parseFigure(const QString &text)
{
    QString t;
    for (QChar c : text) {
        // Full-width forms, as Chinese input methods type them.
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(c.unicode() - 0xFEE0);
        if (c == QChar(0x3000) || c == QChar(0x00A0))
            c = QLatin1Char(' ');
        t += c;
    }
    t = t.trimmed();
    // Thousands separators only where they group three digits: "1,184" yes, "1,18 4" no.
    static const QRegularExpression form(
        QStringLiteral("^[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?$|^[+-]?\\.\\d+$"));
    if (!form.match(t).hasMatch())
        return std::nullopt;
    t.remove(QLatin1Char(','));
    bool ok = false;
    const double v = t.toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

QString ImportProblem::place() const
{
    if (cell.isEmpty())
        return sheet;
    return sheet + QLatin1Char('!') + cell;
}

QString ImportProblem::text() const
{
    const QString where = place();
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

QString FigureUpdate::title(int reportYear) const
{
    return isPastYear(reportYear) ? QStringLiteral("%1 (%2)").arg(label).arg(year) : label;
}

QString FigureUpdate::field(int reportYear) const
{
    if (!isPastYear(reportYear))
        return QStringLiteral("value");
    if (year == reportYear - 1)
        return QStringLiteral("previousValue");
    return QStringLiteral("history.%1").arg(year);
}

bool ImportPlan::blocked() const
{
    return errorCount() > 0;
}

int ImportPlan::errorCount() const
{
    return int(std::count_if(problems.begin(), problems.end(), [](const ImportProblem &p) {
        return p.severity == ImportProblem::Severity::Error;
    }));
}

int ImportPlan::confirmationCount() const
{
    // A row with year columns gives several updates of one figure: count the figures.
    QSet<QString> figures;
    for (const FigureUpdate &u : updates)
        if (u.byLabel)
            figures.insert(u.metricId);
    return int(figures.size());
}

ImportPlan planFigureImport(const Document &doc, const QList<Workbook> &workbooks)
{
    ImportPlan plan;
    Planner planner(doc, plan);
    for (const Workbook &book : workbooks)
        planner.workbook(book);
    return plan;
}

ImportedValues applyFigureImport(Document &doc, const ImportPlan &plan, bool acceptLabelMatches)
{
    ImportedValues imported;
    if (plan.blocked())
        return imported;
    for (const FigureUpdate &u : plan.updates) {
        const qsizetype i = doc.metrics.indexOfId(u.metricId);
        if (i < 0 || !isApplied(u, acceptLabelMatches))
            continue;
        Metric m = doc.metrics.at(i);
        const int reportYear = doc.metadata.year;
        if (!u.isPastYear(reportYear)) {
            m.value = u.after;
            m.source = u.sourceAfter;
        } else if (u.year == reportYear - 1) {
            m.previousValue = u.after;
        } else if (u.after) {
            m.history.insert(u.year, *u.after);
        }
        doc.metrics.replace(i, m);
        if (u.valueChanges() && u.after)
            imported.insert(
                importedKey(u.metricId, u.field(reportYear)),
                {u.workbook + QStringLiteral(": ") + u.place(), formatNumber(*u.after)});
    }
    return imported;
}

} // namespace csr
