// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tourstore.h"

#include "tourschema.h"

#include "core/edit.h"
#include "core/projectcontext.h"
#include "core/store.h"

#include <QFile>
#include <QUndoStack>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Atelier::Tour {

static QList<Row> childrenOf(const Store &store, const TableInfo &table, const char *column, const QString &parent)
{
    QList<Row> out;
    for (const Row &r : store.rows(table))
        if (text(r, column) == parent)
            out << r;
    return out;
}

QList<Row> TourStore::tours(const Store &store)
{
    return store.rows(Tables::tour());
}

Row TourStore::tourOfContract(const Store &store, const QString &contractId)
{
    for (const Row &t : tours(store))
        if (text(t, "contract_id") == contractId)
            return t;
    return {};
}

QString TourStore::title(const Store &store, const QString &tourId)
{
    const QString contract = store.value(Tables::tour(), tourId, QStringLiteral("contract_id")).toString();
    const QString name = Entities::contractName(store, contract);
    return name.isEmpty() ? TourStoreText::tr("Co-operator tour") : TourStoreText::tr("Co-operator tour with %1").arg(name);
}

QList<Person> TourStore::people(const Store &store, const QString &tourId)
{
    QList<Person> out;
    for (const Row &p : childrenOf(store, Tables::person(), "tour_id", tourId)) {
        const Row participant = store.row(Entities::participant(), text(p, "participant_id"));
        if (participant.isEmpty())
            continue;
        out << Person{text(p, "participant_id"), text(participant, "name"), text(participant, "organisation"),
                      text(p, "side"), text(p, "day_role")};
    }
    return out;
}

QHash<QString, QString> TourStore::side(const QList<Person> &people, const char *side)
{
    QHash<QString, QString> out;
    for (const Person &p : people)
        if (p.side == QLatin1String(side))
            out.insert(p.participantId, p.name);
    return out;
}

QList<Slot> TourStore::slots(const Store &store, const QString &tourId)
{
    QList<Slot> out;
    const QString format = QStringLiteral("HH:mm");
    for (const Row &r : childrenOf(store, Tables::slot(), "tour_id", tourId))
        out << Slot{text(r, "id"), QTime::fromString(text(r, "starts"), format), QTime::fromString(text(r, "ends"), format),
                    text(r, "host"), text(r, "activity"), text(r, "title")};
    return out;
}

QList<Row> TourStore::steps(const Store &store, const QString &tourId)
{
    return childrenOf(store, Tables::step(), "tour_id", tourId);
}

QList<Word> TourStore::words(const Store &store, const QString &tourId)
{
    QList<Word> out;
    for (const Row &r : childrenOf(store, Tables::word(), "tour_id", tourId))
        out << Word{text(r, "id"), text(r, "side"), text(r, "word"), text(r, "definition"), text(r, "correction")};
    return out;
}

QList<Row> TourStore::photos(const Store &store, const QString &tourId)
{
    return childrenOf(store, Tables::photo(), "tour_id", tourId);
}

QList<QuizQuestion> TourStore::quiz(const Store &store, const QString &tourId)
{
    QList<QuizQuestion> out;
    for (const Row &r : childrenOf(store, Tables::quizQuestion(), "tour_id", tourId))
        out << QuizQuestion{text(r, "id"),
                            text(r, "question"),
                            {text(r, "choice_a"), text(r, "choice_b"), text(r, "choice_c"), text(r, "choice_d")},
                            std::max(0, Quiz::indexOf(text(r, "correct"))),
                            text(r, "explanation"),
                            text(r, "article")};
    return out;
}

QList<QuizAnswer> TourStore::answers(const Store &store, const QString &tourId)
{
    QSet<QString> questions;
    for (const Row &q : childrenOf(store, Tables::quizQuestion(), "tour_id", tourId))
        questions.insert(text(q, "id"));
    QList<QuizAnswer> out;
    for (const Row &a : store.rows(Tables::quizAnswer()))
        if (questions.contains(text(a, "question_id")))
            out << QuizAnswer{text(a, "question_id"), text(a, "participant_id"), Quiz::indexOf(text(a, "chosen"))};
    return out;
}

QList<Exchange> TourStore::exchanges(const Store &store, const QString &tourId)
{
    QList<Exchange> out;
    for (const Row &r : childrenOf(store, Tables::exchange(), "tour_id", tourId))
        out << Exchange{text(r, "id"), text(r, "subject"), text(r, "channel"), text(r, "frequency"),
                        text(r, "public_contact_id"), text(r, "holder_contact_id")};
    return out;
}

Signature TourStore::signature(const Row &tour, const char *side)
{
    const bool holder = qstrcmp(side, Side::kHolder) == 0;
    return {text(tour, holder ? "holder_signer_id" : "public_signer_id"),
            QDate::fromString(text(tour, holder ? "holder_signed_on" : "public_signed_on"), Qt::ISODate)};
}

