// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projetfixture.h"

#include "core/attachmentfile.h"
#include "projet/attachmentpreview.h"
#include "projet/attachmentspage.h"
#include "widgets/entitytableeditor.h"
#include "widgets/entitytablemodel.h"

#include <QImage>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTableView>

using namespace Atelier;

static QString writeImage(Workspace &ws, const QString &name)
{
    QImage image(320, 200, QImage::Format_RGB32);
    image.fill(QColor(0x1f, 0x4e, 0x5f));
    const QString path = ws.path(name);
    REQUIRE(image.save(path));
    return path;
}

TEST_CASE("Evidence files are added, previewed, described and kept intact", "[attachments]")
{
    ProjetFixture f;
    auto *page = f.view->findChild<Projet::AttachmentsPage *>();
    auto *preview = f.view->findChild<Projet::AttachmentPreview *>();
    auto *table = f.find<EntityTableEditor>(QStringLiteral("attachments"));
    REQUIRE(page);
    const QString photo = writeImage(f.ws, QStringLiteral("visite cuisine.png"));
    QFile notes(f.ws.path(QStringLiteral("chiffres.csv")));
    REQUIRE(notes.open(QIODevice::WriteOnly));
    notes.write("mois;repas\njanvier;68450\n");
    notes.close();

    CHECK(page->addFiles({photo, notes.fileName()}) == 2);
    REQUIRE(table->model()->rowCount() == 2);
    CHECK(table->model()->index(0, 0).data().toString() == QStringLiteral("visite cuisine"));
    CHECK(table->model()->index(0, 1).data().toString() == QStringLiteral("photo"));
    CHECK(table->model()->index(1, 1).data().toString() == QStringLiteral("figures"));

    table->selectId(table->model()->idAt(0));
    CHECK(preview->shownId() == table->model()->idAt(0));
    CHECK(preview->hasPicture());
    table->selectId(table->model()->idAt(1));
    CHECK_FALSE(preview->hasPicture());

    auto *description = preview->findChild<QPlainTextEdit *>(QStringLiteral("attachmentDescription"));
    description->setFocus();
    typeText(description, QStringLiteral("Relevé du service"));
    table->view()->setFocus();
    CHECK(f.ctx()
              .store.value(Entities::attachment(), table->model()->idAt(1), QStringLiteral("description"))
              .toString() == QStringLiteral("Relevé du service"));

    // The bytes stored are the file's, and export checks their fingerprint.
    const QString id = table->model()->idAt(0);
    QFile original(photo);
    REQUIRE(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.ctx().store.blob(Entities::attachment(), id, QStringLiteral("data"));
    CHECK(bytes == original.readAll());
    QString error;
    const QString copy = f.ws.path(QStringLiteral("copie.png"));
    CHECK(AttachmentFile::exportTo(bytes, AttachmentFile::sha256(bytes), copy, &error));
    CHECK(fileHash(copy) == fileHash(photo));
    CHECK_FALSE(AttachmentFile::exportTo(bytes, QStringLiteral("0000"), f.ws.path(QStringLiteral("bad.png")),
                                         &error));
    CHECK(error.contains(QStringLiteral("damaged")));
    CHECK_FALSE(QFile::exists(f.ws.path(QStringLiteral("bad.png"))));
}

TEST_CASE("A file over the size limit is refused with a clear message, others still come in", "[attachments]")
{
    ProjetFixture f;
    auto *page = f.view->findChild<Projet::AttachmentsPage *>();
    QFile big(f.ws.path(QStringLiteral("film-atelier.mp4")));
    REQUIRE(big.open(QIODevice::WriteOnly));
    REQUIRE(big.resize(kMaxAttachmentBytes + 1)); // sparse: nothing is really written
    big.close();
    const QString photo = writeImage(f.ws, QStringLiteral("ok.png"));
    QSignalSpy refused(page, &Projet::AttachmentsPage::filesRefused);
    CHECK(page->addFiles({big.fileName(), photo}) == 1);
    REQUIRE(refused.count() == 1);
    const QStringList reasons = refused.first().first().toStringList();
    REQUIRE(reasons.size() == 1);
    CHECK(reasons.first().contains(QStringLiteral("film-atelier.mp4")));
    CHECK(reasons.first().contains(QStringLiteral("50")));
    CHECK(f.ctx().store.count(QStringLiteral("attachment")) == 1);
}

TEST_CASE("Adding an attachment is one undo step that takes the bytes away and back", "[attachments]")
{
    ProjetFixture f;
    auto *page = f.view->findChild<Projet::AttachmentsPage *>();
    REQUIRE(page->addFiles({writeImage(f.ws, QStringLiteral("a.png"))}) == 1);
    CHECK(f.project->undoStack().undoText() == QStringLiteral("Add attachment"));
    f.project->undoStack().undo();
    CHECK(f.ctx().store.count(QStringLiteral("attachment")) == 0);
    f.project->undoStack().redo();
    CHECK(f.ctx().store.count(QStringLiteral("attachment")) == 1);
}
