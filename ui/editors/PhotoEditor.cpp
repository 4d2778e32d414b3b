#include "PhotoEditor.h"

#include "BlockCommand.h"
#include "ChapterBlocksCommand.h"
#include "CommandIds.h"
#include "PhotoFiles.h"
#include "PhotoImage.h"
#include "ReportSession.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace csr::ui {

namespace {
constexpr int PreviewWidth = 240;
constexpr int PreviewHeight = 180;
constexpr double FixedWidth = -1; // the width combo's entry for a width in mm
const double Fractions[] = {1.0, 0.75, 2.0 / 3, 0.5, 1.0 / 3};
} // namespace

PhotoEditor::PhotoEditor(ReportSession *session, const QString &blockId, QWidget *parent)
    : QWidget(parent), m_session(session), m_blockId(blockId), m_preview(new QLabel(this)),
      m_details(new QLabel(this)), m_captionLabel(new QLabel(this)), m_altLabel(new QLabel(this)),
      m_widthLabel(new QLabel(this)), m_caption(new QLineEdit(this)), m_alt(new QLineEdit(this)),
      m_width(new QComboBox(this)), m_mm(new QDoubleSpinBox(this)),
      m_replace(new QPushButton(this)), m_remove(new QPushButton(this))
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *left = new QVBoxLayout;
    m_preview->setFixedSize(PreviewWidth, PreviewHeight);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); }"));
    left->addWidget(m_preview);
    m_details->setStyleSheet(QStringLiteral("color: palette(mid);"));
    left->addWidget(m_details);
    left->addStretch();
    layout->addLayout(left);

    auto *form = new QFormLayout;
    form->addRow(m_captionLabel, m_caption);
    form->addRow(m_altLabel, m_alt);
    // The longest choice must not widen the chapter form past its column.
    m_width->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_width->setMinimumContentsLength(12);
    auto *width = new QHBoxLayout;
    width->addWidget(m_width, 1);
    m_mm->setRange(Photo::MinWidthMm, Photo::MaxWidthMm);
    m_mm->setDecimals(0);
    width->addWidget(m_mm);
    form->addRow(m_widthLabel, width);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_replace);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    form->addRow(buttons);
    layout->addLayout(form, 1);

    connect(m_caption, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (const Photo *p = photo()) {
            Photo after = *p;
            after.caption = text;
            push(after, tr("Edit photo caption"), QStringLiteral("caption"));
        }
    });
    connect(m_alt, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (const Photo *p = photo()) {
            Photo after = *p;
            after.altText = text;
            push(after, tr("Edit photo description"), QStringLiteral("alt"));
        }
    });
    connect(m_width, &QComboBox::activated, this, &PhotoEditor::pushWidth);
    connect(m_mm, &QDoubleSpinBox::editingFinished, this, &PhotoEditor::pushWidth);
    connect(m_replace, &QPushButton::clicked, this, &PhotoEditor::replaceImage);
    connect(m_remove, &QPushButton::clicked, this, &PhotoEditor::removePhoto);
    connect(session, &ReportSession::blockChanged, this, [this](const QString &id) {
        if (id == m_blockId)
            syncFromDocument();
    });
    retranslate();
}

const Photo *PhotoEditor::photo() const
{
    const Block *b = m_session ? m_session->findBlock(m_blockId) : nullptr;
    return b ? std::get_if<Photo>(&b->content) : nullptr;
}

void PhotoEditor::retranslate()
{
    m_captionLabel->setText(tr("Caption:"));
    m_caption->setPlaceholderText(tr("printed under the photo, after its number (图1 …)"));
    m_altLabel->setText(tr("Alternative text:"));
    m_alt->setPlaceholderText(tr("what the photo shows, for readers who cannot see it"));
    m_widthLabel->setText(tr("Printed width:"));
    m_mm->setSuffix(tr(" mm"));
    m_replace->setText(tr("Replace Image…"));
    m_remove->setText(tr("Remove Photo"));
    m_width->clear();
    const QStringList names{tr("Text width"), tr("Three quarters of the text width"),
                            tr("Two thirds of the text width"), tr("Half the text width"),
                            tr("A third of the text width")};
    for (int i = 0; i < names.size(); ++i)
        m_width->addItem(names[i], Fractions[i]);
    m_width->addItem(tr("Fixed width in millimetres"), FixedWidth);
    syncFromDocument();
}

