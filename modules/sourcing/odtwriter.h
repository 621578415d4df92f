// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Atelier::Sourcing {

/// A small writer of OpenDocument text files (.odt, ODF 1.2), for documents a buyer publishes and
/// edits further in LibreOffice or Word: headings, paragraphs and tables on A4 pages, in the
/// document's own named styles (Heading 1 to 3, Text body, Table Heading, Table Contents) so they
/// can be restyled as a whole. Text is written as typed: runs of spaces, tabs and line breaks are
/// kept; characters XML 1.0 cannot carry (control characters, lone surrogates) are dropped.
/// The package is built in memory (libzip), never through a temporary file.
class OdtWriter
{
public:
    /// The document's properties (meta.xml). `language` is a BCP 47 tag ("fr-FR"), also the
    /// language of the text for spelling and hyphenation; `creator` the author (the administration).
    void setMeta(const QString &title, const QString &subject, const QString &language,
                 const QString &creator);
    /// A heading of `level` 1 to 3 (beyond: the nearest), in the document's outline.
    void heading(const QString &text, int level = 1);
    /// A paragraph of body text; a line feed in `text` is a line break inside it.
    void paragraph(const QString &text);
    /// A table across the text width: a header row repeated at the top of every page, then `rows`
    /// (a short row is completed with empty cells). `relativeWidths` are the columns' shares of the
    /// width; when they do not give one positive share per column, the columns are even.
    void table(const QStringList &headers, const QList<QStringList> &rows,
               const QList<int> &relativeWidths = {});

    /// The .odt file: a zip whose first entry is the `mimetype`, stored, then content.xml,
    /// styles.xml, meta.xml and META-INF/manifest.xml, deflated. Empty when libzip fails (out of
    /// memory): the caller reports that the document could not be written.
    QByteArray bytes() const;

private:
    struct Block
    {
        enum Kind { Heading, Paragraph, Table } kind = Paragraph;
        QString text;
        int level = 1;
        QStringList headers;
        QList<QStringList> rows;
        QList<int> widths;
    };

    QByteArray contentXml() const;
    QByteArray stylesXml() const;
    QByteArray metaXml() const;

    QList<Block> m_blocks;
    QString m_title, m_subject, m_language, m_creator;
};

} // namespace Atelier::Sourcing
