#pragma once

#include "FigureRequest.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace csr::ui {

// File › Request Figures…: one workbook per person or per chapter, into a folder.
class RequestFiguresDialog : public QDialog
{
    Q_OBJECT
public:
    RequestFiguresDialog(const QString &folder, QWidget *parent = nullptr);

    RequestGrouping grouping() const;
    QString folder() const;

private:
    QComboBox *m_grouping;
    QLineEdit *m_folder;
};

} // namespace csr::ui
