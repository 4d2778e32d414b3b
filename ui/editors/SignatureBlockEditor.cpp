#include "SignatureBlockEditor.h"

#include "ReportSession.h"
#include "SealImage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace csr::ui {

SignatureBlockEditor::SignatureBlockEditor(ReportSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_summary(new QLabel(this)), m_seal(new QLabel(this)),
      m_edit(new QPushButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_seal->setFixedSize(64, 64);
    layout->addWidget(m_seal);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_edit);
    connect(m_edit, &QPushButton::clicked, this, &SignatureBlockEditor::editSignatoryRequested);
    connect(session, &ReportSession::signatoryChanged, this, &SignatureBlockEditor::showSignatory);
    retranslate();
}

QString SignatureBlockEditor::summary() const
{
    const Signatory &s = m_session->document().signatory;
    if (s.name.trimmed().isEmpty())
        return tr("No signatory yet: the public statement must be signed by the unit's head.");
    const QString date =
        s.date.isValid() ? QLocale().toString(s.date, QLocale::LongFormat) : tr("no date");
    const QString seal = s.sealImage.isEmpty() ? tr("no seal image") : tr("with seal image");
    return tr("%1 %2, %3 (%4)").arg(s.title, s.name, date, seal);
}

void SignatureBlockEditor::retranslate()
{
    m_edit->setText(tr("Signatory…"));
    showSignatory();
}

void SignatureBlockEditor::showSignatory()
{
    m_summary->setText(summary());
    m_summary->setWordWrap(true);
    const Signatory &s = m_session->document().signatory;
    const QPixmap seal = s.sealImage.isEmpty()
                             ? QPixmap()
                             : print::renderSeal(s.sealImage, s.sealMimeType, m_seal->size());
    m_seal->setPixmap(seal);
    m_seal->setVisible(!seal.isNull());
}

} // namespace csr::ui
