// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace Atelier {
struct ProjectContext;
class FieldBinder;
} // namespace Atelier

namespace Atelier::Projet {

/// Shows one attachment: the picture itself for images, otherwise what it is; its details; and
/// its description, editable.
class AttachmentPreview : public QWidget
{
    Q_OBJECT
public:
    explicit AttachmentPreview(ProjectContext &ctx, QWidget *parent = nullptr);
    void show(const QString &attachmentId);
    QString shownId() const { return m_id; }
    /// True when an image is displayed.
    bool hasPicture() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitPicture();

    ProjectContext &m_ctx;
    QString m_id;
    QLabel *m_picture;
    QLabel *m_details;
    QPlainTextEdit *m_description;
    QPointer<FieldBinder> m_binder;
    QPixmap m_pixmap;
};

} // namespace Atelier::Projet
