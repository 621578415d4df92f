// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "safeopen.h"

#include "fileheader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <sqlite3.h>

namespace Atelier {

using C = OpenError::Code;

static int deadlineHandler(void *deadline)
{
    return QDateTime::currentMSecsSinceEpoch() > *static_cast<qint64 *>(deadline) ? 1 : 0;
}

UntrustedDatabase::~UntrustedDatabase()
{
    m_db.close(); // before m_bytes goes
}

void UntrustedDatabase::harden(Sql::Connection &db, const OpenLimits &limits)
{
    sqlite3 *h = db.handle();
    sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_DQS_DDL, 0, nullptr); // "x" is a name, never a string
    sqlite3_db_config(h, SQLITE_DBCONFIG_DQS_DML, 0, nullptr);
    sqlite3_limit(h, SQLITE_LIMIT_LENGTH, int(qMin<qint64>(limits.maxAttachmentBytes + (1 << 20), 1 << 30)));
    sqlite3_limit(h, SQLITE_LIMIT_SQL_LENGTH, 1 << 20);
    sqlite3_limit(h, SQLITE_LIMIT_COLUMN, 200);
    sqlite3_limit(h, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(h, SQLITE_LIMIT_COMPOUND_SELECT, 8);
    sqlite3_limit(h, SQLITE_LIMIT_VDBE_OP, 100000);
    sqlite3_limit(h, SQLITE_LIMIT_FUNCTION_ARG, 8);
    sqlite3_limit(h, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(h, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 100);
    sqlite3_limit(h, SQLITE_LIMIT_VARIABLE_NUMBER, 100);
    sqlite3_limit(h, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
    db.exec(QStringLiteral("PRAGMA cell_size_check = ON; PRAGMA mmap_size = 0;"));
}

static QByteArray readWhole(const QString &path, const OpenLimits &limits, const QString &fileName,
                            OpenError &error)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        error = {
            C::Unreadable,
            OpenErrorText::tr("“%1” does not exist (any more). Check the folder, or the USB key or network "
                              "share it was on.")
                .arg(fileName)};
        return {};
    }
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        error = {C::Unreadable,
                 OpenErrorText::tr("“%1” cannot be read (%2). Check that you have the right to read it.")
                     .arg(fileName, file.errorString())};
        return {};
    }
    if (file.size() > limits.maxFileBytes) {
        error = {
            C::TooLarge,
            OpenErrorText::tr("“%1” is %2 MB; Atelier Achat opens projects up to %3 MB. It is probably not "
                              "an Atelier Achat project.")
                .arg(fileName)
                .arg(file.size() >> 20)
                .arg(limits.maxFileBytes >> 20)};
        return {};
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        error = {
            C::Unreadable,
            OpenErrorText::tr("“%1” could not be read to the end (%2). If it is on a USB key or a network "
                              "share, copy it to this computer first.")
                .arg(fileName, file.errorString())};
        return {};
    }
    return bytes;
}

/// The untrusted connection may only read: no write, no attach, no function but the
/// few the checks call, no pragma but the checks'. (The connection is read-only already; this is a second
/// fence: it refuses temporary tables and triggers too, which a read-only database still allows.)
static int readOnlyAuthorizer(void *, int action, const char *arg1, const char *arg2, const char *,
                              const char *)
{
    static const QSet<QByteArray> functions = {"count", "length", "typeof"};
    static const QSet<QByteArray> pragmas = {"integrity_check", "table_info", "user_version"};
    switch (action) {
    case SQLITE_SELECT:
    case SQLITE_READ:
        return SQLITE_OK;
    case SQLITE_FUNCTION:
        return arg2 && functions.contains(QByteArray(arg2).toLower()) ? SQLITE_OK : SQLITE_DENY;
    case SQLITE_PRAGMA:
        return arg1 && pragmas.contains(QByteArray(arg1).toLower()) ? SQLITE_OK : SQLITE_DENY;
    default:
        return SQLITE_DENY;
    }
}

std::optional<UntrustedDatabase> UntrustedDatabase::load(const QString &path, const Schema &schema,
                                                         OpenError &error, const OpenLimits &limits)
{
    const QString fileName = QFileInfo(path).fileName();
    error = {};
    QByteArray bytes = readWhole(path, limits, fileName, error);
    if (error)
        return std::nullopt;
    return fromBytes(std::move(bytes), fileName, schema, error, limits);
}

