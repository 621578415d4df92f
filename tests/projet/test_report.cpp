// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projetfixture.h"

#include "reports/reportwriter.h"

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
    const QList<Reports::ReportSection> sections = panel.reportSections(ctx);
    QStringList ids;
    Reports::Writer writer(Reports::ReportInfo{});
    for (const Reports::ReportSection &s : sections) {
        ids << s.id;
        writer.section(s.title, false);
        s.write(writer);
    }
    CHECK(ids == QStringList{QStringLiteral("projet.purpose"), QStringLiteral("projet.identity"),
                             QStringLiteral("projet.keydates"), QStringLiteral("projet.participants"),
                             QStringLiteral("projet.evidence")});
    const QString text = writer.plainText();
    CHECK(text.contains(QStringLiteral("La cuisine centrale date de 1986.")));
    CHECK(text.contains(QStringLiteral("Nadia Ferhat")));
    CHECK(text.contains(QStringLiteral("prescriber")));
    CHECK(text.contains(QStringLiteral("No evidence yet.")));
    CHECK(text.contains(QStringLiteral("No citizen juror takes part yet")));
}
