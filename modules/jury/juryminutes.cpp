// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "juryminutes.h"

#include "comparison.h"
#include "drawstore.h"
#include "juryschema.h"

#include "core/entities.h"
#include "core/format.h"
#include "core/store.h"

#include <QLocale>

namespace Atelier::Jury {

std::optional<Reports::Document> JuryMinutes::minutes(const Store &store, QString *error)
{
    const std::optional<DrawRecord> d = DrawStore::record(store);
    if (!d || d->state != QLatin1String("drawn")) {
        if (error)
            *error = tr("The jury has not been drawn yet: the minutes are written once it is.");
        return std::nullopt;
    }
    const TableInfo &project = Entities::project();
    Reports::ReportInfo info;
    info.title = tr("Minutes of the draw by lot");
    info.projectTitle = store.value(project, store.projectId(), QStringLiteral("title")).toString();
    info.author = store.value(project, store.projectId(), QStringLiteral("administration")).toString();
    info.subject = tr("The citizen jury drawn by lot: fair, and verifiable by anyone");
    info.keywords = {tr("citizen jury"), tr("draw by lot"), QStringLiteral("LEXIMIN")};
    info.language = QLocale().name().replace(u'_', u'-');
    info.date = QDate::currentDate();
    info.cover = false;
    Reports::Writer w(info);
    w.section(tr("Minutes of the draw by lot of the citizen jury"), false);
    w.lead(tr("Project:"), info.projectTitle);
    w.lead(tr("Frozen (everything fixed and fingerprinted):"), Format::timestamp(d->frozenAt));
    w.lead(tr("Drawn:"), Format::timestamp(d->drawnAt));

    w.heading(tr("The pool"));
    QList<QStringList> lists;
    for (const Row &r : store.rows(Tables::poolImport()))
        lists << QStringList{Tables::poolImport().field(QStringLiteral("source"))->choiceLabel(text(r, "source")), text(r, "file_name"),
                             Format::number(r.value(QStringLiteral("accepted")).toDouble()), text(r, "file_sha256")};
    w.table({{tr("List")}, {tr("File"), false, 2}, {tr("People kept"), true}, {tr("SHA-256 of the file"), false, 5}}, lists);
    w.note(tr("The lists are archived by the administration as they were imported: their SHA-256 above identifies them."));

    w.heading(tr("Settings and quotas"));
    w.lead(tr("Jurors drawn:"), QString::number(d->settings.panelSize));
    w.lead(tr("At most one person per household:"), d->settings.onePerHousehold ? tr("yes") : tr("no"));
    QStringList categories;
    for (const Category &c : d->categories)
        categories << Setup::categoryLabel(c.name);
    w.lead(tr("Categories:"), categories.join(QStringLiteral(", ")));
    QList<QStringList> quotas;
    for (const QuotaSetting &q : DrawStore::quotas(store))
        quotas << QStringList{Setup::categoryLabel(q.category), Setup::valueLabel(q.category, q.value),
                              QString::number(q.min), QString::number(q.max)};
    w.table({{tr("Category")}, {tr("Value"), false, 2}, {tr("At least"), true}, {tr("At most"), true}}, quotas);

    w.heading(tr("Fingerprints fixed before any number was called"));
    w.table({{tr("What")}, {tr("SHA-256"), false, 5}},
            {{tr("pool (pseudonyms, profiles, households)"), d->fingerprints.pool},
             {tr("categories and quotas"), d->fingerprints.quotas},
             {tr("settings"), d->fingerprints.settings},
             {tr("published lottery"), d->fingerprints.lottery},
             {tr("algorithm"), d->fingerprints.algorithm}});

    w.heading(tr("Fairness"));
    QString why;
    const std::optional<DrawInputs> in = DrawStore::inputs(store, &why);
    if (in && !in->pool.isEmpty()) {
        const DrawProblem problem = Draw::problemOf(*in);
        const QList<double> fair = Draw::chances(problem, in->lottery);
        const QList<double> greedy =
            Comparison::greedyChances(problem, 2000, QByteArray::fromHex(d->fingerprints.lottery.toLatin1()));
        const double uniform = Comparison::uniformChance(problem);
        w.paragraph(tr("Each person's chance of a seat maximises the lowest chance of anyone, then the next lowest, "
                       "under the quotas (LEXIMIN). The least favoured person had a chance of %1; a uniform draw "
                       "would give everyone %2 but could not respect the quotas.")
                        .arg(Setup::chanceText(d->lowest), Setup::chanceText(uniform)));
        if (d->certified)
            w.paragraph(tr("This lowest chance was confirmed optimal by GLPK's exact simplex, in rational arithmetic "
                           "(no rounding)."));
        if (in->onePerHousehold)
            w.paragraph(Setup::householdText(Draw::householdBound(*in)));
        QList<QStringList> rows;
        for (int p = 0; p < problem.profiles.size(); ++p)
            rows << QStringList{Setup::profileText(in->categories, problem.profiles[p].values),
                                Format::number(problem.profiles[p].people), Setup::chanceText(fair.value(p)),
                                Setup::chanceText(greedy.value(p))};
        w.table({{tr("Profile"), false, 4}, {tr("People"), true}, {tr("Fair chance"), true}, {tr("Greedy quota-first"), true}}, rows);
    } else {
        w.paragraph(tr("The least favoured person had a chance of %1 (LEXIMIN). The pool has been purged from the "
                       "project since: the chances per profile are computed again from the archived lists.")
                        .arg(Setup::chanceText(d->lowest)));
    }

    w.heading(tr("Witnesses and the numbers they called"));
    QList<QStringList> called;
    int order = 0;
    for (const Witness &witness : DrawStore::witnesses(store))
        called << QStringList{QString::number(++order), witness.name, witness.number};
    w.table({{tr("Order"), true}, {tr("Witness"), false, 4}, {tr("Number called"), true, 2}}, called);

    w.heading(tr("The jury"));
    w.paragraph(tr("Panel %1 of the published lottery was drawn; then the people of each profile.").arg(d->panel + 1));
    QList<QStringList> jurors;
    QHash<QString, QString> names;
    const QList<Juror> all = DrawStore::jurors(store);
    for (const Juror &j : all)
        names.insert(j.id, j.firstNames + u' ' + j.lastName);
    order = 0;
    for (const Juror &j : all)
        jurors << QStringList{QString::number(++order), j.firstNames + u' ' + j.lastName, Setup::profileLabel(d->categories, j.profile),
                              j.substitute == 0 ? tr("drawn") : tr("substitute %1 for %2").arg(j.substitute).arg(names.value(j.replaces)),
                              Tables::juror().field(QStringLiteral("status"))->choiceLabel(j.status)};
    w.table({{tr("No."), true}, {tr("Juror"), false, 3}, {tr("Profile"), false, 4}, {tr("How"), false, 3}, {tr("Status"), false, 2}},
            jurors);

    w.heading(tr("How anyone can verify this draw"));
    w.paragraph(tr("The procedure is public (docs/jury-draw.md of Atelier Achat): the seed is the SHA-256 of the five "
                   "fingerprints above and of the numbers called, in order; a generator made of SHA-256 draws the "
                   "panel from the published lottery, then the people of each profile. With the archived lists, "
                   "the project file and these minutes, anyone can redo it:"));
    w.paragraph(QStringLiteral("atelier jury verify PROJET.atelier --pool LISTE.csv"));
    w.paragraph(tr("The command checks the fingerprints, every panel of the lottery against the quotas, the fairness "
                   "(LEXIMIN computed again), the jury and each substitute, and says whether it finds the same jury "
                   "bit for bit."));

    w.heading(tr("Signatures of the witnesses"));
    QList<QStringList> signatures;
    for (const Witness &witness : DrawStore::witnesses(store))
        signatures << QStringList{witness.name, QString()};
    w.form({{tr("Witness"), false, 2}, {tr("Signature"), false, 3}}, signatures, 14);
    return w.finish();
}

} // namespace Atelier::Jury
