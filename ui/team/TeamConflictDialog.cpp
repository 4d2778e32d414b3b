#include "TeamConflictDialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace csr::ui {

namespace {

bool isProse(const QJsonValue &data)
{
    return data.toObject().value(QStringLiteral("type")).toString() == QLatin1String("paragraph");
}

QPlainTextEdit *pane(const QString &text, bool readOnly)
{
    auto *edit = new QPlainTextEdit(text);
    edit->setReadOnly(readOnly);
    return edit;
}

} // namespace

QString TeamConflictDialog::readable(const QJsonValue &data)
{
    const QJsonObject o = data.toObject();
    if (isProse(data))
        return o.value(QStringLiteral("text")).toString();
    if (data.isString())
        return data.toString();
    if (o.contains(QStringLiteral("label")) && o.contains(QStringLiteral("id")))
        return QStringLiteral("%1: %2 %3")
            .arg(o.value(QStringLiteral("label")).toString(),
                 o.value(QStringLiteral("value")).toVariant().toString(),
                 o.value(QStringLiteral("unit")).toString());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

TeamConflictDialog::TeamConflictDialog(const team::EditOutcome &conflict, QWidget *parent)
    : QDialog(parent), m_conflict(conflict), m_chosen(conflict.theirs)
{
    setWindowTitle(tr("Someone else changed this first"));
    auto *grid = new QGridLayout(this);
    grid->addWidget(new QLabel(tr("Nothing was overwritten. Keep their version, yours, or "
                                  "a merge of both.")),
                    0, 0, 1, 2);
    grid->addWidget(new QLabel(tr("Theirs (on the server now)")), 1, 0);
    grid->addWidget(new QLabel(tr("Mine (not saved)")), 1, 1);
    grid->addWidget(pane(readable(conflict.theirs), true), 2, 0);
    grid->addWidget(pane(readable(conflict.mine), true), 2, 1);
    auto *buttons = new QDialogButtonBox;
    QPushButton *theirs = buttons->addButton(tr("Keep Theirs"), QDialogButtonBox::RejectRole);
    QPushButton *mine = buttons->addButton(tr("Keep Mine"), QDialogButtonBox::AcceptRole);
    connect(theirs, &QPushButton::clicked, this, [this] {
        m_chosen = m_conflict.theirs;
        accept();
    });
    connect(mine, &QPushButton::clicked, this, [this] {
        m_chosen = m_conflict.mine;
        accept();
    });
    if (isProse(conflict.mine) && isProse(conflict.theirs)) {
        grid->addWidget(new QLabel(tr("Merge (edit, then keep it)")), 3, 0, 1, 2);
        m_merge =
            pane(readable(conflict.theirs) + QLatin1Char('\n') + readable(conflict.mine), false);
        grid->addWidget(m_merge, 4, 0, 1, 2);
        QPushButton *merged = buttons->addButton(tr("Keep Merge"), QDialogButtonBox::ActionRole);
        connect(merged, &QPushButton::clicked, this, [this] {
            QJsonObject o = m_conflict.mine.toObject();
            o.insert(QStringLiteral("text"), m_merge->toPlainText());
            m_chosen = o;
            accept();
        });
    }
    grid->addWidget(buttons, 5, 0, 1, 2);
    resize(720, 420);
}

} // namespace csr::ui