std::optional<UntrustedDatabase> UntrustedDatabase::fromBytes(QByteArray bytes, const QString &fileName,
                                                              const Schema &schema, OpenError &error,
                                                              const OpenLimits &limits)
{
    error = {};
    UntrustedDatabase loaded;
    loaded.m_bytes = std::move(bytes);
    if ((error = checkHeader(loaded.m_bytes, fileName)))
        return std::nullopt;
    FileHeader header;
    FileHeader::parse(loaded.m_bytes, header); // checkHeader accepted it
    loaded.m_formatVersion = int(header.userVersion);
    loaded.m_pageCount = loaded.m_bytes.size() / header.pageSize;

    loaded.m_db = Sql::Connection::openMemory();
    harden(loaded.m_db, limits);
    loaded.m_deadline =
        std::make_unique<qint64>(QDateTime::currentMSecsSinceEpoch() + limits.maxSeconds * 1000);
    sqlite3_progress_handler(loaded.m_db.handle(), 1000, deadlineHandler, loaded.m_deadline.get());
    auto *data = reinterpret_cast<unsigned char *>(loaded.m_bytes.data());
    const int rc = sqlite3_deserialize(loaded.m_db.handle(), "main", data, loaded.m_bytes.size(),
                                       loaded.m_bytes.size(), SQLITE_DESERIALIZE_READONLY);
    if (rc != SQLITE_OK) {
        error = {C::Damaged, OpenErrorText::tr("“%1” could not be read as a project (%2).")
                                 .arg(fileName, QString::fromUtf8(sqlite3_errstr(rc)))};
        return std::nullopt;
    }
    sqlite3_set_authorizer(loaded.m_db.handle(), readOnlyAuthorizer, nullptr); // after deserialize's ATTACH
    try {
        error = loaded.validate(schema, limits, fileName);
    } catch (const Sql::Error &e) {
        error = {C::Damaged,
                 (e.code() & 0xff) == SQLITE_INTERRUPT
                     ? OpenErrorText::tr("“%1” could not be checked in %2 seconds: it is far larger or more "
                                         "tangled than a project. It was not opened.")
                           .arg(fileName)
                           .arg(limits.maxSeconds)
                     : OpenErrorText::tr("“%1” is damaged and cannot be opened: its structure cannot be read. "
                                         "Ask the sender for the file again, or use an earlier copy.")
                           .arg(fileName)};
    }
    if (error)
        return std::nullopt;
    return loaded;
}

/// What integrity_check found, in the user's words (its own report is for developers, in English).
static QString integrityProblem(const QString &report)
{
    if (report.contains(QLatin1String("index")))
        return OpenErrorText::tr("two rows claim the same identity, or an index disagrees with its table");
    if (report.startsWith(QLatin1String("NULL value")))
        return OpenErrorText::tr("a value that every row must have is missing");
    if (report.contains(QLatin1String("CHECK constraint")))
        return OpenErrorText::tr("a value lies outside what a project allows");
    return OpenErrorText::tr("its pages do not fit together");
}

static QString describeObject(const SchemaObject &o)
{
    return QStringLiteral("%1 “%2”").arg(o.type, o.name);
}

OpenError UntrustedDatabase::validate(const Schema &schema, const OpenLimits &limits, const QString &fileName)
{
    // 1. The schema first, compared with the allow-list before anything of the file is evaluated:
    //    reading sqlite_schema parses its statements, it runs none of their expressions.
    if (OpenError error = checkSchema(schema, fileName))
        return error;
    // 2. Only now, with the file's schema known to be exactly ours, the structure: every page, every
    //    index against its table (UNIQUE and primary keys included, which quick_check skips), NOT NULL
    //    and CHECK constraints — our own expressions.
    const QString check = m_db.scalar(QStringLiteral("PRAGMA integrity_check(1)")).toString();
    if (check != QLatin1String("ok"))
        return {C::Damaged, OpenErrorText::tr(
                                "“%1” is damaged (%2). Ask the sender for the file again, or use an earlier "
                                "copy.")
                                .arg(fileName, integrityProblem(check))};
    // 3. The cells: each of the declared type, texts of a sensible length.
    if (OpenError error = checkCells(limits, fileName))
        return error;
    if (m_db.scalar(QStringLiteral("SELECT count(*) FROM project")).toInt() != 1)
        return {C::Damaged,
                OpenErrorText::tr("“%1” must describe exactly one project: it is damaged.").arg(fileName)};
    return checkAttachments(limits, fileName);
}

