// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportexporter.h"

#include "documentcontroller.h"

#include "core/project.h"
#include "panelapi/panelreports.h"
#include "reports/pdfexport.h"
#include "reports/reportstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextDocument>

namespace Atelier {

ReportExporter::ReportExporter(const BuiltinPanels &panels, DocumentController &documents, QWidget *window)
    : QObject(window), m_panels(panels), m_documents(documents), m_window(window)
{}

QString ReportExporter::suggestedPath(const Reports::ReportKind &kind) const
{
    Project *project = m_documents.project();
    QString name = kind.title();
    if (project)
        name = tr("%1 — %2").arg(kind.title(), project->displayTitle());
    // Characters that some file systems refuse become dashes.
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name)
        if (forbidden.contains(c))
            c = QLatin1Char('-');
    const QString folder = project && !project->isUntitled()
                               ? QFileInfo(project->documentPath()).absolutePath()
                               : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(name.simplified() + QStringLiteral(".pdf"));
}

void ReportExporter::exportWithDialog(const Reports::ReportKind &kind)
{
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export the %1 as PDF").arg(kind.title().toLower()),
                                     suggestedPath(kind), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportTo(kind, path);
}

bool ReportExporter::exportTo(const Reports::ReportKind &kind, const QString &path)
{
    Project *project = m_documents.project();
    if (!project)
        return false;
    QProgressDialog progress(tr("Writing the %1…").arg(kind.title().toLower()), tr("Cancel"), 0, 1, m_window);
    progress.setWindowTitle(tr("Export"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    // Two stages: the sections are written, then the pages are laid out and drawn.
    auto stage = [&progress](const QString &label) {
        return [&progress, label](int done, int total) {
            progress.setLabelText(label);
            progress.setMaximum(total);
            progress.setValue(done);
            return !progress.wasCanceled();
        };
    };
    Reports::Document document = writeReport(kind, m_panels.panels, project->context(),
                                             stage(tr("Writing the %1…").arg(kind.title().toLower())));
    if (progress.wasCanceled())
        return false;
    const Reports::PdfExport result =
        Reports::PdfExport::write(document, path, stage(tr("Laying out the pages…")));
    progress.close();
    if (result.outcome == Reports::PdfExport::Failed) {
        QMessageBox::warning(m_window, tr("Export failed"), result.error);
        return false;
    }
    if (result.outcome == Reports::PdfExport::Cancelled)
        return false;
    if (auto *main = qobject_cast<QMainWindow *>(m_window))
        main->statusBar()->showMessage(tr("%1 exported to “%2” (%n page(s)).", nullptr, result.pages)
                                           .arg(kind.title(), QDir::toNativeSeparators(path)),
                                       10000);
    return true;
}

void ReportExporter::preview(const Reports::ReportKind &kind)
{
    Project *project = m_documents.project();
    if (!project)
        return;
    Reports::Document document = writeReport(kind, m_panels.panels, project->context());
    QPrinter printer(QPrinter::HighResolution);
    printer.setResolution(Reports::Style::kDpi); // the report's own resolution: charts keep their layout
    printer.setPageLayout(Reports::Style::pageLayout(QPageLayout::Portrait));
    printer.setDocName(kind.title());
    printer.setOutputFileName(suggestedPath(kind));
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Preview: %1").arg(kind.title()));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&document](QPrinter *target) {
        for (const Reports::Part &part : document.parts)
            part.document->documentLayout()->setPaintDevice(target);
        Reports::PagedRenderer(document).render(*target, {},
                                                Reports::PagedRenderer::Landscape::RotateOnPortrait);
        for (const Reports::Part &part : document.parts)
            part.document->documentLayout()->setPaintDevice(nullptr);
    });
    dialog.resize(m_window->size() * 0.9);
    dialog.exec();
}

} // namespace Atelier
