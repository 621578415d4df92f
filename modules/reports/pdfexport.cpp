// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfexport.h"

#include "pdfmetadata.h"
#include "reportstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace Atelier::Reports {

struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Reports::PdfExport)
};

static PdfMetadata metadataOf(const ReportInfo &info)
{
    PdfMetadata m;
    m.title = info.projectTitle.isEmpty() ? info.title
                                          : ExportText::tr("%1 — %2").arg(info.title, info.projectTitle);
    m.author = info.author;
    m.subject = info.subject;
    m.keywords = info.keywords.join(QStringLiteral(", "));
    m.language = info.language;
    m.creator = QStringLiteral("Atelier Achat %1").arg(QCoreApplication::applicationVersion());
    m.producer = QStringLiteral("Atelier Achat report engine (Qt %1)").arg(QString::fromLatin1(qVersion()));
    m.created = QDateTime::currentDateTime();
    m.created.setTime(QTime(m.created.time().hour(), m.created.time().minute(), m.created.time().second()));
    return m;
}

/// Renders `document` into PDF bytes; empty when cancelled.
static QByteArray render(Document &document, const Progress &progress, int *pages)
{
    const PdfMetadata metadata = metadataOf(document.info);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    bool done = false;
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(Style::kDpi);
        writer.setTitle(metadata.title);
        writer.setCreator(metadata.creator);
        writer.setDocumentXmpMetadata(PdfMetadataWriter::xmp(metadata));
        writer.setPageLayout(Style::pageLayout(QPageLayout::Portrait, document.info.paper));
        for (const Part &part : document.parts)
            part.document->documentLayout()->setPaintDevice(&writer);
        const PagedRenderer renderer(document);
        done = renderer.render(writer, progress);
        *pages = renderer.devicePageCount();
        for (const Part &part : document.parts)
            part.document->documentLayout()->setPaintDevice(nullptr);
    }
    if (!done)
        return {};
    QByteArray pdf = buffer.data();
    PdfMetadataWriter::appendInfo(pdf, metadata);
    return pdf;
}

QByteArray PdfExport::bytes(Document &document, const Progress &progress)
{
    int pages = 0;
    return render(document, progress, &pages);
}

PdfExport PdfExport::write(Document &document, const QString &path, const Progress &progress)
{
    PdfExport result;
    const QByteArray pdf = render(document, progress, &result.pages);
    if (pdf.isEmpty()) {
        result.outcome = Cancelled;
        return result;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        result.error =
            ExportText::tr("“%1” could not be written (%2). Choose another folder, or free some space.")
                .arg(QFileInfo(path).fileName(), file.errorString());
        return result;
    }
    result.outcome = Written;
    return result;
}

} // namespace Atelier::Reports