OpenError UntrustedDatabase::checkSchema(const Schema &schema, const QString &fileName)
{
    const QSet<SchemaObject> actual = readSchemaObjects(m_db);
    const QSet<SchemaObject> container = schema.expectedObjects({});
    for (const SchemaObject &o : container)
        if (!actual.contains(o))
            return {C::Damaged, OpenErrorText::tr(
                                    "“%1” lacks the table that records its version: it is damaged or was not "
                                    "written by Atelier Achat.")
                                    .arg(fileName)};
    if (OpenError error = checkRootPages(fileName))
        return error;
    m_versions =
        readModuleVersions(m_db); // its table is exactly ours: reading it evaluates nothing of theirs
    for (auto it = m_versions.cbegin(); it != m_versions.cend(); ++it) {
        const ModuleSchema *module = schema.module(it.key());
        if (!module)
            return {C::UnknownModule,
                    OpenErrorText::tr("“%1” holds data of a panel this version of Atelier Achat does not "
                                      "know (“%2”). Update Atelier Achat to open it.")
                        .arg(fileName, it.key())};
        if (it.value() > module->latestVersion())
            return {
                C::NewerVersion,
                OpenErrorText::tr("“%1” was saved by a newer version of Atelier Achat (panel “%2”, "
                                  "version %3; this version reads up to %4). Update Atelier Achat to open "
                                  "it; the file was left untouched.")
                    .arg(fileName, it.key())
                    .arg(it.value())
                    .arg(module->latestVersion())};
        if (it.value() < 1)
            return {C::Damaged, OpenErrorText::tr("“%1” records an impossible version for the panel “%2”: "
                                                  "it is damaged.")
                                    .arg(fileName, it.key())};
    }
    if (!m_versions.contains(QStringLiteral("core")))
        return {C::Damaged,
                OpenErrorText::tr("“%1” lacks the table that records its version: it is damaged or was not "
                                  "written by Atelier Achat.")
                    .arg(fileName)};

    const QSet<SchemaObject> expected = schema.expectedObjects(m_versions);
    for (const SchemaObject &o : actual)
        if (!expected.contains(o))
            return {C::UnexpectedSchema,
                    OpenErrorText::tr(
                        "“%1” contains something an Atelier Achat project never holds (%2). It may have been "
                        "tampered with; it was not opened, and was left untouched.")
                        .arg(fileName, describeObject(o))};
    for (const SchemaObject &o : expected)
        if (!actual.contains(o))
            return {C::Damaged, OpenErrorText::tr("“%1” is missing part of a project (%2): it is damaged.")
                                    .arg(fileName, describeObject(o))};
    return {};
}

OpenError UntrustedDatabase::checkRootPages(const QString &fileName)
{
    // Each table and index starts on a page of its own inside the file (page 1 is the schema itself).
    QSet<qint64> seen;
    Sql::Statement st(m_db, QStringLiteral("SELECT type, name, rootpage FROM sqlite_schema"));
    while (st.step()) {
        const QString type = st.text(0);
        const bool stored = type == QLatin1String("table") || type == QLatin1String("index");
        const qint64 root = st.isNull(2) ? 0 : st.integer(2);
        if (type == QLatin1String("table") && root == 0)
            continue; // a virtual table: never ours, the allow-list refuses it by name
        const bool sane = stored ? root >= 2 && root <= m_pageCount && !seen.contains(root) : root == 0;
        if (!sane)
            return {C::Damaged, OpenErrorText::tr("“%1” is damaged: the %2 “%3” does not start where a "
                                                  "project's data can be. Ask the sender for the file again.")
                                    .arg(fileName, type, st.text(1))};
        seen.insert(root);
    }
    return {};
}

/// What a column must hold, from its declared type (our schema's types are these four).
static QString expectedType(const QString &declared)
{
    const QString upper = declared.toUpper();
    if (upper == QLatin1String("INTEGER"))
        return QStringLiteral("integer");
    if (upper == QLatin1String("REAL"))
        return QStringLiteral("real");
    if (upper == QLatin1String("BLOB"))
        return QStringLiteral("blob");
    return QStringLiteral("text");
}

