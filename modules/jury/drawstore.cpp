// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "drawstore.h"

#include "comparison.h"
#include "juryschema.h"
#include "poolstore.h"

#include "core/edit.h"
#include "core/projectcontext.h"
#include "core/store.h"

#include <QDateTime>
#include <QUndoStack>

namespace Atelier::Jury::DrawStore {

static bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

std::optional<DrawRecord> record(const Store &store)
{
    const QList<Row> rows = store.rows(Tables::draw());
    if (rows.isEmpty())
        return std::nullopt;
    const Row &r = rows.first();
    DrawRecord d;
    d.id = text(r, "id");
    d.settings.panelSize = r.value(QStringLiteral("panel_size")).toInt();
    d.settings.onePerHousehold = r.value(QStringLiteral("one_per_household")).toBool();
    d.settings.categories = text(r, "categories").split(u',', Qt::SkipEmptyParts);
    d.settings.referenceYear = r.value(QStringLiteral("reference_year")).toInt();
    d.state = text(r, "state");
    d.categories = Setup::categoriesFrom(text(r, "definitions"));
    d.lottery = text(r, "lottery").toUtf8();
    d.fingerprints = {text(r, "pool_fp"), text(r, "quotas_fp"), text(r, "settings_fp"), text(r, "lottery_fp"),
                      text(r, "algorithm_fp")};
    d.lowest = r.value(QStringLiteral("lowest")).toDouble();
    d.certified = r.value(QStringLiteral("lowest_certified")).toBool();
    d.panel = r.value(QStringLiteral("panel")).toInt();
    d.frozenAt = text(r, "frozen_at");
    d.drawnAt = text(r, "drawn_at");
    d.dailyAllowance = r.value(QStringLiteral("daily_allowance")).toLongLong();
    return d;
}

QList<QuotaSetting> quotas(const Store &store)
{
    QList<QuotaSetting> out;
    for (const Row &r : store.rows(Tables::quota()))
        out << QuotaSetting{text(r, "category"), text(r, "value"), r.value(QStringLiteral("min")).toInt(),
                            r.value(QStringLiteral("max")).toInt()};
    return out;
}

QList<Witness> witnesses(const Store &store)
{
    QList<Witness> out;
    for (const Row &r : store.rows(Tables::witness()))
        out << Witness{text(r, "name"), text(r, "number")};
    return out;
}

QList<Juror> jurors(const Store &store)
{
    QList<Juror> out;
    for (const Row &r : store.rows(Tables::juror())) {
        Juror j;
        j.id = text(r, "id");
        j.pseudonym = text(r, "pseudonym");
        j.lastName = text(r, "last_name");
        j.firstNames = text(r, "first_names");
        j.profile = text(r, "profile");
        j.status = text(r, "status");
        j.replaces = text(r, "replaces");
        j.participantId = text(r, "participant_id");
        j.substitute = r.value(QStringLiteral("substitute")).toInt();
        j.ethics = r.value(QStringLiteral("ethics_training")).toBool();
        j.rules = r.value(QStringLiteral("rules_training")).toBool();
        out << j;
    }
    QHash<QString, double> days;
    for (const Session &s : sessions(store))
        days.insert(s.id, s.days);
    const QHash<QString, QSet<QString>> present = attendance(store);
    for (Juror &j : out)
        for (const QString &session : present.value(j.id))
            j.days += days.value(session);
    return out;
}

QList<Session> sessions(const Store &store)
{
    QList<Session> out;
    for (const Row &r : store.rows(Tables::session()))
        out << Session{text(r, "id"), QDate::fromString(text(r, "date"), Qt::ISODate), text(r, "title"),
                       r.value(QStringLiteral("days")).toDouble()};
    // Undated first (they were counted before sessions had dates), then by date; rows' order otherwise.
    std::stable_sort(out.begin(), out.end(), [](const Session &a, const Session &b) {
        return a.date.isValid() != b.date.isValid() ? !a.date.isValid() : a.date < b.date;
    });
    return out;
}

QHash<QString, QSet<QString>> attendance(const Store &store)
{
    QHash<QString, QSet<QString>> out;
    for (const Row &r : store.rows(Tables::attendance()))
        out[text(r, "juror_id")].insert(text(r, "session_id"));
    return out;
}

bool setAttended(ProjectContext &ctx, const QString &jurorId, const QString &sessionId, bool attended)
{
    QStringList rows;
    for (const Row &r : ctx.store.rows(Tables::attendance()))
        if (text(r, "juror_id") == jurorId && text(r, "session_id") == sessionId)
            rows << text(r, "id");
    if (attended == !rows.isEmpty())
        return true;
    if (attended)
        return !Edit::addRow(ctx, Tables::attendance(), {{QStringLiteral("juror_id"), jurorId}, {QStringLiteral("session_id"), sessionId}})
                    .isEmpty();
    return Edit::removeRows(ctx, Tables::attendance(), rows);
}

bool removeSession(ProjectContext &ctx, const QString &sessionId)
{
    QStringList present;
    for (const Row &r : ctx.store.rows(Tables::attendance()))
        if (text(r, "session_id") == sessionId)
            present << text(r, "id");
    const int before = ctx.undoStack.index();
    bool ok = true;
    {
        Edit::Group group(ctx, QCoreApplication::translate("Atelier::Entities", Tables::session().removeText));
        ok = (present.isEmpty() || Edit::removeRows(ctx, Tables::attendance(), present)) &&
             Edit::removeRows(ctx, Tables::session(), {sessionId});
    }
    if (!ok)
        Edit::takeBack(ctx, before);
    return ok;
}

/// The categories: as frozen once the draw is frozen, else as the pool gives them today.
static QList<Category> categoriesNow(const DrawRecord &d, const QList<PoolPerson> &people)
{
    return d.state == QLatin1String("setup") ? Setup::categoriesOf(d.settings, people) : d.categories;
}

static DrawSettings settingsNow(DrawRecord d)
{
    if (d.state == QLatin1String("setup"))
        d.settings.referenceYear = QDate::currentDate().year();
    return d.settings;
}

std::optional<DrawInputs> inputs(const Store &store, QString *error)
{
    return inputs(store, PoolStore::people(store), error);
}

std::optional<DrawInputs> inputs(const Store &store, const QList<PoolPerson> &people, QString *error)
{
    const std::optional<DrawRecord> d = record(store);
    if (!d) {
        fail(error, DrawStoreText::tr("No draw is prepared."));
        return std::nullopt;
    }
    const DrawSettings settings = settingsNow(*d);
    const QList<Category> categories = categoriesNow(*d, people);
    std::optional<DrawInputs> in =
        Setup::inputsOf(settings, categories, Setup::entriesOf(settings, categories, people), quotas(store), error);
    if (in && d->state != QLatin1String("setup")) {
        if (const auto lottery = Setup::lotteryFrom(d->lottery))
            in->lottery = *lottery;
    }
    return in;
}

static void replaceQuotas(ProjectContext &ctx, const QList<QuotaSetting> &quotas)
{
    QStringList old;
    for (const Row &r : ctx.store.rows(Tables::quota()))
        old << text(r, "id");
    if (!old.isEmpty())
        Edit::removeRows(ctx, Tables::quota(), old);
    QList<Row> rows;
    int position = 0;
    for (const QuotaSetting &q : quotas)
        rows << Row{{QStringLiteral("category"), q.category}, {QStringLiteral("value"), q.value},
                    {QStringLiteral("min"), q.min}, {QStringLiteral("max"), q.max},
                    {QStringLiteral("position"), position++}};
    if (!rows.isEmpty())
        Edit::addRows(ctx, Tables::quota(), rows, Entities::tr(Tables::quota().insertText));
}

QString prepare(ProjectContext &ctx, QString *error)
{
    if (const auto d = record(ctx.store))
        return d->id;
    const int before = ctx.undoStack.index();
    QString id;
    {
        Edit::Group group(ctx, DrawStoreText::tr("Prepare the draw"));
        id = Edit::addRow(ctx, Tables::draw(), {{QStringLiteral("reference_year"), QDate::currentDate().year()}});
        if (!id.isEmpty()) {
            DrawRecord d = *record(ctx.store);
            const QList<PoolPerson> people = PoolStore::people(ctx.store);
            const DrawSettings settings = settingsNow(d);
            const QList<Category> categories = Setup::categoriesOf(settings, people);
            replaceQuotas(ctx, Setup::proportional(categories, Setup::entriesOf(settings, categories, people),
                                                   settings.panelSize));
        }
    }
    if (id.isEmpty()) {
        Edit::takeBack(ctx, before);
        fail(error, DrawStoreText::tr("The draw could not be written."));
    }
    return id;
}

static bool settingUp(const Store &store, QString *error)
{
    const auto d = record(store);
    if (!d)
        return fail(error, DrawStoreText::tr("No draw is prepared."));
    if (d->state != QLatin1String("setup"))
        return fail(error, DrawStoreText::tr("The draw is frozen: its quotas and settings can no longer change."));
    return true;
}

bool setProportionalQuotas(ProjectContext &ctx, QString *error)
{
    if (!settingUp(ctx.store, error))
        return false;
    const DrawRecord d = *record(ctx.store);
    const QList<PoolPerson> people = PoolStore::people(ctx.store);
    const DrawSettings settings = settingsNow(d);
    const QList<Category> categories = Setup::categoriesOf(settings, people);
    Edit::Group group(ctx, DrawStoreText::tr("Quotas that follow the pool"));
    replaceQuotas(ctx, Setup::proportional(categories, Setup::entriesOf(settings, categories, people), settings.panelSize));
    return true;
}

bool setCategories(ProjectContext &ctx, const QStringList &keys, QString *error)
{
    if (!settingUp(ctx.store, error))
        return false;
    QStringList ordered;
    for (const QString &k : Setup::categoryKeys())
        if (keys.contains(k))
            ordered << k;
    const DrawRecord d = *record(ctx.store);
    const int before = ctx.undoStack.index();
    bool ok = false;
    {
        Edit::Group group(ctx, DrawStoreText::tr("Change the categories"));
        ok = Edit::setValue(ctx, Tables::draw(), d.id, QStringLiteral("categories"), ordered.join(u','));
        // Quotas of a category no longer used go.
        QStringList gone;
        for (const Row &r : ctx.store.rows(Tables::quota()))
            if (!ordered.contains(text(r, "category")))
                gone << text(r, "id");
        if (ok && !gone.isEmpty())
            ok = Edit::removeRows(ctx, Tables::quota(), gone);
    }
    if (!ok) {
        Edit::takeBack(ctx, before);
        return fail(error, DrawStoreText::tr("The categories could not be changed."));
    }
    return true;
}

bool freeze(ProjectContext &ctx, QString *error)
{
    if (!settingUp(ctx.store, error))
        return false;
    std::optional<DrawInputs> in = inputs(ctx.store, error);
    if (!in)
        return false;
    if (in->pool.isEmpty())
        return fail(error, DrawStoreText::tr("The pool is empty: import the electoral roll or the volunteers first."));
    if (in->panelSize > in->pool.size())
        return fail(error, DrawStoreText::tr("The pool has %n person(s), fewer than the jury's seats.", nullptr, int(in->pool.size())));
    for (const QuotaSetting &q : quotas(ctx.store))
        if (q.min > q.max)
            return fail(error, DrawStoreText::tr("The quota for “%1” asks for at least %2 but at most %3: raise the maximum "
                                                 "to %2, or lower the minimum to %3.")
                                   .arg(Setup::valueLabel(q.category, q.value))
                                   .arg(q.min)
                                   .arg(q.max));
    const DrawProblem problem = Draw::problemOf(*in);
    QString why;
    const std::optional<Lottery> lottery = Leximin::solve(problem, &why);
    if (!lottery) {
        const QStringList words = Comparison::explain(problem, Leximin::relaxation(problem));
        return fail(error, (QStringList{why} + words).join(u'\n'));
    }
    in->lottery = Draw::publish(*lottery);
    const Fingerprints f = Draw::fingerprints(*in);
    const DrawRecord d = *record(ctx.store);
    const QList<FieldChange> changes{
        {d.id, QStringLiteral("state"), QStringLiteral("frozen")},
        {d.id, QStringLiteral("reference_year"), QDate::currentDate().year()},
        {d.id, QStringLiteral("definitions"), Setup::categoriesText(in->categories)},
        {d.id, QStringLiteral("lottery"), QString::fromUtf8(Draw::canonicalLottery(in->lottery))},
        {d.id, QStringLiteral("pool_fp"), f.pool},
        {d.id, QStringLiteral("quotas_fp"), f.quotas},
        {d.id, QStringLiteral("settings_fp"), f.settings},
        {d.id, QStringLiteral("lottery_fp"), f.lottery},
        {d.id, QStringLiteral("algorithm_fp"), f.algorithm},
        {d.id, QStringLiteral("lowest"), lottery->lowest},
        {d.id, QStringLiteral("lowest_certified"), lottery->certified},
        {d.id, QStringLiteral("frozen_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    if (!Edit::setValues(ctx, Tables::draw(), changes, DrawStoreText::tr("Freeze the draw")))
        return fail(error, DrawStoreText::tr("The draw could not be written."));
    return true;
}

/// The people of the pool behind some pseudonyms (the jurors' names), found in one pass.
static QHash<QString, PoolPerson> peopleBehind(const QList<PoolPerson> &people, const QStringList &pseudonyms)
{
    QHash<QString, PoolPerson> found;
    for (const PoolPerson &p : people)
        if (const QString pseudonym = Draw::pseudonym(p.identity()); pseudonyms.contains(pseudonym) && !found.contains(pseudonym))
            found.insert(pseudonym, p);
    return found;
}

static QString profileOf(const DrawInputs &in, const QString &pseudonym)
{
    for (const PoolEntry &e : in.pool)
        if (e.pseudonym == pseudonym)
            return Setup::profileKeys(in.categories, e.values);
    return {};
}

/// Seats a juror: their row, and a participant of the project as a citizen juror.
static bool seat(ProjectContext &ctx, const DrawInputs &in, const QHash<QString, PoolPerson> &people, const QString &pseudonym,
                 int substitute, const QString &replaces, int position)
{
    const auto p = people.constFind(pseudonym);
    if (p == people.constEnd())
        return false;
    const QString participant = Edit::addRow(
        ctx, Entities::participant(),
        {{QStringLiteral("name"), p->firstNames + u' ' + p->lastName},
         {QStringLiteral("organisation"), DrawStoreText::tr("Citizen jury")},
         {QStringLiteral("role"), QStringLiteral("citizen_juror")}});
    return !participant.isEmpty() &&
           !Edit::addRow(ctx, Tables::juror(),
                         {{QStringLiteral("pseudonym"), pseudonym},
                          {QStringLiteral("last_name"), p->lastName},
                          {QStringLiteral("first_names"), p->firstNames},
                          {QStringLiteral("profile"), profileOf(in, pseudonym)},
                          {QStringLiteral("substitute"), substitute},
                          {QStringLiteral("replaces"), replaces},
                          {QStringLiteral("participant_id"), participant},
                          {QStringLiteral("position"), position}})
                .isEmpty();
}

bool drawJury(ProjectContext &ctx, QString *error)
{
    const auto d = record(ctx.store);
    if (!d || d->state != QLatin1String("frozen"))
        return fail(error, DrawStoreText::tr("Freeze the draw first: its fingerprints must be fixed before any number is called."));
    const QList<Witness> called = witnesses(ctx.store);
    if (called.isEmpty())
        return fail(error, DrawStoreText::tr("No witness has called a number yet."));
    for (const Witness &w : called) {
        const QString n = w.number.trimmed();
        if (n.isEmpty() || !std::all_of(n.cbegin(), n.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
            return fail(error, DrawStoreText::tr("The number of %1 is not made of digits only: “%2”.")
                                   .arg(w.name.isEmpty() ? DrawStoreText::tr("a witness") : w.name, w.number));
    }
    const std::optional<DrawInputs> in = inputs(ctx.store, error);
    if (!in)
        return false;
    const DrawResult result = Draw::draw(*in, called);
    if (result.pseudonyms.size() != in->panelSize)
        return fail(error, DrawStoreText::tr("The draw found %1 people for %2 seats.").arg(result.pseudonyms.size()).arg(in->panelSize));
    const QHash<QString, PoolPerson> people = peopleBehind(PoolStore::people(ctx.store), result.pseudonyms);
    const int before = ctx.undoStack.index();
    bool ok = true;
    {
        Edit::Group group(ctx, DrawStoreText::tr("Draw the jury"));
        int position = 0;
        for (const QString &pseudonym : result.pseudonyms)
            ok = ok && seat(ctx, *in, people, pseudonym, 0, {}, position++);
        ok = ok && Edit::setValues(ctx, Tables::draw(),
                                   {{d->id, QStringLiteral("state"), QStringLiteral("drawn")},
                                    {d->id, QStringLiteral("panel"), result.panel},
                                    {d->id, QStringLiteral("drawn_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}},
                                   DrawStoreText::tr("Draw the jury"));
    }
    if (!ok) {
        Edit::takeBack(ctx, before);
        return fail(error, DrawStoreText::tr("The jury could not be written."));
    }
    return true;
}

bool replace(ProjectContext &ctx, const QString &jurorId, QString *error)
{
    const auto d = record(ctx.store);
    if (!d || d->state != QLatin1String("drawn"))
        return fail(error, DrawStoreText::tr("The jury has not been drawn."));
    const QList<Juror> all = jurors(ctx.store);
    const auto leaving = std::find_if(all.cbegin(), all.cend(), [&](const Juror &j) { return j.id == jurorId; });
    if (leaving == all.cend() || leaving->status != QLatin1String("seated"))
        return fail(error, DrawStoreText::tr("This juror is not on the jury."));
    const std::optional<DrawInputs> in = inputs(ctx.store, error);
    if (!in)
        return false;
    if (PoolStore::people(ctx.store).isEmpty())
        return fail(error, DrawStoreText::tr("The pool was purged: no substitute can be drawn from it any more."));
    QStringList drawn;
    int substitutes = 0;
    for (const Juror &j : all) {
        drawn << j.pseudonym;
        substitutes = std::max(substitutes, j.substitute);
    }
    const QString chosen = Draw::substitute(*in, witnesses(ctx.store), drawn, leaving->pseudonym, substitutes + 1);
    if (chosen.isEmpty())
        return fail(error, DrawStoreText::tr("Nobody of this juror's profile is left in the pool: the seat stays empty."));
    const int before = ctx.undoStack.index();
    bool ok = false;
    {
        Edit::Group group(ctx, DrawStoreText::tr("Replace %1 %2").arg(leaving->firstNames, leaving->lastName));
        ok = Edit::setValue(ctx, Tables::juror(), jurorId, QStringLiteral("status"), QStringLiteral("withdrawn")) &&
             seat(ctx, *in, peopleBehind(PoolStore::people(ctx.store), {chosen}), chosen, substitutes + 1, jurorId,
                  int(all.size()));
    }
    if (!ok) {
        Edit::takeBack(ctx, before);
        return fail(error, DrawStoreText::tr("The substitute could not be written."));
    }
    return true;
}

} // namespace Atelier::Jury::DrawStore
