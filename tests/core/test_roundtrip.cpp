// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "core/fileheader.h"

using namespace Atelier;

TEST_CASE("A new project is untitled, unmodified and has its identity row", "[project]")
{
    Workspace ws;
    auto project = ws.create();
    CHECK(project->isUntitled());
    CHECK_FALSE(project->isModified());
    CHECK_FALSE(project->store().projectId().isEmpty());
    CHECK(project->displayTitle() == QStringLiteral("Untitled project"));
    QString error;
    CHECK_FALSE(project->save(&error));
    CHECK(error.contains(QStringLiteral("Save As")));
}

TEST_CASE("Save As, reopen: every kind of row comes back; the file is an Atelier file", "[project][save]")
{
    Workspace ws;
    const QString doc = ws.path(QStringLiteral("école.atelier"));
    {
        auto project = ws.create();
        auto &ctx = project->context();
        const QString pid = ctx.store.projectId();
        REQUIRE(Edit::setValue(ctx, Entities::project(), pid, QStringLiteral("title"),
                               QStringLiteral("Restauration scolaire 2027")));
        REQUIRE(Edit::setValue(ctx, Entities::project(), pid, QStringLiteral("budget_envelope_cents"),
                               qint64(420000000)));
        REQUIRE_FALSE(Edit::addRow(ctx, Entities::participant(),
                                   {{QStringLiteral("name"), QStringLiteral("Élodie Marchand")},
                                    {QStringLiteral("role"), QStringLiteral("reservist_buyer")}})
                          .isEmpty());
        const QByteArray photo(300000, 'p');
        REQUIRE_FALSE(
            Edit::addRow(
                ctx, Entities::attachment(),
                {{QStringLiteral("title"), QStringLiteral("Cuisine")},
                 {QStringLiteral("size"), photo.size()},
                 {QStringLiteral("sha256"),
                  QString::fromLatin1(QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex())},
                 {QStringLiteral("data"), photo}})
                .isEmpty());
        REQUIRE(project->isModified());
        QString error;
        REQUIRE(project->saveAs(doc, &error));
        CHECK_FALSE(project->isModified());
        CHECK(project->documentPath() == QFileInfo(doc).absoluteFilePath());
    }
    QFile file(doc);
    REQUIRE(file.open(QIODevice::ReadOnly));
    FileHeader header;
    REQUIRE(FileHeader::parse(file.read(100), header));
    CHECK(header.applicationId == kApplicationId);
    CHECK(header.userVersion == quint32(kFileFormatVersion));
    CHECK_FALSE(header.wal);
    file.close();

    const QByteArray before = fileHash(doc);
    auto project = ws.open(doc);
    CHECK(fileHash(doc) == before); // opening never writes the document
    CHECK(projectTitle(*project) == QStringLiteral("Restauration scolaire 2027"));
    CHECK(
        project->store()
            .value(Entities::project(), project->store().projectId(), QStringLiteral("budget_envelope_cents"))
            .toLongLong() == 420000000);
    const QList<Row> people = project->store().rows(Entities::participant());
    REQUIRE(people.size() == 1);
    CHECK(people.first().value(QStringLiteral("name")).toString() == QStringLiteral("Élodie Marchand"));
    const QList<Row> files = project->store().rows(Entities::attachment());
    REQUIRE(files.size() == 1);
    CHECK_FALSE(files.first().contains(QStringLiteral("data"))); // listings never load blobs
    CHECK(project->store()
              .blob(Entities::attachment(), files.first().value(QStringLiteral("id")).toString(),
                    QStringLiteral("data"))
              .size() == 300000);
}

TEST_CASE("Save replaces the document atomically and leaves no temporary file", "[project][save]")
{
    Workspace ws;
    const QString doc = ws.savedProject(QStringLiteral("a.atelier"), QStringLiteral("One"));
    auto project = ws.open(doc);
    auto &ctx = project->context();
    REQUIRE(Edit::setValue(ctx, Entities::project(), ctx.store.projectId(), QStringLiteral("title"),
                           QStringLiteral("Two")));
    QString error;
    REQUIRE(project->save(&error));
    const QStringList leftovers =
        QDir(ws.dir.path()).entryList({QStringLiteral("*.saving")}, QDir::Files | QDir::Hidden);
    CHECK(leftovers.isEmpty());
    project.reset();
    CHECK(projectTitle(*ws.open(doc)) == QStringLiteral("Two"));
}

TEST_CASE("A failed save says why and leaves the document and the work intact", "[project][save]")
{
    Workspace ws;
    const QString doc = ws.savedProject(QStringLiteral("kept.atelier"), QStringLiteral("Kept"));
    const QByteArray before = fileHash(doc);
    auto project = ws.open(doc);
    auto &ctx = project->context();
    REQUIRE(Edit::setValue(ctx, Entities::project(), ctx.store.projectId(), QStringLiteral("title"),
                           QStringLiteral("Changed")));
    // A folder that cannot exist: its parent is a regular file.
    QString error;
    CHECK_FALSE(project->saveAs(doc + QStringLiteral("/inside.atelier"), &error));
    CHECK(error.contains(QStringLiteral("Save As")));
    CHECK(project->isModified());
    CHECK(project->documentPath() == QFileInfo(doc).absoluteFilePath());
    CHECK(fileHash(doc) == before);
    CHECK(projectTitle(*project) == QStringLiteral("Changed"));
}

TEST_CASE("Save As keeps the permissions of the file it replaces", "[project][save]")
{
    Workspace ws;
    const QString doc = ws.savedProject(QStringLiteral("shared.atelier"));
    const auto shared = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                        QFileDevice::WriteGroup | QFileDevice::ReadOther;
    REQUIRE(QFile::setPermissions(doc, shared));
    auto project = ws.open(doc);
    QString error;
    REQUIRE(project->saveAs(doc, &error));
    CHECK((QFile::permissions(doc) & 0x7077) == (shared & 0x7077));
}
