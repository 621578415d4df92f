// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clausedocuments.h"

#include "clausecase.h"
#include "clausedecision.h"
#include "clauseschema.h"
#include "consentround.h"

#include "core/format.h"
#include "core/lawtable.h"
#include "core/projectcontext.h"
#include "core/steering.h"
#include "core/store.h"

#include <QLocale>

#include <algorithm>

namespace Atelier::Clause {

namespace {

QList<Row> decidedOf(const Store &store, const QString &contractId)
{
    QList<Row> out;
    for (const Row &e : ClauseCase::rowsWhere(store, Tables::evolution(), QStringLiteral("contract_id"), contractId))
        if (text(e, "status") == QLatin1String("decided"))
            out << e;
    return out;
}

QString orBlank(const QString &value)
{
    return value.trimmed().isEmpty() ? ClauseDocuments::tr("(to be filled in)") : value;
}

QString percentOf(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return QStringLiteral("—");
    return (part > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(100.0 * double(part) / double(whole), 'f', 1) +
           QStringLiteral(" %");
}

/// The chain of objections the scenario answers, the oldest first: “the company: …” on “Title”.
QStringList objectionsAnswered(const Store &store, const QString &scenarioId)
{
    QStringList out;
    QString id = scenarioId;
    for (int guard = 0; guard < 100 && !id.isEmpty(); ++guard) {
        const Row s = store.row(Tables::scenario(), id);
        const QString parent = text(s, "amends_scenario_id");
        if (parent.isEmpty())
            break;
        out.prepend(ClauseDocuments::tr("%1 — raised on “%2”, answered by “%3”.")
                        .arg(text(s, "answers_objection"),
                             store.value(Tables::scenario(), parent, QStringLiteral("title")).toString(),
                             text(s, "title")));
        id = parent;
    }
    return out;
}

} // namespace

QStringList ClauseDocuments::contractsWithModifications(const Store &store)
{
    QStringList names;
    for (const Row &c : store.rows(Entities::contract()))
        if (!decidedOf(store, text(c, "id")).isEmpty())
            names << Entities::contractName(store, text(c, "id"));
    return names;
}

int ClauseDocuments::mostModifications(const Store &store)
{
    int most = 0;
    for (const Row &c : store.rows(Entities::contract()))
        most = std::max(most, int(decidedOf(store, text(c, "id")).size()));
    return most;
}

QString ClauseDocuments::findModification(const Store &store, const QString &contract, const QString &number,
                                          QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QString();
    };
    const QString wanted = contract.trimmed().toCaseFolded();
    QStringList exact, found;
    for (const Row &c : store.rows(Entities::contract())) {
        const QString id = text(c, "id");
        if (decidedOf(store, id).isEmpty())
            continue;
        const QString holder = text(c, "holder").toCaseFolded();
        const QString full = Entities::contractName(store, id).toCaseFolded();
        if (holder == wanted || full == wanted)
            exact << id;
        else if (wanted.isEmpty() || holder.contains(wanted) || full.contains(wanted))
            found << id;
    }
    const QStringList candidates = exact.isEmpty() ? found : exact;
    if (candidates.isEmpty())
        return fail(tr("No contract with a decided modification matches “%1”.").arg(contract));
    if (candidates.size() > 1)
        return fail(tr("%n contract(s) with a decided modification match: name it with --contract HOLDER.", nullptr,
                       int(candidates.size())));
    const QList<Row> decided = decidedOf(store, candidates.first());
    if (number.trimmed().isEmpty())
        return text(decided.last(), "id");
    bool ok = false;
    const int n = number.toInt(&ok);
    if (!ok || n < 1 || n > decided.size())
        return fail(tr("The contract has %n decided modification(s): give a number from 1.", nullptr,
                       int(decided.size())));
    return text(decided.at(n - 1), "id");
}

std::optional<Reports::Document> ClauseDocuments::avenant(ProjectContext &ctx, const QString &evolutionId,
                                                          QString *error)
{
    const Store &store = ctx.store;
    const Row evolution = store.row(Tables::evolution(), evolutionId);
    if (text(evolution, "status") != QLatin1String("decided")) {
        if (error)
            *error = tr("Only a decided modification makes a draft avenant.");
        return std::nullopt;
    }
    const QString contractId = text(evolution, "contract_id");
    const Row contract = store.row(Entities::contract(), contractId);
    const Row scenario = store.row(Tables::scenario(), text(evolution, "chosen_scenario_id"));
    const QList<Row> decided = decidedOf(store, contractId);
    int number = 0;
    for (int i = 0; i < decided.size(); ++i)
        number = text(decided.at(i), "id") == evolutionId ? i + 1 : number;
    const ContractFacts facts = ClauseCase::contract(store, contractId);
    const Assessment assessment = ClauseCase::assess(store, text(scenario, "id"));
    const qint64 change = evolution.value(QStringLiteral("amount_change_cents")).toLongLong();
    const int delay = scenario.value(QStringLiteral("delay_months")).toInt();
    const QString administration =
        store.value(Entities::project(), store.projectId(), QStringLiteral("administration")).toString();

    Reports::ReportInfo info;
    info.title = tr("Draft avenant no. %1").arg(number);
    info.projectTitle = Entities::contractName(store, contractId);
    info.author = administration;
    info.subject = tr("Modification no. %1 of the contract, decided under the evolutivity clause").arg(number);
    info.keywords = {tr("avenant"), tr("evolutivity clause"), text(contract, "holder")};
    info.language = QLocale().name().replace(QLatin1Char('_'), QLatin1Char('-'));
    info.date = QDate::currentDate();
    info.cover = false;
    Reports::Writer w(info);
    w.section(tr("Draft avenant no. %1 to the contract “%2”").arg(number).arg(Entities::contractName(store, contractId)),
              false);
    w.note(tr("A draft prepared from the dialogue of the evolutivity clause: the buyer checks it before it is "
              "signed and notified. It is not legal advice."));

    w.heading(tr("Between the parties"));
    w.lead(tr("The buyer:"), orBlank(administration));
    w.lead(tr("The holder:"), orBlank(text(contract, "holder")));

    const TableInfo &contracts = Entities::contract();
    w.heading(tr("The contract"));
    w.lead(tr("Contract:"), Entities::contractName(store, contractId));
    w.lead(tr("Notified on:"), orBlank(Format::date(text(contract, "notification_date"))));
    w.lead(tr("Nature:"), contracts.field(QStringLiteral("nature"))->choiceLabel(text(contract, "nature")));
    if (!text(contract, "procedure").isEmpty())
        w.lead(tr("Procedure:"), contracts.field(QStringLiteral("procedure"))->choiceLabel(text(contract, "procedure")));
    if (!text(contract, "cpv_code").isEmpty())
        w.lead(tr("CPV code:"), text(contract, "cpv_code"));
    w.lead(tr("Amount at notification, excl. tax:"), Format::money(facts.initialCents));

    w.heading(tr("Object of the modification"));
    w.lead(tr("Scenario:"), text(scenario, "title"));
    if (!text(scenario, "services").isEmpty())
        w.lead(tr("Changes to the services:"), text(scenario, "services"));
    w.lead(tr("Motive:"), Tables::evolution().field(QStringLiteral("motive"))->choiceLabel(text(evolution, "motive")));
    if (!text(evolution, "reasons").isEmpty())
        w.paragraph(text(evolution, "reasons"));

    w.heading(tr("New amount and duration"));
    const int durationAfter = contract.value(QStringLiteral("duration_months")).toInt();
    w.table({{tr("Item"), false, 4}, {tr("Before"), true, 3}, {tr("This modification"), true, 3}, {tr("After"), true, 3}},
            {{tr("Amount excl. tax"), Format::money(assessment.newAmountCents - change),
              tr("%1 (%2 of the initial amount)").arg(Format::money(change), percentOf(change, facts.initialCents)),
              Format::money(assessment.newAmountCents)},
             {tr("Duration"), tr("%n month(s)", nullptr, durationAfter - delay), tr("%n month(s)", nullptr, delay),
              tr("%n month(s)", nullptr, durationAfter)}});
    QList<QStringList> targets;
    for (const Row &t : ClauseCase::rowsWhere(store, Tables::scenarioIndicator(), QStringLiteral("scenario_id"),
                                              text(scenario, "id")))
        targets << QStringList{store.value(Entities::indicator(), text(t, "indicator_id"), QStringLiteral("name")).toString(),
                               QLocale().toString(t.value(QStringLiteral("new_target")).toDouble())};
    if (!targets.isEmpty())
        w.table({{tr("Indicator of the strategy"), false, 6}, {tr("New target"), true, 3}}, targets);

    w.heading(tr("Legal basis"));
    w.paragraph(orBlank(text(evolution, "legal_basis")));
    for (const Check &check : assessment.checks) // the CGCT L1414-4 reminder among them
        w.bullet(check.text);

    w.heading(tr("Consent of the stakeholders"));
    w.paragraph(tr("Prepared in a tooled dialogue and decided on %1 by the consent of every stakeholder concerned "
                   "(gestion par consentement): nobody objects any more.")
                    .arg(Format::date(text(evolution, "decided_on"))));
    QList<QStringList> seats;
    const QHash<QString, Stance> stances = ClauseCase::stances(store, text(scenario, "id"));
    for (const Seat &seat : ClauseCase::seats(store, evolutionId))
        seats << QStringList{ConsentRound::roleName(seat.role), orBlank(seat.player),
                             Tables::stance().field(QStringLiteral("stance"))->choiceLabel(stances.value(seat.id).stance)};
    w.table({{tr("Stakeholder"), false, 4}, {tr("Played by"), false, 4}, {tr("Stance"), false, 3}}, seats);
    const QStringList answered = objectionsAnswered(store, text(scenario, "id"));
    if (!answered.isEmpty()) {
        w.paragraph(tr("Objections raised in earlier rounds and integrated into the scenario:"));
        for (const QString &line : answered)
            w.bullet(line);
    }

    w.heading(tr("Legal sign-off"));
    w.paragraph(ClauseDecision::signOffText(store, text(scenario, "id")));
    if (!text(scenario, "legal_reasons").isEmpty())
        w.lead(tr("Reasons:"), text(scenario, "legal_reasons"));

    w.heading(tr("Publication of the essential data"));
    const QDate from = QDate::fromString(text(evolution, "notified_on"), Qt::ISODate);
    const QDate start = from.isValid() ? from : QDate::fromString(text(evolution, "decided_on"), Qt::ISODate);
    const QDate deadline = Steering::publicationDeadline(LawTable::standard(), start);
    w.paragraph(deadline.isValid()
                    ? tr("The essential data of this modification are published by %1 (R2196-1)%2.")
                          .arg(Format::date(deadline.toString(Qt::ISODate)),
                               from.isValid() ? QString() : tr(", counted from the decision until the avenant is notified"))
                    : tr("The period of publication of the essential data (R2196-1) is not in the law table: to be "
                         "filled by the user."));

    w.heading(tr("Signatures"));
    w.form({{tr("For the buyer"), false, 1}, {tr("For the holder"), false, 1}},
           {{tr("Name, capacity, date:"), tr("Name, capacity, date:")}}, 30);
    return w.finish();
}

} // namespace Atelier::Clause