void PhotoEditor::syncFromDocument()
{
    const Photo *p = photo();
    if (!p)
        return;
    if (m_caption->text() != p->caption)
        m_caption->setText(p->caption);
    if (m_alt->text() != p->altText)
        m_alt->setText(p->altText);
    int index = -1;
    if (p->widthMm > 0) {
        index = m_width->findData(FixedWidth);
        m_mm->setValue(p->widthMm);
    } else {
        for (int i = 0; i < m_width->count(); ++i)
            if (qAbs(m_width->itemData(i).toDouble() - p->widthFraction) < 1e-3)
                index = i;
        if (index < 0) { // a width typed into the file: shown as it is
            m_width->addItem(tr("%1 % of the text width").arg(qRound(p->widthFraction * 100)),
                             p->widthFraction);
            index = m_width->count() - 1;
        }
    }
    m_width->setCurrentIndex(index);
    m_mm->setEnabled(p->widthMm > 0);

    // The preview is made from the bytes as checked; a broken image says so. Decoded again only
    // when the image changed, not on each letter of the caption.
    if (m_shownImage == p->image && !m_details->text().isEmpty())
        return;
    m_shownImage = p->image;
    const PhotoImage::Check check = PhotoImage::check(p->image);
    QImage image;
    if (check.ok())
        image = PhotoImage::decode(p->image).image;
    if (image.isNull()) {
        m_preview->setPixmap({});
        m_preview->setText(p->image.isEmpty() ? tr("No image yet") : tr("The image is damaged"));
        m_details->setText(check.error);
    } else {
        m_preview->setPixmap(QPixmap::fromImage(
            image.scaled(m_preview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        m_details->setText(tr("%1 × %2 pixels, %3 KB")
                               .arg(image.width())
                               .arg(image.height())
                               .arg(p->image.size() / 1024));
    }
}

void PhotoEditor::push(const Photo &after, const QString &text, const QString &mergeKey)
{
    const Block *b = m_session ? m_session->findBlock(m_blockId) : nullptr;
    if (!b || !std::holds_alternative<Photo>(b->content) || std::get<Photo>(b->content) == after)
        return;
    Block next = *b;
    next.content = after;
    m_session->undoStack()->push(new BlockCommand(m_session, *b, next, text, mergeKey,
                                                  mergeKey.isEmpty() ? -1 : PhotoTypingId));
}

void PhotoEditor::pushWidth()
{
    const Photo *p = photo();
    if (!p)
        return;
    Photo after = *p;
    const double choice = m_width->currentData().toDouble();
    if (choice == FixedWidth) {
        after.widthMm = m_mm->value();
    } else {
        after.widthMm = 0;
        after.widthFraction = choice;
    }
    m_mm->setEnabled(choice == FixedWidth);
    push(after, tr("Change photo width"));
}

void PhotoEditor::replaceImage()
{
    const Photo *p = photo();
    if (!p)
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Replace Image"), QString(), tr("Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"));
    if (path.isEmpty())
        return;
    QByteArray bytes;
    QString error = PhotoFiles::read(path, bytes);
    if (error.isEmpty())
        error = PhotoFiles::roomFor(*m_session, bytes.size(), m_blockId);
    if (!error.isEmpty()) {
        emit photoRefused(error);
        return;
    }
    Photo after = *p;
    after.image = bytes;
    push(after, tr("Replace photo %1").arg(QFileInfo(path).fileName()));
}

void PhotoEditor::removePhoto()
{
    const Chapter *c = m_session ? m_session->chapterOfBlock(m_blockId) : nullptr;
    if (!c)
        return;
    QList<Block> after = c->blocks;
    after.removeIf([&](const Block &b) { return b.id == m_blockId; });
    // The form rebuilds itself once the command is in: this editor goes with it.
    m_session->undoStack()->push(
        new ChapterBlocksCommand(m_session, c->id, c->blocks, after, tr("Remove photo")));
}

} // namespace csr::ui
