// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTemporaryDir>
#include <QWidget>

class QAction;

namespace Atelier {
struct ProjectContext;
class EntityTableEditor;
} // namespace Atelier

namespace Atelier::Projet {

class AttachmentPreview;

/// The evidence library of the investigation: photos, sound, video, documents, testimonies,
/// figures — stored inside the project file. Add (or drop) files, preview, open, export.
class AttachmentsPage : public QWidget
{
    Q_OBJECT
public:
    explicit AttachmentsPage(ProjectContext &ctx, QWidget *parent = nullptr);

    /// Adds files as attachments; refused files (too large, unreadable) are reported together.
    /// Returns how many were added.
    int addFiles(const QStringList &paths);

Q_SIGNALS:
    /// Files that could not be added, with the reason for each (shown to the user).
    void filesRefused(const QStringList &reasons);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFiles();
    void openCurrent();
    void exportCurrent();

    ProjectContext &m_ctx;
    EntityTableEditor *m_table;
    AttachmentPreview *m_preview;
    QAction *m_open;
    QAction *m_export;
    QTemporaryDir m_openedFiles;
};

} // namespace Atelier::Projet
