#pragma once

#include "ActionTable.h"

#include <QList>

class QAction;
class QWidget;

namespace csr::ui {

class TemplateEditor;

// File › New Template… and Edit Template…, added to a window's action table (so they are
// retranslated with its other actions). Neither needs a report to be open.
QList<QAction *> addTemplateActions(ActionTable &table, QWidget *window);

// Opens an editor window on a blank template; on a template file chosen by the user, started
// in the user's template folder (the built-in ones can be opened too, and are saved as copies).
TemplateEditor *newTemplateEditor(QWidget *window);
TemplateEditor *editTemplateAsked(QWidget *window);

} // namespace csr::ui
