// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "verification.h"

#include "csvreader.h"
#include "juryschema.h"
#include "poolstore.h"

#include "core/store.h"

#include <QCryptographicHash>
#include <QDateTime>

#include <cmath>

namespace Atelier::Jury::Verify {

std::optional<QList<PoolPerson>> poolPeople(const Store &store, const QList<ArchivedList> &archived, QStringList *problems)
{
    if (archived.isEmpty()) {
        QList<PoolPerson> people = PoolStore::people(store);
        if (people.isEmpty()) {
            *problems << VerifyText::tr("The pool was purged from the project: give the archived lists (--pool FILE for each).");
            return std::nullopt;
        }
        return people;
    }
    QHash<QString, const ArchivedList *> bySha;
    for (const ArchivedList &a : archived)
        bySha.insert(QString::fromLatin1(QCryptographicHash::hash(a.bytes, QCryptographicHash::Sha256).toHex()), &a);
    QList<PoolPerson> people;
    bool complete = true;
    for (const Row &import : store.rows(Tables::poolImport())) {
        const ArchivedList *a = bySha.value(text(import, "file_sha256"));
        if (!a) {
            *problems << VerifyText::tr("The list “%1” imported into the pool (SHA-256 %2) is not among the files given.")
                             .arg(text(import, "file_name"), text(import, "file_sha256"));
            complete = false;
            continue;
        }
        const QDate day = QDateTime::fromString(text(import, "imported_at"), Qt::ISODate).toLocalTime().date();
        PoolImport read = Pool::read(Csv::read(a->bytes), Pool::mappingFrom(text(import, "mapping")), day);
        for (PoolPerson &p : read.accepted) {
            p.source = text(import, "source");
            people << p;
        }
    }
    if (!complete)
        return std::nullopt;
    return people;
}

Verification verify(const Store &store, const QList<ArchivedList> &archived)
{
    Verification v;
    const std::optional<DrawRecord> d = DrawStore::record(store);
    if (!d || d->state != QLatin1String("drawn")) {
        v.problems << VerifyText::tr("This project holds no jury drawn by lot.");
        return v;
    }
    const std::optional<QList<PoolPerson>> people = poolPeople(store, archived, &v.problems);
    if (!people)
        return v;
    QString error;
    const std::optional<DrawInputs> in = DrawStore::inputs(store, *people, &error);
    if (!in) {
        v.problems << error;
        return v;
    }
    if (!Setup::lotteryFrom(d->lottery)) {
        v.problems << VerifyText::tr("The published lottery cannot be read.");
        return v;
    }
    // 1. The fingerprints fixed before the draw.
    const Fingerprints f = Draw::fingerprints(*in);
    const QList<std::tuple<QString, QString, QString>> prints{
        {VerifyText::tr("pool"), f.pool, d->fingerprints.pool},
        {VerifyText::tr("quotas"), f.quotas, d->fingerprints.quotas},
        {VerifyText::tr("settings"), f.settings, d->fingerprints.settings},
        {VerifyText::tr("lottery"), f.lottery, d->fingerprints.lottery},
        {VerifyText::tr("algorithm"), f.algorithm, d->fingerprints.algorithm}};
    for (const auto &[what, found, kept] : prints) {
        if (found == kept)
            v.checks << VerifyText::tr("Fingerprint of the %1: %2, as fixed before the draw.").arg(what, found);
        else
            v.problems << VerifyText::tr("Fingerprint of the %1: %2 found, %3 fixed before the draw.").arg(what, found, kept);
    }
    // 2. The lottery: every panel meets the quotas, the weights add up, and it is fair (LEXIMIN).
    const DrawProblem problem = Draw::problemOf(*in);
    qint64 total = 0;
    bool panelsMeet = true;
    for (int j = 0; j < in->lottery.panels.size(); ++j) {
        total += in->lottery.weights[j];
        if (in->lottery.panels[j].size() != problem.profiles.size() || !Leximin::meets(problem, in->lottery.panels[j]))
            panelsMeet = false;
    }
    if (total != Draw::kWeights)
        v.problems << VerifyText::tr("The lottery's weights add up to %1, not %2.").arg(total).arg(Draw::kWeights);
    if (panelsMeet)
        v.checks << VerifyText::tr("Each of the %n panel(s) of the lottery meets every quota.", nullptr, int(in->lottery.panels.size()));
    else
        v.problems << VerifyText::tr("A panel of the lottery breaks a quota or does not fit the pool.");
    if (panelsMeet) {
        const QList<double> chances = Draw::chances(problem, in->lottery);
        const double lowest = chances.isEmpty() ? 0 : *std::min_element(chances.cbegin(), chances.cend());
        QString why;
        const std::optional<Lottery> best = Leximin::solve(problem, &why);
        if (!best)
            v.problems << VerifyText::tr("The quotas cannot be met: %1").arg(why);
        else if (std::abs(best->lowest - lowest) > 1e-6)
            v.problems << VerifyText::tr("The lottery gives the least favoured a chance of %1, where the fairest gives %2.")
                              .arg(Setup::chanceText(lowest), Setup::chanceText(best->lowest));
        else if (best->certified)
            v.checks << VerifyText::tr("The lowest chance, %1, is the highest the quotas allow (LEXIMIN computed again, "
                                       "its optimum confirmed by GLPK's exact rational simplex).")
                            .arg(Setup::chanceText(lowest));
        else
            v.checks << VerifyText::tr("The lowest chance, %1, is the highest the quotas allow (LEXIMIN computed again; "
                                       "the exact rational simplex could not confirm it).")
                            .arg(Setup::chanceText(lowest));
    }
    // 3. The draw from the witnesses' numbers, then each substitute.
    const QList<Witness> called = DrawStore::witnesses(store);
    const DrawResult result = Draw::draw(*in, called);
    QList<Juror> jurors = DrawStore::jurors(store);
    QStringList drawn;
    for (const Juror &j : jurors)
        if (j.substitute == 0)
            drawn << j.pseudonym;
    if (result.panel != d->panel)
        v.problems << VerifyText::tr("The numbers called give panel %1 of the lottery; the project records panel %2.")
                          .arg(result.panel + 1).arg(d->panel + 1);
    if (result.pseudonyms == drawn)
        v.checks << VerifyText::tr("The %n witness number(s) give the same jury of %1, in the same order.", nullptr, int(called.size()))
                        .arg(drawn.size());
    else
        v.problems << VerifyText::tr("The numbers called give another jury than the one recorded.");
    std::sort(jurors.begin(), jurors.end(), [](const Juror &a, const Juror &b) { return a.substitute < b.substitute; });
    QStringList seated = drawn;
    for (const Juror &j : std::as_const(jurors)) {
        if (j.substitute == 0)
            continue;
        const auto replaced = std::find_if(jurors.cbegin(), jurors.cend(), [&](const Juror &k) { return k.id == j.replaces; });
        const QString expected = replaced == jurors.cend()
                                     ? QString()
                                     : Draw::substitute(*in, called, seated, replaced->pseudonym, j.substitute);
        if (expected == j.pseudonym)
            v.checks << VerifyText::tr("Substitute %1 is the one the procedure gives.").arg(j.substitute);
        else
            v.problems << VerifyText::tr("Substitute %1 is not the one the procedure gives.").arg(j.substitute);
        seated << j.pseudonym;
    }
    v.reproduced = v.problems.isEmpty();
    return v;
}

} // namespace Atelier::Jury::Verify
