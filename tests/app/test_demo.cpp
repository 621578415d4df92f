// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfixture.h"

#include "app/demo.h"
#include "core/attachmentfile.h"

#include <QImage>

using namespace Atelier;

TEST_CASE("The demo is built through undoable edits, with evidence that is intact", "[demo]")
{
    WindowFixture f;
    REQUIRE(f.docs().newProject());
    ProjectContext &ctx = f.project().context();
    QString error;
    REQUIRE(Demo::fill(ctx, f.panels.tables(), &error));
    CHECK(f.project().undoStack().count() > 20);
    CHECK(f.project().displayTitle().startsWith(QStringLiteral("Restauration scolaire")));

    QSet<QString> roles;
    for (const Row &p : ctx.store.rows(Entities::participant()))
        roles << p.value(QStringLiteral("role")).toString();
    for (const char *role : {"prescriber", "internal_buyer", "reservist_buyer", "elected_official",
                             "citizen_juror", "economic_operator"})
        CHECK(roles.contains(QLatin1String(role)));
    int jurors = 0;
    for (const Row &p : ctx.store.rows(Entities::participant()))
        jurors += p.value(QStringLiteral("role")).toString() == QStringLiteral("citizen_juror");
    CHECK(jurors == 12);

    int pictures = 0;
    for (const Row &a : ctx.store.rows(Entities::attachment())) {
        const QString id = a.value(QStringLiteral("id")).toString();
        const QByteArray data = ctx.store.blob(Entities::attachment(), id, QStringLiteral("data"));
        CHECK(AttachmentFile::sha256(data) == a.value(QStringLiteral("sha256")).toString());
        CHECK(data.size() == a.value(QStringLiteral("size")).toLongLong());
        pictures += !QImage::fromData(data).isNull();
    }
    CHECK(pictures >= 1);

    // Undo all the way back: the empty project again.
    while (f.project().undoStack().canUndo())
        f.project().undoStack().undo();
    CHECK(ctx.store.count(QStringLiteral("participant")) == 0);
    CHECK(ctx.store.count(QStringLiteral("attachment")) == 0);
    CHECK_FALSE(f.project().isModified());
}
