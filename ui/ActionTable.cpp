#include "ActionTable.h"

#include <QAction>
#include <QCoreApplication>

namespace csr::ui {

QAction *ActionTable::add(QObject *owner, const char *text, const char *tip, QKeySequence shortcut,
                          Needs needs, std::function<void()> handler)
{
    auto *action = new QAction(owner);
    action->setShortcut(shortcut);
    QObject::connect(action, &QAction::triggered, owner,
                     [handler = std::move(handler)] { handler(); });
    m_entries.append({action, text, tip, needs});
    return action;
}

void ActionTable::retranslate() const
{
    for (const Entry &e : m_entries) {
        e.action->setText(QCoreApplication::translate(m_context, e.text));
        const QString tip = e.tip ? QCoreApplication::translate(m_context, e.tip) : QString();
        e.action->setStatusTip(tip);
        e.action->setToolTip(tip); // none: Qt's default, the text
    }
}

void ActionTable::setReportOpen(bool open)
{
    m_reportOpen = open;
    for (const Entry &e : m_entries)
        if (e.needs == Report)
            e.action->setEnabled(open);
}

} // namespace csr::ui
