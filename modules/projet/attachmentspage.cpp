// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentspage.h"

#include "attachmentpreview.h"

#include "core/attachmentfile.h"
#include "core/edit.h"
#include "core/format.h"
#include "core/projectcontext.h"
#include "core/store.h"
#include "widgets/entitytableeditor.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QTableView>
#include <QUrl>

namespace Atelier::Projet {

AttachmentsPage::AttachmentsPage(ProjectContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx),
      m_table(
          new EntityTableEditor(ctx, Entities::attachment(),
                                {QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("file_name"),
                                 QStringLiteral("size"), QStringLiteral("added_at")},
                                tr("Add files…"))),
      m_preview(new AttachmentPreview(ctx))
{
    m_table->setObjectName(QStringLiteral("attachments"));
    m_table->setAddHandler([this] { chooseFiles(); });
    m_table->view()->horizontalHeader()->resizeSection(0, 240);
    m_open = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("Open"), this);
    m_open->setToolTip(tr("Open with the program this computer uses for this kind of file"));
    connect(m_open, &QAction::triggered, this, &AttachmentsPage::openCurrent);
    m_export = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Export…"), this);
    m_export->setToolTip(tr("Write a copy of the attachment to a file"));
    connect(m_export, &QAction::triggered, this, &AttachmentsPage::exportCurrent);
    m_table->addToolAction(m_open);
    m_table->addToolAction(m_export);
    connect(m_table->view(), &QAbstractItemView::activated, this, &AttachmentsPage::openCurrent);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    (new QHBoxLayout(this))->addWidget(splitter);

    auto update = [this](const QString &id) {
        m_preview->show(id);
        m_open->setEnabled(!id.isEmpty());
        m_export->setEnabled(!id.isEmpty());
    };
    connect(m_table, &EntityTableEditor::currentIdChanged, this, update);
    update(QString());
    connect(this, &AttachmentsPage::filesRefused, this, [this](const QStringList &reasons) {
        if (isVisible())
            QMessageBox::warning(this, tr("Some files were not added"), reasons.join(QStringLiteral("\n\n")));
    });
    setAcceptDrops(!ctx.isReadOnly());
}

int AttachmentsPage::addFiles(const QStringList &paths)
{
    QStringList refused;
    QString lastId;
    for (const QString &path : paths) {
        QString error;
        const std::optional<Row> row = AttachmentFile::read(path, &error);
        if (!row) {
            refused << error;
            continue;
        }
        const QString id = Edit::addRow(m_ctx, Entities::attachment(), *row);
        if (!id.isEmpty())
            lastId = id;
    }
    if (!lastId.isEmpty())
        m_table->selectId(lastId);
    if (!refused.isEmpty())
        Q_EMIT filesRefused(refused);
    return int(paths.size() - refused.size());
}

void AttachmentsPage::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add evidence to the project"), QDir::homePath(),
        tr("All evidence (*);;Photos (*.jpg *.jpeg *.png *.webp);;Sound (*.mp3 *.ogg *.wav *.m4a);;"
           "Video (*.mp4 *.webm *.mkv);;Documents (*.pdf *.odt *.docx *.txt);;Figures (*.csv *.ods *.xlsx)"));
    if (!paths.isEmpty())
        addFiles(paths);
}

void AttachmentsPage::openCurrent()
{
    const QString id = m_table->currentId();
    if (id.isEmpty())
        return;
    const Row row = m_ctx.store.row(Entities::attachment(), id);
    const QString target = QDir(m_openedFiles.path())
                               .filePath(QStringLiteral("%1-%2").arg(
                                   id.left(8), row.value(QStringLiteral("file_name")).toString()));
    QString error;
    const QByteArray bytes = m_ctx.store.blob(Entities::attachment(), id, QStringLiteral("data"));
    if (!AttachmentFile::exportTo(bytes, row.value(QStringLiteral("sha256")).toString(), target, &error)) {
        QMessageBox::warning(this, tr("Cannot open the attachment"), error);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(target)))
        QMessageBox::information(
            this, tr("Cannot open the attachment"),
            tr("No program on this computer opens this kind of file. Use Export… to save a "
               "copy and open it elsewhere."));
}

void AttachmentsPage::exportCurrent()
{
    const QString id = m_table->currentId();
    if (id.isEmpty())
        return;
    const Row row = m_ctx.store.row(Entities::attachment(), id);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the attachment"),
        QDir::home().filePath(row.value(QStringLiteral("file_name")).toString()));
    if (path.isEmpty())
        return;
    QString error;
    const QByteArray bytes = m_ctx.store.blob(Entities::attachment(), id, QStringLiteral("data"));
    if (!AttachmentFile::exportTo(bytes, row.value(QStringLiteral("sha256")).toString(), path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void AttachmentsPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void AttachmentsPage::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    addFiles(paths);
    event->acceptProposedAction();
}

} // namespace Atelier::Projet
