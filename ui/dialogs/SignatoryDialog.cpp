#include "SignatoryDialog.h"

#include "OptionalDateEdit.h"
#include "SealImage.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace csr::ui {

SignatoryDialog::SignatoryDialog(const Signatory &signatory, QWidget *parent)
    : QDialog(parent), m_signatory(signatory), m_name(new QLineEdit(signatory.name, this)),
      m_title(new QLineEdit(signatory.title, this)), m_date(new OptionalDateEdit(this)),
      m_seal(new QLabel(this)), m_sealError(new QLabel(this)), m_removeSeal(new QPushButton(this))
{
    setWindowTitle(tr("Signatory"));
    // Wide enough that the wrapped notes below the seal keep to a few lines.
    setMinimumWidth(480);
    auto *form = new QFormLayout;
    m_name->setPlaceholderText(tr("e.g. 朱樱"));
    m_title->setPlaceholderText(tr("e.g. 党委书记、总经理"));
    m_date->setOptionalDate(signatory.date);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Date:"), m_date);

    auto *sealRow = new QHBoxLayout;
    m_seal->setFixedSize(96, 96);
    m_seal->setFrameShape(QFrame::StyledPanel);
    m_seal->setAlignment(Qt::AlignCenter);
    auto *choose = new QPushButton(tr("Choose…"), this);
    m_removeSeal->setText(tr("Remove"));
    sealRow->addWidget(m_seal);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(choose);
    buttons->addWidget(m_removeSeal);
    buttons->addStretch();
    sealRow->addLayout(buttons);
    sealRow->addStretch();
    form->addRow(tr("Seal image:"), sealRow);
    m_sealError->setWordWrap(true);
    m_sealError->setStyleSheet(QStringLiteral("color: #c00000;"));
    form->addRow(QString(), m_sealError);
    m_sealError->hide();
    auto *note = new QLabel(tr("A seal picture alone is not a signature: the exported PDF is "
                               "signed digitally when you use Sign & Export."),
                            this);
    note->setWordWrap(true);
    form->addRow(QString(), note);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose seal image"), {},
                                                          tr("Seal images (*.png *.svg)"));
        if (!path.isEmpty())
            chooseSeal(path);
    });
    connect(m_removeSeal, &QPushButton::clicked, this, [this] {
        m_signatory.sealImage.clear();
        m_signatory.sealMimeType.clear();
        m_sealError->clear();
        m_sealError->hide();
        showSeal();
    });
    showSeal();
}

QString SignatoryDialog::chooseSeal(const QString &path)
{
    const print::SealCheck check = print::checkSealFile(path);
    // A refusal, or what was left out of an SVG that reached outside itself.
    const QString message =
        check.error.isEmpty() ? check.warnings.join(QLatin1Char('\n')) : check.error;
    m_sealError->setText(message);
    // A wrapped label's height follows its text only when the window is laid out again; without
    // this the message is drawn over the seal frame above it.
    m_sealError->setVisible(!message.isEmpty());
    layout()->activate();
    resize(width(), std::max(height(), layout()->totalHeightForWidth(width())));
    if (check.error.isEmpty()) {
        m_signatory.sealImage = check.bytes;
        m_signatory.sealMimeType = check.mimeType;
        showSeal();
    }
    return check.error;
}

void SignatoryDialog::showSeal()
{
    if (m_signatory.sealImage.isEmpty()) {
        m_seal->setPixmap({});
        m_seal->setText(tr("none"));
    } else {
        m_seal->setPixmap(print::renderSeal(m_signatory.sealImage, m_signatory.sealMimeType,
                                            m_seal->size() - QSize(8, 8)));
    }
    m_removeSeal->setEnabled(!m_signatory.sealImage.isEmpty());
}

Signatory SignatoryDialog::signatory() const
{
    // Fields the user did not touch keep their stored text, even untrimmed, so OK alone
    // changes nothing.
    Signatory s = m_signatory;
    if (m_name->isModified())
        s.name = m_name->text().trimmed();
    if (m_title->isModified())
        s.title = m_title->text().trimmed();
    s.date = m_date->optionalDate();
    return s;
}

} // namespace csr::ui
