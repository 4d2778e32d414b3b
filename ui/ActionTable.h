#pragma once

#include <QKeySequence>
#include <QList>
#include <functional>

class QAction;
class QObject;

namespace csr::ui {

// Every action of a window in one table: text, tip, shortcut and handler are given once, where
// the action is made, and the same entry retranslates it. Texts are marked with
// QT_TRANSLATE_NOOP in the table's context and translated when the language changes.
class ActionTable
{
public:
    enum Needs { Nothing, Report }; // Report: disabled while no report is open
    struct Entry
    {
        QAction *action;
        const char *text;
        const char *tip;
        Needs needs;
    };

    explicit ActionTable(const char *context) : m_context(context) {}

    QAction *add(QObject *owner, const char *text, const char *tip, QKeySequence shortcut,
                 Needs needs, std::function<void()> handler);
    void retranslate() const;
    // Enables what needs a report only while one is open (and no other reason holds it back).
    void setReportOpen(bool open);
    bool reportOpen() const { return m_reportOpen; }
    const QList<Entry> &entries() const { return m_entries; }

private:
    const char *m_context;
    QList<Entry> m_entries;
    bool m_reportOpen = true;
};

} // namespace csr::ui