OpenError UntrustedDatabase::checkCells(const OpenLimits &limits, const QString &fileName)
{
    // The tables are exactly ours (checked above), so their names and columns are ours too.
    QStringList tables;
    {
        Sql::Statement st(
            m_db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
        while (st.step())
            if (!st.text(0).startsWith(QLatin1String("sqlite_")))
                tables << st.text(0);
    }
    for (const QString &table : std::as_const(tables)) {
        QStringList tests;
        // (PRAGMA table_info, not the pragma_table_info() table: that one declares a virtual table,
        // which the authorizer would rightly refuse.)
        Sql::Statement columns(m_db, QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
        while (columns.step()) { // cid, name, type, notnull, dflt_value, pk
            const QString column = QStringLiteral("\"%1\"").arg(columns.text(1));
            const QString type = expectedType(columns.text(2));
            QString bad = QStringLiteral("typeof(%1) <> '%2'").arg(column, type);
            if (columns.integer(3) == 0)
                bad = QStringLiteral("(%1 IS NOT NULL AND %2)").arg(column, bad);
            if (type == QLatin1String("text"))
                bad += QStringLiteral(" OR length(%1) > %2").arg(column).arg(limits.maxTextCharacters);
            tests << QStringLiteral("WHEN %1 THEN '%2'").arg(bad, columns.text(1));
        }
        if (tests.isEmpty())
            continue;
        Sql::Statement st(m_db, QStringLiteral("SELECT bad FROM (SELECT CASE %1 END AS bad FROM \"%2\") "
                                               "WHERE bad IS NOT NULL LIMIT 1")
                                    .arg(tests.join(QLatin1Char(' ')), table));
        if (st.step())
            return {C::Damaged,
                    OpenErrorText::tr("“%1” is damaged or was altered: a value of “%2” in “%3” is not of its "
                                      "kind, or is far too long. It was not opened.")
                        .arg(fileName, st.text(0), table)};
    }
    return {};
}

/// The SHA-256 of a blob, read in slices so that a large attachment is never copied whole.
static QString blobSha256(Sql::Connection &db, qint64 rowid)
{
    sqlite3_blob *blob = nullptr;
    const int rc = sqlite3_blob_open(db.handle(), "main", "attachment", "data", rowid, 0, &blob);
    if (rc != SQLITE_OK) {
        sqlite3_blob_close(blob);
        throw Sql::Error(rc, QString::fromUtf8(sqlite3_errmsg(db.handle())));
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray slice(1 << 20, Qt::Uninitialized);
    const int size = sqlite3_blob_bytes(blob);
    for (int offset = 0; offset < size; offset += int(slice.size())) {
        const int n = qMin(int(slice.size()), size - offset);
        if (sqlite3_blob_read(blob, slice.data(), n, offset) != SQLITE_OK)
            break;
        hash.addData(QByteArrayView(slice.constData(), n));
    }
    sqlite3_blob_close(blob);
    return QString::fromLatin1(hash.result().toHex());
}

OpenError UntrustedDatabase::checkAttachments(const OpenLimits &limits, const QString &fileName)
{
    Sql::Statement rows(m_db,
                        QStringLiteral("SELECT rowid, title, size, length(data), sha256 FROM attachment"));
    // checkCells made sure `data` is a blob and `size` an integer: length() counts bytes here.
    while (rows.step()) {
        const QString title = rows.text(1);
        const qint64 declared = rows.integer(2), actual = rows.integer(3);
        if (actual > limits.maxAttachmentBytes)
            return {C::AttachmentTooLarge,
                    OpenErrorText::tr("“%1” holds an attachment, “%2”, of %3 MB; attachments are "
                                      "limited to %4 MB. The file was not opened.")
                        .arg(fileName, title)
                        .arg(actual >> 20)
                        .arg(limits.maxAttachmentBytes >> 20)};
        if (declared != actual)
            return {C::AttachmentCorrupt,
                    OpenErrorText::tr("“%1”: the attachment “%2” is incomplete (%3 bytes instead of "
                                      "%4). The file is damaged.")
                        .arg(fileName, title)
                        .arg(actual)
                        .arg(declared)};
        if (blobSha256(m_db, rows.integer(0)) != rows.text(4))
            return {C::AttachmentCorrupt,
                    OpenErrorText::tr("“%1”: the attachment “%2” has been altered or damaged (its "
                                      "fingerprint does not match). The file was not opened.")
                        .arg(fileName, title)};
    }
    return {};
}

void UntrustedDatabase::copyInto(Sql::Connection &destination)
{
    Sql::copyDatabase(m_db, destination);
}

} // namespace Atelier
