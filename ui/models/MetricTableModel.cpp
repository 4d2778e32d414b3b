#include "MetricTableModel.h"

#include "EditMetricCommand.h"
#include "MetricTableCommands.h"
#include "ReportSession.h"

#include <QApplication>
#include <QBrush>
#include <QIcon>
#include <QLocale>
#include <QStyle>

namespace csr::ui {

MetricTableModel::MetricTableModel(ReportSession *session, const QString &blockId, QObject *parent)
    : SnapshotModel(parent), m_session(session), m_blockId(blockId)
{
    resetRows(currentRows());
    // One figure's edit concerns only the tables listing it (a chapter may hold fifty).
    connect(session, &ReportSession::metricEdited, this, [this](const QString &id) {
        for (const MetricRow &row : rows())
            if (row.id == id) {
                setRows(currentRows());
                return;
            }
    });
    connect(session, &ReportSession::metricListReplaced, this, [this] { setRows(currentRows()); });
    connect(session, &ReportSession::blockChanged, this, [this](const QString &id) {
        if (id == m_blockId)
            setRows(currentRows());
    });
    connect(session, &ReportSession::documentReset, this, [this] { resetRows(currentRows()); });
    // Evidence files come and go with review steps.
    connect(session, &ReportSession::reviewChanged, this, [this] { setRows(currentRows()); });
}

QList<MetricRow> MetricTableModel::currentRows() const
{
    QList<MetricRow> out;
    if (const MetricTable *t = table()) {
        const Document &doc = m_session->document();
        for (const QString &id : t->metricIds) {
            const Metric *m = doc.findMetric(id);
            QStringList files;
            for (const Evidence &e : doc.evidence)
                if (e.metricId == id)
                    files << e.fileName;
            out.append(MetricRow{id, m ? std::optional<Metric>(*m) : std::nullopt, files});
        }
    }
    return out;
}

const MetricTable *MetricTableModel::table() const
{
    if (!m_session)
        return nullptr;
    const Block *b = m_session->findBlock(m_blockId);
    return b ? std::get_if<MetricTable>(&b->content) : nullptr;
}

const Metric *MetricTableModel::metricAt(int row) const
{
    if (row < 0 || row >= rows().size() || !rows().at(row).metric)
        return nullptr;
    return &*rows().at(row).metric;
}

int MetricTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rows().size());
}

int MetricTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
QString numberText(const std::optional<double> &v, int decimals)
{
    return v ? formatNumber(*v, decimals) : QString();
}
} // namespace

QVariant MetricTableModel::data(const QModelIndex &index, int role) const
{
    const Metric *m = metricAt(index.row());
    if (!m)
        return {};
    if (role == MetricIdRole)
        return m->id;
    const QStringList &evidence = rows().at(index.row()).evidence;
    if (role == EvidenceRole)
        return evidence;
    if (role == Qt::DecorationRole && index.column() == LabelColumn && !evidence.isEmpty())
        return QIcon::fromTheme(QStringLiteral("mail-attachment"),
                                QApplication::style()->standardIcon(QStyle::SP_FileIcon));
    if (role == Qt::CheckStateRole && index.column() == ConfidentialColumn)
        return m->confidential ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case ValueColumn:
        case PreviousColumn:
        case ChangeColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == ChangeColumn)
        return QBrush(Qt::darkGray);
    if (role == Qt::ToolTipRole) {
        if (index.column() == ChangeColumn)
            return tr("Computed from this year's and last year's value");
        if (index.column() == ConfidentialColumn)
            return tr("Confidential figures are printed as ** in the public edition");
        const QString quoted = tr("Quoted in text as {{%1}}").arg(m->id);
        // The whole text of a cell the column may cut (a long name or note).
        const QString full = index.column() == LabelColumn    ? m->label
                             : index.column() == SourceColumn ? m->source
                                                              : QString();
        QString tip = full.isEmpty() ? quoted : full + QLatin1Char('\n') + quoted;
        if (!evidence.isEmpty() &&
            (index.column() == LabelColumn || index.column() == SourceColumn))
            tip +=
                QLatin1Char('\n') +
                tr("Evidence: %1 (right-click to open)").arg(evidence.join(QStringLiteral(", ")));
        return tip;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case LabelColumn:
        return m->label;
    case ValueColumn:
        return numberText(m->value, role == Qt::EditRole ? -1 : m->decimals);
    case UnitColumn:
        return m->unit;
    case PreviousColumn:
        return numberText(m->previousValue, role == Qt::EditRole ? -1 : m->decimals);
    case ChangeColumn:
        return formatYearOverYear(*m, Edition::Internal);
    case SourceColumn:
        return m->source;
    default:
        return {};
    }
}