AgreementCheck TourStore::agreement(const Store &store, const QString &tourId)
{
    const Row tour = store.row(Tables::tour(), tourId);
    const QList<Person> all = people(store, tourId);
    return Agreement::check(exchanges(store, tourId), text(tour, "escalation"), signature(tour, Side::kPublic),
                            signature(tour, Side::kHolder), side(all, Side::kPublic), side(all, Side::kHolder));
}

/// The booklet's French defaults, shipped with the panel.
static QJsonObject defaults()
{
    QFile file(QStringLiteral(":/tour/defaults/booklet-fr.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// Whether a participant belongs to the holder: its name or organisation names the holder's
/// organisation (the holder's name before any parenthesis, compared without case).
static bool ofHolder(const Row &participant, const QString &holder)
{
    const QString name = holder.section(QLatin1Char('('), 0, 0).trimmed().toCaseFolded();
    if (name.isEmpty())
        return false;
    return text(participant, "organisation").toCaseFolded().contains(name) ||
           text(participant, "name").toCaseFolded().contains(name);
}

QString prepare(ProjectContext &ctx, const QString &contractId)
{
    const Row contract = ctx.store.row(Entities::contract(), contractId);
    if (contract.isEmpty() || !TourStore::tourOfContract(ctx.store, contractId).isEmpty())
        return {};
    const QJsonObject d = defaults();
    const QDate notified = QDate::fromString(text(contract, "notification_date"), Qt::ISODate);
    const int before = ctx.undoStack.index();
    QString tour;
    bool ok = true;
    {
        Edit::Group group(ctx, TourStoreText::tr("Plan the co-operator tour"));
        tour = Edit::addRow(ctx, Tables::tour(),
                            {{QStringLiteral("contract_id"), contractId},
                             {QStringLiteral("tour_date"), notified.isValid() ? notified.addDays(1).toString(Qt::ISODate) : QString()},
                             {QStringLiteral("escalation"), d.value(QStringLiteral("escalation")).toString()}});
        ok = !tour.isEmpty();
        const auto add = [&](const TableInfo &table, Row row) {
            row.insert(QStringLiteral("tour_id"), tour);
            ok = ok && !Edit::addRow(ctx, table, row).isEmpty();
        };
        const QString holder = text(contract, "holder");
        for (const Row &p : ctx.store.rows(Entities::participant())) {
            const QString role = text(p, "role");
            const bool publicSide = role == QLatin1String("internal_buyer") || role == QLatin1String("prescriber");
            const bool holderSide = role == QLatin1String("economic_operator") && ofHolder(p, holder);
            if (publicSide || holderSide)
                add(Tables::person(), {{QStringLiteral("participant_id"), text(p, "id")},
                                       {QStringLiteral("side"), QLatin1String(holderSide ? Side::kHolder : Side::kPublic)},
                                       {QStringLiteral("day_role"), Entities::participant().field(QStringLiteral("role"))->choiceLabel(role)}});
        }
        // Each default row: its keys are the table's columns (the file is the panel's own).
        const auto rows = [&](const char *key, const TableInfo &table) {
            for (const QJsonValue &v : d.value(QLatin1String(key)).toArray()) {
                Row row;
                const QJsonObject o = v.toObject();
                for (auto it = o.begin(); it != o.end(); ++it)
                    if (table.field(it.key()))
                        row.insert(it.key(), it.value().toString());
                add(table, row);
            }
        };
        rows("slots", Tables::slot());
        rows("steps", Tables::step());
        rows("words", Tables::word());
        rows("quiz", Tables::quizQuestion());
        rows("exchanges", Tables::exchange());
    }
    if (!ok) {
        Edit::takeBack(ctx, before);
        return {};
    }
    return tour;
}

bool remove(ProjectContext &ctx, const QString &tourId)
{
    const auto ids = [&](const TableInfo &table, const char *column, const QStringList &parents) {
        QStringList out;
        for (const Row &r : ctx.store.rows(table))
            if (parents.contains(text(r, column)))
                out << text(r, "id");
        return out;
    };
    const QStringList questions = ids(Tables::quizQuestion(), "tour_id", {tourId});
    const int before = ctx.undoStack.index();
    bool ok = true;
    {
        Edit::Group group(ctx, TourStoreText::tr("Remove the co-operator tour"));
        const auto drop = [&](const TableInfo &table, const QStringList &rows) {
            ok = ok && (rows.isEmpty() || Edit::removeRows(ctx, table, rows));
        };
        drop(Tables::quizAnswer(), ids(Tables::quizAnswer(), "question_id", questions));
        drop(Tables::quizQuestion(), questions);
        for (const TableInfo *t : {&Tables::person(), &Tables::slot(), &Tables::step(), &Tables::word(), &Tables::photo(),
                                   &Tables::exchange()})
            drop(*t, ids(*t, "tour_id", {tourId}));
        drop(Tables::tour(), {tourId});
    }
    if (!ok)
        Edit::takeBack(ctx, before);
    return ok;
}

} // namespace Atelier::Tour
