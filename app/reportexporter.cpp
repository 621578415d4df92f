// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportexporter.h"

#include "documentcontroller.h"

#include "core/project.h"
#include "panelapi/panel.h"
#include "panelapi/panelreports.h"
#include "reports/pdfexport.h"
#include "reports/reportstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
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
    return suggestedPath(kind.title());
}

QString ReportExporter::suggestedPath(const QString &title) const
{
    Project *project = m_documents.project();
    QString name = title;
    if (project)
        name = tr("%1 — %2").arg(title, project->displayTitle());
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
    progress.close();
    return writePdf(document, kind.title(), path);
}

bool ReportExporter::writePdf(Reports::Document &document, const QString &title, const QString &path)
{
    QProgressDialog progress(tr("Laying out the pages…"), tr("Cancel"), 0, 1, m_window);
    progress.setWindowTitle(tr("Export"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    const Reports::PdfExport result = Reports::PdfExport::write(document, path, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.close();
    if (result.outcome == Reports::PdfExport::Failed) {
        QMessageBox::warning(m_window, tr("Export failed"), result.error);
        return false;
    }
    if (result.outcome == Reports::PdfExport::Cancelled)
        return false;
    if (auto *main = qobject_cast<QMainWindow *>(m_window))
        main->statusBar()->showMessage(tr("%1 exported to “%2” (%n page(s)).", nullptr, result.pages)
                                           .arg(title, QDir::toNativeSeparators(path)),
                                       10000);
    return true;
}

void ReportExporter::exportWithDialog(const PanelDocument &document)
{
    Project *project = m_documents.project();
    if (!project)
        return;
    QHash<QString, QString> options;
    if (!document.options.isEmpty()) {
        QDialog dialog(m_window);
        dialog.setWindowTitle(tr("Export: %1").arg(document.title));
        auto *form = new QFormLayout(&dialog);
        QList<std::pair<const DocumentOption *, QWidget *>> editors;
        for (const DocumentOption &o : document.options) {
            QWidget *editor = nullptr;
            if (o.flag) {
                auto *box = new QCheckBox(o.label);
                form->addRow(box);
                editor = box;
            } else {
                auto *combo = new QComboBox;
                const QStringList values = o.values.isEmpty() && o.names ? o.names(project->context()) : o.values;
                for (int i = 0; i < values.size(); ++i)
                    combo->addItem(o.valueLabels.value(i, values[i]), values[i]);
                if (values.isEmpty()) {
                    QMessageBox::information(m_window, document.title,
                                             tr("Nothing to choose for “%1” in this project yet.").arg(o.label));
                    return;
                }
                combo->setAccessibleName(o.label);
                form->addRow(o.label, combo);
                editor = combo;
            }
            editor->setObjectName(o.name);
            editors.append({&o, editor});
        }
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        form->addRow(buttons);
        if (dialog.exec() != QDialog::Accepted)
            return;
        for (const auto &[option, editor] : editors) {
            if (auto *box = qobject_cast<QCheckBox *>(editor)) {
                if (box->isChecked())
                    options.insert(option->name, QStringLiteral("1"));
            } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
                options.insert(option->name, combo->currentData().toString());
            }
        }
    }
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export the %1 as PDF").arg(document.title.toLower()),
                                                      suggestedPath(document.title), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportTo(document, options, path);
}

bool ReportExporter::exportTo(const PanelDocument &document, const QHash<QString, QString> &options, const QString &path)
{
    Project *project = m_documents.project();
    if (!project)
        return false;
    QString why;
    std::optional<Reports::Document> written = document.write(project->context(), options, &why);
    if (!written) {
        QMessageBox::warning(m_window, tr("Export failed"), why);
        return false;
    }
    return writePdf(*written, document.title, path);
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