QVariant MetricTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return tr("Metric");
    case ValueColumn:
        return tr("Value");
    case UnitColumn:
        return tr("Unit");
    case PreviousColumn:
        return tr("Last year");
    case ChangeColumn:
        return tr("Change");
    case ConfidentialColumn:
        return tr("Confidential");
    case SourceColumn:
        return tr("Source / note");
    }
    return {};
}

Qt::ItemFlags MetricTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ChangeColumn)
        return f;
    if (index.column() == ConfidentialColumn)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

std::optional<std::optional<double>> MetricTableModel::parseNumber(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return std::optional<double>{};
    bool ok = false;
    double v = QLocale().toDouble(t, &ok);
    if (!ok) {
        t.remove(QLatin1Char(',')).remove(QChar(0xFF0C)); // thousands separators, also "，"
        v = QLocale::c().toDouble(t, &ok);
    }
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return std::optional<double>{v};
}

bool MetricTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Metric *current = metricAt(index.row());
    if (!current)
        return false;
    Metric after = *current;
    QString field;
    if (index.column() == ConfidentialColumn && role == Qt::CheckStateRole) {
        after.confidential = value.toInt() == Qt::Checked;
        field = QStringLiteral("confidential");
    } else if (role != Qt::EditRole) {
        return false;
    } else {
        switch (index.column()) {
        case LabelColumn:
            after.label = value.toString().trimmed();
            if (after.label.isEmpty())
                return false;
            field = QStringLiteral("label");
            break;
        case ValueColumn:
        case PreviousColumn: {
            std::optional<std::optional<double>> parsed;
            if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int)
                parsed = std::optional<double>{value.toDouble()};
            else
                parsed = parseNumber(value.toString());
            if (!parsed)
                return false;
            if (index.column() == ValueColumn) {
                after.value = *parsed;
                field = QStringLiteral("value");
            } else {
                after.previousValue = *parsed;
                field = QStringLiteral("previousValue");
            }
            break;
        }
        case UnitColumn:
            after.unit = value.toString().trimmed();
            field = QStringLiteral("unit");
            break;
        case SourceColumn:
            after.source = value.toString();
            field = QStringLiteral("source");
            break;
        default:
            return false;
        }
    }
    if (after == *current)
        return true;
    m_session->undoStack()->push(new EditMetricCommand(m_session, *current, after, field));
    return true;
}

bool MetricTableModel::addMetric(const QString &label)
{
    const Block *b = m_session ? m_session->findBlock(m_blockId) : nullptr;
    if (!b || !table())
        return false;
    const Document &doc = m_session->document();
    Metric m;
    // Ids are stable references for {{...}} in prose; "m<n>" until the user quotes it.
    for (int n = int(doc.metrics.size()) + 1;; ++n) {
        m.id = QStringLiteral("m%1").arg(n);
        if (!doc.findMetric(m.id))
            break;
    }
    m.label = label.isEmpty() ? tr("New metric") : label;
    auto cmd = MetricTableCommands::addMetric(m_session, *b, rowCount(), m);
    m_session->undoStack()->push(cmd.release());
    return true;
}

bool MetricTableModel::removeMetricRow(int row)
{
    const Block *b = m_session ? m_session->findBlock(m_blockId) : nullptr;
    if (!b)
        return false;
    auto cmd = MetricTableCommands::removeRow(m_session, *b, row);
    if (!cmd)
        return false;
    m_session->undoStack()->push(cmd.release());
    return true;
}

bool MetricTableModel::moveMetricRow(int row, int delta)
{
    const Block *b = m_session ? m_session->findBlock(m_blockId) : nullptr;
    if (!b)
        return false;
    auto cmd = MetricTableCommands::moveRow(m_session, *b, row, delta);
    if (!cmd)
        return false;
    m_session->undoStack()->push(cmd.release());
    return true;
}

ChartType MetricTableModel::chartType() const
{
    const MetricTable *t = table();
    return t ? t->chart : ChartType::None;
}

void MetricTableModel::setChartType(ChartType type)
{
    const Block *b = m_session ? m_session->findBlock(m_blockId) : nullptr;
    if (!b)
        return;
    if (auto cmd = MetricTableCommands::setChartType(m_session, *b, type))
        m_session->undoStack()->push(cmd.release());
}

QString MetricTableModel::chartUnit() const
{
    const MetricTable *t = table();
    return t ? t->chartUnit : QString();
}

void MetricTableModel::setChartUnit(const QString &unit)
{
    const Block *b = m_session ? m_session->findBlock(m_blockId) : nullptr;
    if (!b)
        return;
    if (auto cmd = MetricTableCommands::setChartUnit(m_session, *b, unit))
        m_session->undoStack()->push(cmd.release());
}

QStringList MetricTableModel::units() const
{
    QStringList out;
    for (const MetricRow &row : rows())
        if (row.metric && !out.contains(row.metric->unit))
            out << row.metric->unit;
    return out;
}

} // namespace csr::ui
