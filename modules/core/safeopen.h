// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"
#include "openerror.h"
#include "schema.h"
#include "sqlite.h"

#include <QByteArray>
#include <QMap>

#include <optional>

namespace Atelier {

/// Limits that an untrusted file must respect.
struct OpenLimits
{
    qint64 maxFileBytes = qint64(1) << 30; ///< 1 GiB: the whole file is read into memory
    qint64 maxAttachmentBytes = kMaxAttachmentBytes;
    qint64 maxTextCharacters = qint64(16) << 20; ///< any text cell (notes, a baseline's plan)
    int maxSeconds = 60;                         ///< any single check longer than this is aborted
};

/// A project file checked from header to blobs and held, read-only, in memory. The file on disk is
/// read once and never written. Every check of DESIGN.md "Safe open" happens in load(), in this order:
/// header; the schema against the allow-list (no expression of the file is evaluated before it matches);
/// root pages; versions; integrity_check (pages, indexes against tables, UNIQUE, NOT NULL, CHECK); the
/// type and length of every cell; exactly one project; every attachment's size and SHA-256.
class UntrustedDatabase
{
public:
    static std::optional<UntrustedDatabase> load(const QString &path, const Schema &schema, OpenError &error,
                                                 const OpenLimits &limits = {});
    /// The same checks on bytes already read (`fileName` is only for the messages).
    static std::optional<UntrustedDatabase> fromBytes(QByteArray bytes, const QString &fileName,
                                                      const Schema &schema, OpenError &error,
                                                      const OpenLimits &limits = {});

    UntrustedDatabase(UntrustedDatabase &&) noexcept = default;
    UntrustedDatabase &operator=(UntrustedDatabase &&) noexcept = default;
    ~UntrustedDatabase();

    Sql::Connection &connection() { return m_db; }
    const QMap<QString, int> &moduleVersions() const { return m_versions; }
    int formatVersion() const { return m_formatVersion; }
    /// Copies the checked database into a connection (the working copy), page by page.
    void copyInto(Sql::Connection &destination);

    /// Hardens a connection before its first statement: defensive mode, untrusted schema, no
    /// extensions, no triggers or views, tight limits, a deadline.
    static void harden(Sql::Connection &db, const OpenLimits &limits);

private:
    UntrustedDatabase() = default;
    OpenError validate(const Schema &schema, const OpenLimits &limits, const QString &fileName);
    OpenError checkSchema(const Schema &schema, const QString &fileName);
    OpenError checkRootPages(const QString &fileName);
    OpenError checkCells(const OpenLimits &limits, const QString &fileName);
    OpenError checkAttachments(const OpenLimits &limits, const QString &fileName);

    QByteArray m_bytes; // must outlive m_db: SQLite reads straight from it
    Sql::Connection m_db;
    QMap<QString, int> m_versions;
    int m_formatVersion = 0;
    qint64 m_pageCount = 0;
    std::unique_ptr<qint64> m_deadline;
};

} // namespace Atelier
