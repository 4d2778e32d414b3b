#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace csr::ui {

// File › Sign & Export: where the signed PDF goes, the unit's certificate (.p12/.pfx) and its
// password, and the reason and place stated in the signature. The password stays in this
// dialog's line edit until taken with takePassword(), which clears the field.
class SignExportDialog : public QDialog
{
    Q_OBJECT
public:
    SignExportDialog(const QString &suggestedOutput, QWidget *parent = nullptr);
    QString outputPath() const;
    QString certificatePath() const;
    QString reason() const;
    QString location() const;
    QByteArray takePassword();
    void accept() override;

private:
    QLineEdit *m_output, *m_certificate, *m_password, *m_reason, *m_location;
    QLabel *m_error;
};

} // namespace csr::ui
