// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jurydemo.h"

#include "drawstore.h"
#include "juryschema.h"
#include "poolstore.h"

#include "core/edit.h"
#include "core/projectcontext.h"
#include "core/store.h"

#include <QStringList>

#include <tuple>

namespace Atelier::Jury::JuryDemo {

static const QStringList &women()
{
    static const QStringList names{
        QStringLiteral("Camille"), QStringLiteral("Léa"),    QStringLiteral("Manon"),     QStringLiteral("Chloé"),
        QStringLiteral("Inès"),    QStringLiteral("Sarah"),  QStringLiteral("Nathalie"),  QStringLiteral("Isabelle"),
        QStringLiteral("Sylvie"),  QStringLiteral("Martine"), QStringLiteral("Françoise"), QStringLiteral("Aïcha"),
        QStringLiteral("Julie"),   QStringLiteral("Émilie"), QStringLiteral("Monique"),   QStringLiteral("Yasmine")};
    return names;
}

static const QStringList &men()
{
    static const QStringList names{
        QStringLiteral("Thomas"),  QStringLiteral("Lucas"),   QStringLiteral("Hugo"),    QStringLiteral("Mehdi"),
        QStringLiteral("Nicolas"), QStringLiteral("Julien"),  QStringLiteral("Philippe"), QStringLiteral("Michel"),
        QStringLiteral("Alain"),   QStringLiteral("Bernard"), QStringLiteral("Karim"),   QStringLiteral("Théo"),
        QStringLiteral("Olivier"), QStringLiteral("Jérôme"),  QStringLiteral("Yves"),    QStringLiteral("Samuel")};
    return names;
}

static const QStringList &surnames()
{
    static const QStringList names{
        QStringLiteral("Martin"),  QStringLiteral("Bernard"), QStringLiteral("Dubois"),  QStringLiteral("Thomas"),
        QStringLiteral("Robert"),  QStringLiteral("Richard"), QStringLiteral("Petit"),   QStringLiteral("Durand"),
        QStringLiteral("Leroy"),   QStringLiteral("Moreau"),  QStringLiteral("Simon"),   QStringLiteral("Laurent"),
        QStringLiteral("Lefèvre"), QStringLiteral("Michel"),  QStringLiteral("Garcia"),  QStringLiteral("David"),
        QStringLiteral("Bertin"),  QStringLiteral("Roux"),    QStringLiteral("Vincent"), QStringLiteral("Fournier"),
        QStringLiteral("Morel"),   QStringLiteral("Girard"),  QStringLiteral("André"),   QStringLiteral("Mercier"),
        QStringLiteral("Dupont"),  QStringLiteral("Lambert"), QStringLiteral("Bonnet"),  QStringLiteral("François"),
        QStringLiteral("Haddad"),  QStringLiteral("Nguyen"),  QStringLiteral("Benali"),  QStringLiteral("Traoré")};
    return names;
}

static const QStringList &quarters()
{
    static const QStringList names{QStringLiteral("Centre-ville"), QStringLiteral("Les Tilleuls"),
                                   QStringLiteral("Jean-Zay"), QStringLiteral("La Gare")};
    return names;
}

/// The i-th person of the town: always the same.
static QStringList person(int i)
{
    const quint32 h = quint32(i) * 2654435761u; // Knuth's multiplicative hash spreads the indexes
    const bool woman = (h >> 7) % 100 < 52;
    const QStringList &first = woman ? women() : men();
    return {surnames()[int((h >> 11) % quint32(surnames().size()))] + (i >= 512 ? QStringLiteral("-") + surnames()[i % 32] : QString()),
            first[int((h >> 3) % quint32(first.size()))] + (i % 7 == 0 ? QStringLiteral(" Marie") : QString()),
            QStringLiteral("%1/%2/%3").arg(1 + int((h >> 5) % 28), 2, 10, QLatin1Char('0'))
                .arg(1 + int((h >> 9) % 12), 2, 10, QLatin1Char('0'))
                .arg(1936 + int((h >> 13) % 72)),
            woman ? QStringLiteral("F") : QStringLiteral("M"),
            quarters()[int((h >> 17) % 4)],
            QStringLiteral("%1 rue %2").arg(1 + i / 3).arg(quarters()[int((h >> 17) % 4)])};
}

QByteArray roll(int people)
{
    QByteArray out("Nom;Pr\xC3\xA9noms;Date de naissance;Sexe;Quartier;Adresse;Commune\r\n");
    for (int i = 0; i < people; ++i)
        out += (person(i).join(u';') + QStringLiteral(";Valbrune\r\n")).toUtf8();
    return out;
}

QByteArray volunteers(int people, int alsoOnRoll)
{
    QByteArray out("Nom;Pr\xC3\xA9noms;Date de naissance;Sexe;Quartier\r\n");
    for (int k = 0; k < people; ++k) {
        // On the roll too: every 37th person of the roll; the others live in the town without being
        // on its roll (new residents, foreigners from outside the EU, young people of 16 and 17).
        const QStringList p = person(k < alsoOnRoll ? k * 37 : 100000 + k);
        out += (p.mid(0, 5).join(u';') + QStringLiteral("\r\n")).toUtf8();
    }
    return out;
}

bool draw(ProjectContext &ctx, QString *error)
{
    const QDate day(2026, 9, 1);
    const QByteArray rollList = roll(240), volunteersList = volunteers(24, 6);
    const auto import = [&](const QByteArray &bytes, const QString &file, const QString &source) {
        return PoolStore::import(ctx, bytes, file, source, Pool::guess(Csv::read(bytes).records.first()), day, error).has_value();
    };
    if (!import(rollList, QStringLiteral("extrait-liste-electorale-valbrune.csv"), QStringLiteral("roll")) ||
        !import(volunteersList, QStringLiteral("volontaires-jury-citoyen.csv"), QStringLiteral("volunteers")) ||
        DrawStore::prepare(ctx, error).isEmpty() || !DrawStore::setCategories(ctx, {QStringLiteral("sex"), QStringLiteral("neighbourhood"), QStringLiteral("source")}, error) ||
        !DrawStore::setProportionalQuotas(ctx, error))
        return false;
    // At least two volunteers (proportional quotas would give them at most one seat), so ten at most
    // from the roll.
    for (const Row &q : ctx.store.rows(Tables::quota())) {
        const bool volunteer = text(q, "value") == QLatin1String("volunteers");
        if (text(q, "category") == QLatin1String("source") &&
            !Edit::setValues(ctx, Tables::quota(),
                             {{text(q, "id"), QStringLiteral("min"), volunteer ? 2 : 9},
                              {text(q, "id"), QStringLiteral("max"), volunteer ? 3 : 10}},
                             DrawStoreText::tr("Prepare the draw")))
            return false;
    }
    const QString drawId = DrawStore::record(ctx.store)->id;
    if (!Edit::setValue(ctx, Tables::draw(), drawId, QStringLiteral("daily_allowance"), 8000) || !DrawStore::freeze(ctx, error))
        return false;
    for (const auto &[name, number] : {std::pair{QStringLiteral("Hélène Vasseur (conseil de quartier des Tilleuls)"), QStringLiteral("5")},
                                       std::pair{QStringLiteral("Bruno Caillaud (association des parents d'élèves)"), QStringLiteral("36")}})
        if (Edit::addRow(ctx, Tables::witness(), {{QStringLiteral("name"), name}, {QStringLiteral("number"), number}}).isEmpty())
            return false;
    if (!DrawStore::drawJury(ctx, error))
        return false;
    // The demo's citizen jurors (the data's participants) become the people drawn: the cards and seats
    // that name them stay theirs; the participants the draw wrote are not needed twice.
    QStringList demoJurors;
    for (const Row &p : ctx.store.rows(Entities::participant()))
        if (text(p, "role") == QLatin1String("citizen_juror") && text(p, "organisation") != DrawStoreText::tr("Citizen jury"))
            demoJurors << text(p, "id");
    const QList<Juror> jurors = DrawStore::jurors(ctx.store);
    QStringList written;
    for (int k = 0; k < jurors.size() && k < demoJurors.size(); ++k) {
        const Juror &j = jurors[k];
        written << j.participantId;
        const bool ok =
            Edit::setValues(ctx, Entities::participant(),
                            {{demoJurors[k], QStringLiteral("name"), j.firstNames + u' ' + j.lastName},
                             {demoJurors[k], QStringLiteral("organisation"), DrawStoreText::tr("Citizen jury (drawn by lot: %1)")
                                                                              .arg(Setup::profileLabel(DrawStore::record(ctx.store)->categories, j.profile))}},
                            DrawStoreText::tr("Draw the jury")) &&
            Edit::setValues(ctx, Tables::juror(),
                            {{j.id, QStringLiteral("participant_id"), demoJurors[k]},
                             {j.id, QStringLiteral("ethics_training"), true},
                             {j.id, QStringLiteral("rules_training"), k % 4 != 3}},
                            DrawStoreText::tr("Draw the jury"));
        if (!ok)
            return false;
    }
    // Its sessions so far: the training, a half day on the award criteria (one juror in five missed
    // it), and the hearing of the bidders.
    const QList<std::tuple<QString, QString, double>> sessions{
        {QStringLiteral("2026-02-04"), DrawStoreText::tr("Training: ethics and the rules of public procurement"), 1.0},
        {QStringLiteral("2026-03-11"), DrawStoreText::tr("Working session: the award criteria"), 0.5},
        {QStringLiteral("2026-04-15"), DrawStoreText::tr("Hearing of the bidders"), 1.0}};
    for (const auto &[date, title, days] : sessions) {
        const QString session = Edit::addRow(
            ctx, Tables::session(), {{QStringLiteral("date"), date}, {QStringLiteral("title"), title}, {QStringLiteral("days"), days}});
        if (session.isEmpty())
            return false;
        for (int k = 0; k < jurors.size(); ++k)
            if ((days != 0.5 || k % 5 != 4) && !DrawStore::setAttended(ctx, jurors[k].id, session, true))
                return false;
    }
    return written.isEmpty() || Edit::removeRows(ctx, Entities::participant(), written);
}

} // namespace Atelier::Jury::JuryDemo
