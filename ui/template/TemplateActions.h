#pragma once

#include "ActionTable.h"

#include <QList>
#include <functional>

class QAction;
class QWidget;

namespace csr::ui {

class TemplateEditor;

// File › New Template… and Edit Template…, added to a window's action table (so they are
// retranslated with its other actions). Neither needs a report to be open.
// `saved` runs after an editor saved a template (the New dialog's list is read again).
QList<QAction *> addTemplateActions(ActionTable &table, QWidget *window,
                                    std::function<void()> saved);

// Opens an editor window on a blank template; on a template the user picks among those File ›
// New offers, or any template file (a built-in one is saved as a copy elsewhere).
TemplateEditor *newTemplateEditor(QWidget *window, const std::function<void()> &saved);
TemplateEditor *editTemplateAsked(QWidget *window, const std::function<void()> &saved);

} // namespace csr::ui
