// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Export for sharing: a copy for another administration that carries no byte of the personal data
// (the jury's pool, the contacts), records the share, and leaves the project itself untouched.
#include "windowfixture.h"

#include "app/demo.h"
#include "app/sharedialog.h"
#include "atelierrun.h"
#include "core/safeopen.h"
#include "core/sqlite.h"
#include "jury/drawstore.h"
#include "jury/juryschema.h"
#include "sourcing/sourcingschema.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>

#include <sqlite3.h>

using namespace Atelier;

namespace {

/// What must not travel, read from the project before the share, as the bytes SQLite would hold:
/// each pool person's consecutive columns (name then first names) and household fingerprint, for the
/// people who are not jurors (the jurors' names travel, as participants); every contact.
QList<QByteArray> personalBytes(Project &project)
{
    QSet<QString> jurors;
    for (const Jury::Juror &j : Jury::DrawStore::jurors(project.store()))
        jurors.insert(j.pseudonym);
    QList<QByteArray> out;
    for (const Row &p : project.store().rows(Jury::Tables::poolPerson())) {
        if (jurors.contains(text(p, "pseudonym")))
            continue;
        out << (text(p, "last_name") + text(p, "first_names")).toUtf8() << text(p, "pseudonym").toUtf8();
        if (!text(p, "household").isEmpty())
            out << text(p, "household").toUtf8();
    }
    for (const Row &p : project.store().rows(Entities::participant()))
        if (!text(p, "contact").isEmpty())
            out << text(p, "contact").toUtf8();
    for (const Row &e : project.store().rows(Sourcing::Tables::entry()))
        if (!text(e, "contact").isEmpty())
            out << text(e, "contact").toUtf8();
    return out;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("Export for sharing from the window: the copy for another administration has no byte of the pool or "
          "of a contact, records the share, and the project is untouched",
          "[share]")
{
    WindowFixture f;
    REQUIRE(f.docs().newProject());
    QString error;
    REQUIRE(Demo::fill(f.project().context(), f.panels.tables(), &error));
    const QString document = f.ws.path(QStringLiteral("cantine.atelier"));
    REQUIRE(f.project().saveAs(document, &error));
    const QList<QByteArray> personal = personalBytes(f.project());
    REQUIRE(personal.size() > 200); // the pool of the demo, and its contacts
    const QByteArray before = bytesOf(document);
    for (const QByteArray &b : personal.mid(0, 20))
        REQUIRE(before.contains(b)); // the test's own check: the project itself does hold them
    const QString poolFingerprint = Jury::DrawStore::record(f.project().store())->fingerprints.pool;

    const QString copy = f.ws.path(QStringLiteral("pour-la-communauté.atelier"));
    QString seen;
    QString leftOutShown;
    onNextDialog<ShareDialog>([&](ShareDialog *dialog) {
        leftOutShown = dialog->findChild<QLabel *>(QStringLiteral("shareLeftOut"))->text();
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        CHECK_FALSE(ok->isEnabled()); // no recipient yet
        typeText(dialog->findChild<QLineEdit *>(QStringLiteral("shareRecipient")),
                         QStringLiteral("Communauté de communes du Val"));
        auto *path = dialog->findChild<QLineEdit *>(QStringLiteral("sharePath"));
        path->selectAll();
        typeText(path, copy);
        CHECK(ok->isEnabled());
        if (qEnvironmentVariableIsSet("ATELIER_SCREENSHOTS"))
            CHECK(dialog->grab().save(qEnvironmentVariable("ATELIER_SCREENSHOTS") + QStringLiteral("/share-dialog.png")));
        answerNextMessageBox(QString(), &seen, QMessageBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    f.find<QAction>(QStringLiteral("shareCopy"))->trigger();
    CHECK(leftOutShown.contains(QStringLiteral("recruitment pool: 261")));
    CHECK(seen.contains(QStringLiteral("pour-la-communauté.atelier")));
    CHECK(seen.contains(QStringLiteral("recruitment pool (261)")));

    // The project: its file byte for byte as it was, still open, not marked modified.
    CHECK(bytesOf(document) == before);
    CHECK_FALSE(f.project().isModified());
    // The copy: a valid project, every byte read (free pages and slack included), none personal.
    const QByteArray shared = bytesOf(copy);
    for (const QByteArray &b : personal) {
        INFO(b.toStdString());
        CHECK_FALSE(shared.contains(b));
    }
    // Nor the share point it carries (compressed, so read unpacked): the copy as shared, nothing more.
    {
        Sql::Connection raw(copy, SQLITE_OPEN_READONLY);
        const QByteArray point = qUncompress(raw.scalar(QStringLiteral("SELECT snapshot FROM share_record")).toByteArray());
        REQUIRE(point.startsWith("SQLite format 3"));
        for (const QByteArray &b : personal) {
            INFO(b.toStdString());
            CHECK_FALSE(point.contains(b));
        }
        CHECK(point.contains("Communauté de communes du Val")); // the test's own check: it is the copy
    }
    OpenError openError;
    REQUIRE(UntrustedDatabase::load(copy, f.panels.schema, openError));
    Workspace other;
    other.schema = f.panels.schema;
    auto received = other.open(copy);
    const Store &store = received->store();
    CHECK(store.count(Jury::Tables::poolPerson().table()) == 0);
    CHECK(store.count(Jury::Tables::juror().table()) == 12);
    CHECK(Jury::DrawStore::record(store)->fingerprints.pool == poolFingerprint);
    const QList<Row> records = store.rows(Entities::shareRecord());
    REQUIRE(records.size() == 1);
    CHECK(text(records[0], "recipient") == QStringLiteral("Communauté de communes du Val"));
    CHECK(text(records[0], "sender") == text(f.project().store().rows(Entities::project()).first(), "administration"));
    CHECK(text(records[0], "source_file") == QStringLiteral("cantine.atelier"));
    CHECK(QDateTime::fromString(text(records[0], "shared_at"), Qt::ISODate).secsTo(QDateTime::currentDateTimeUtc()) < 600);
    CHECK(store.projectId() == f.project().store().projectId()); // the same project, so it can come back

    // A copy of the copy, for a third administration: both shares recorded, in order.
    QString why;
    const auto again = ShareCopy::write(*received, other.path(QStringLiteral("tiers.atelier")),
                                        {QStringLiteral("Communauté de communes du Val"), QStringLiteral("Département"), f.panels.personalData()},
                                        &why);
    INFO(why.toStdString());
    REQUIRE(again);
    CHECK(again->leftOut.isEmpty()); // nothing personal was left to take out
    Workspace third;
    third.schema = f.panels.schema;
    auto chained = third.open(other.path(QStringLiteral("tiers.atelier")));
    const QList<Row> chain = chained->store().rows(Entities::shareRecord());
    REQUIRE(chain.size() == 2);
    CHECK(text(chain[1], "recipient") == QStringLiteral("Département"));
}

TEST_CASE("Export for sharing refuses a copy over the project's own file, into a folder that does not exist, or one someone else has open; nothing is written",
          "[share]")
{
    WindowFixture f;
    REQUIRE(f.docs().newProject());
    QString error;
    const QString document = f.ws.path(QStringLiteral("projet.atelier"));
    REQUIRE(f.project().saveAs(document, &error));
    const QByteArray before = bytesOf(document);
    const ShareRequest request{QStringLiteral("Ville"), QStringLiteral("Région"), f.panels.personalData()};
    CHECK_FALSE(ShareCopy::write(f.project(), document, request, &error));
    CHECK(error.contains(QStringLiteral("own file")));
    CHECK(bytesOf(document) == before);
    // A folder that does not exist: said, nothing written.
    const QString nowhere = f.ws.path(QStringLiteral("absent/x.atelier"));
    error.clear();
    CHECK_FALSE(ShareCopy::write(f.project(), nowhere, request, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(QFile::exists(nowhere));
    // Held by another instance: its lock file says so.
    const QString held = f.ws.path(QStringLiteral("ouvert.atelier"));
    DocumentLock other;
    REQUIRE(other.acquire(held, nullptr) == DocumentLock::Result::Acquired);
    CHECK_FALSE(ShareCopy::write(f.project(), held, request, &error));
    CHECK(error.contains(QStringLiteral("open elsewhere")));
}

TEST_CASE("atelier share: the copy written, what was left out listed, the project untouched; misuse refused", "[share][cli]")
{
    Workspace ws;
    const QString demo = ws.path(QStringLiteral("démo.atelier"));
    REQUIRE(atelier({QStringLiteral("demo"), demo}).code == 0);
    const QByteArray before = fileHash(demo);
    const QString copy = ws.path(QStringLiteral("copie.atelier"));
    const AtelierRun run = atelier({QStringLiteral("share"), demo, QStringLiteral("-o"), copy, QStringLiteral("--for"),
                                    QStringLiteral("Mairie de Valbrune-Nord")});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("left out: the citizen jury's recruitment pool (261)")));
    CHECK(run.out.contains(QStringLiteral("left out: the participants' contacts")));
    CHECK(fileHash(demo) == before);
    CHECK(atelier({QStringLiteral("check"), copy}).code == 0);
    CHECK(atelier({QStringLiteral("jury"), QStringLiteral("verify"), copy}).code == 2); // the pool stayed home
    // Without --for: the copy is written, its recipient left unsaid.
    const AtelierRun unsaid = atelier({QStringLiteral("share"), demo, QStringLiteral("-o"), ws.path(QStringLiteral("b.atelier"))});
    CHECK(unsaid.code == 0);
    CHECK(unsaid.out.contains(QStringLiteral("Shared copy written to “b.atelier”.")));
    CHECK(atelier({QStringLiteral("share"), demo, QStringLiteral("-o")}).code == 1);
    const AtelierRun over = atelier({QStringLiteral("share"), demo, QStringLiteral("-o"), demo, QStringLiteral("--for"), QStringLiteral("X")});
    CHECK(over.code == 2);
    CHECK(fileHash(demo) == before);
}
