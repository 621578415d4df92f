// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "builtinpanels.h"

#include <QHash>
#include <QObject>

class QWidget;

namespace Atelier {

class DocumentController;
struct PanelDocument;
namespace Reports {
class ReportKind;
struct Document;
}

/// The Export menu's work: a report of the open project as a PDF file, with a progress dialog the
/// user can cancel, or in a print preview (which also prints, or saves a PDF of its own).
class ReportExporter : public QObject
{
    Q_OBJECT
public:
    ReportExporter(const BuiltinPanels &panels, DocumentController &documents, QWidget *window);

    /// Asks where to write the report, then writes it.
    void exportWithDialog(const Reports::ReportKind &kind);
    /// Writes the report to `path`; false when it failed (the user was told why) or was cancelled.
    bool exportTo(const Reports::ReportKind &kind, const QString &path);
    /// Shows the report in a print preview.
    void preview(const Reports::ReportKind &kind);

    /// The file name offered: the report's and the project's titles, in the project's folder.
    QString suggestedPath(const Reports::ReportKind &kind) const;

    /// A panel's document (the discovery booklet, the question grid…): asks for its options when it
    /// has any (which tour, which format…), then where to write it, then writes it.
    void exportWithDialog(const PanelDocument &document);
    /// Writes a panel's document with these options to `path`; false when it failed (the user was
    /// told why) or was cancelled.
    bool exportTo(const PanelDocument &document, const QHash<QString, QString> &options, const QString &path);

private:
    QString suggestedPath(const QString &title) const;
    /// Lays out and writes a written document, with progress; tells the user how it went.
    bool writePdf(Reports::Document &document, const QString &title, const QString &path);

    const BuiltinPanels &m_panels;
    DocumentController &m_documents;
    QWidget *m_window;
};

} // namespace Atelier
