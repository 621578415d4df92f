// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentpreview.h"

#include "core/format.h"
#include "core/projectcontext.h"
#include "core/store.h"
#include "widgets/fieldbinder.h"

#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Atelier::Projet {

AttachmentPreview::AttachmentPreview(ProjectContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx), m_picture(new QLabel(this)), m_details(new QLabel(this)),
      m_description(new QPlainTextEdit(this))
{
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setMinimumSize(200, 150);
    m_picture->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
    m_picture->setWordWrap(true);
    m_picture->setObjectName(QStringLiteral("attachmentPicture"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAccessibleName(tr("Attachment details"));
    m_description->setPlaceholderText(tr("What this evidence shows, who gathered it, when…"));
    m_description->setObjectName(QStringLiteral("attachmentDescription"));
    m_description->setMaximumHeight(140);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_picture, 1);
    layout->addWidget(m_details);
    auto *label = new QLabel(tr("Description"));
    label->setBuddy(m_description);
    layout->addWidget(label);
    layout->addWidget(m_description);
    show(QString());
}

void AttachmentPreview::show(const QString &attachmentId)
{
    if (m_binder && !m_ctx.isReadOnly())
        m_binder->commitPending();
    m_id = attachmentId;
    delete m_binder;
    m_pixmap = QPixmap();
    const TableInfo &table = Entities::attachment();
    const Row row = attachmentId.isEmpty() ? Row() : m_ctx.store.row(table, attachmentId);
    m_description->setEnabled(!row.isEmpty());
    if (row.isEmpty()) {
        m_picture->setText(tr("Choose an attachment to see it here."));
        m_details->clear();
        m_description->clear();
        return;
    }
    m_binder = new FieldBinder(m_ctx, table, attachmentId, this);
    m_binder->bind(m_description, QStringLiteral("description"));
    const QString mime = row.value(QStringLiteral("mime_type")).toString();
    if (mime.startsWith(QLatin1String("image/"))) {
        QImage image;
        image.loadFromData(m_ctx.store.blob(table, attachmentId, QStringLiteral("data")));
        m_pixmap = QPixmap::fromImage(image);
    }
    if (m_pixmap.isNull())
        m_picture->setText(
            tr("No preview for this kind of file. Use Open to view it with the programs of this "
               "computer."));
    fitPicture();
    const FieldInfo &kind = *table.field(QStringLiteral("kind"));
    m_details->setText(tr("%1 — %2, %3, added %4")
                           .arg(row.value(QStringLiteral("file_name")).toString(),
                                kind.choiceLabel(row.value(QStringLiteral("kind")).toString()),
                                Format::bytes(row.value(QStringLiteral("size")).toLongLong()),
                                Format::timestamp(row.value(QStringLiteral("added_at")).toString())));
}

bool AttachmentPreview::hasPicture() const
{
    return !m_pixmap.isNull();
}

void AttachmentPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitPicture();
}

void AttachmentPreview::fitPicture()
{
    if (!m_pixmap.isNull())
        m_picture->setPixmap(
            m_pixmap.scaled(m_picture->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

} // namespace Atelier::Projet
