#pragma once

#include "Document.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace csr::ui {

class OptionalDateEdit;

// The head of the unit who signs the public statement, with an optional seal image. The
// image is checked on choosing it (size, dimensions, readability); a refused image is named
// with the reason and the previous one is kept.
class SignatoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignatoryDialog(const Signatory &signatory, QWidget *parent = nullptr);
    Signatory signatory() const;
    Signatory value() const { return signatory(); } // what MainWindow::editValue reads
    // Returns the error message, or "" when the image was taken.
    QString chooseSeal(const QString &path);

private:
    void showSeal();

    Signatory m_signatory;
    QLineEdit *m_name;
    QLineEdit *m_title;
    OptionalDateEdit *m_date;
    QLabel *m_seal;
    QLabel *m_sealError;
    QPushButton *m_removeSeal;
};

} // namespace csr::ui
