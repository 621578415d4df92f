// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projetfixture.h"

#include <QTextCursor>
#include <QTextDocument>

using namespace Atelier;

TEST_CASE("Projet contributes its sections to reports", "[report]")
{
    Workspace ws;
    auto project = ws.create();
    auto &ctx = project->context();
    REQUIRE(Edit::setValue(ctx, Entities::project(), ctx.store.projectId(), QStringLiteral("origin"),
                           QStringLiteral("La cuisine centrale date de 1986.")));
    REQUIRE_FALSE(Edit::addRow(ctx, Entities::participant(),
                               {{QStringLiteral("name"), QStringLiteral("Nadia Ferhat")},
                                {QStringLiteral("role"), QStringLiteral("prescriber")}})
                      .isEmpty());
    Projet::ProjetPanel panel;
    const QList<ReportSection> sections = panel.reportSections(ctx);
    QStringList ids;
    QTextDocument doc;
    QTextCursor cursor(&doc);
    for (const ReportSection &s : sections) {
        ids << s.id;
        cursor.insertText(s.title);
        s.write(cursor);
    }
    CHECK(ids == QStringList{QStringLiteral("projet.identity"), QStringLiteral("projet.keydates"),
                             QStringLiteral("projet.participants"), QStringLiteral("projet.evidence")});
    const QString text = doc.toPlainText();
    CHECK(text.contains(QStringLiteral("La cuisine centrale date de 1986.")));
    CHECK(text.contains(QStringLiteral("Nadia Ferhat")));
    CHECK(text.contains(QStringLiteral("prescriber")));
    CHECK(text.contains(QStringLiteral("No evidence yet.")));
}
