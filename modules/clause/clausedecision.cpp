// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clausedecision.h"

#include "clausecase.h"
#include "clauseschema.h"

#include "core/baseline.h"
#include "core/edit.h"
#include "core/format.h"
#include "core/projectcontext.h"
#include "core/steering.h"
#include "core/store.h"

#include <QUndoStack>

namespace Atelier::Clause {

namespace {

QString shifted(const QString &iso, int months)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? date.addMonths(months).toString(Qt::ISODate) : iso;
}

} // namespace

int ClauseDecision::nextModificationNumber(const Store &store, const QString &contractId)
{
    int decided = 0;
    for (const Row &e : ClauseCase::rowsWhere(store, Tables::evolution(), QStringLiteral("contract_id"), contractId))
        decided += text(e, "status") == QLatin1String("decided") ? 1 : 0;
    return decided + 1;
}

QString ClauseDecision::refusal(const Store &store, const QString &scenarioId)
{
    const Row scenario = store.row(Tables::scenario(), scenarioId);
    if (scenario.isEmpty())
        return tr("Choose a scenario first.");
    const Row evolution = store.row(Tables::evolution(), text(scenario, "evolution_id"));
    if (text(evolution, "status") == QLatin1String("decided"))
        return tr("This activation of the clause is already decided.");
    if (text(evolution, "status") == QLatin1String("abandoned"))
        return tr("This activation of the clause was abandoned.");
    if (store.row(Entities::contract(), text(evolution, "contract_id")).isEmpty())
        return tr("The contract of this activation no longer exists.");
    const Assessment assessment = ClauseCase::assess(store, scenarioId);
    if (assessment.frame == LegalFrame::QuestionsPending)
        return tr("The legal frame is not concluded yet: the buyer answers the four questions of R2194-7 first.");
    if (!assessment.allowed())
        return tr("The law does not allow this scenario (%1): amend it or propose another one.")
            .arg(Rules::frameName(assessment.frame));
    const ConsentOutcome consent = ClauseCase::consent(store, scenarioId);
    if (!consent.reached())
        return ConsentRound::describe(consent);
    const QString signedFrame = text(scenario, "signoff_frame");
    if (signedFrame.isEmpty())
        return tr("Consent reached; the buyer's legal sign-off is pending: the buyer guarantees the legal frame "
                  "and signs it off before the decision is recorded.");
    if (signedFrame != Rules::frameKey(assessment.frame))
        return tr("The scenario's legal frame changed since the buyer signed it off (%1 then, %2 now): the buyer "
                  "signs it off again.")
            .arg(Rules::frameName(Rules::frameFromKey(signedFrame)), Rules::frameName(assessment.frame));
    if (text(scenario, "signoff_terms") != signOffTerms(scenario))
        return tr("The scenario changed since the buyer signed it off (its amount, its calendar or the answers to "
                  "the legal questions): the buyer signs it off again.");
    return {};
}

QString ClauseDecision::signOffTerms(const Row &scenario)
{
    QStringList terms;
    for (const char *column : {"amount_change_cents", "delay_months", "services_necessary", "holder_change_impossible",
                               "attracts_other_bidders", "shifts_balance", "changes_object", "replaces_holder"})
        terms << scenario.value(QLatin1String(column)).toString();
    return terms.join(QLatin1Char('|'));
}

QString ClauseDecision::buyerOf(const Store &store, const QString &scenarioId)
{
    const QString evolution = store.value(Tables::scenario(), scenarioId, QStringLiteral("evolution_id")).toString();
    for (const Row &seat : ClauseCase::rowsWhere(store, Tables::seat(), QStringLiteral("evolution_id"), evolution))
        if (text(seat, "role") == QLatin1String("buyer") && !text(seat, "participant_id").isEmpty())
            return text(seat, "participant_id");
    return {};
}

QString ClauseDecision::signOffRefusal(const Store &store, const QString &scenarioId)
{
    const Row scenario = store.row(Tables::scenario(), scenarioId);
    if (scenario.isEmpty())
        return tr("Choose a scenario first.");
    if (store.value(Tables::evolution(), text(scenario, "evolution_id"), QStringLiteral("status")).toString() !=
        QLatin1String("open"))
        return tr("This activation of the clause is no longer in dialogue.");
    const Assessment assessment = ClauseCase::assess(store, scenarioId);
    if (!assessment.allowed())
        return tr("The legal frame cannot be signed off: %1.").arg(Rules::frameName(assessment.frame));
    return {};
}

bool ClauseDecision::signOff(ProjectContext &ctx, const QString &scenarioId, const QString &participantId,
                             const QDate &date, QString *message)
{
    QString refused = signOffRefusal(ctx.store, scenarioId);
    if (refused.isEmpty() && ctx.store.row(Entities::participant(), participantId).isEmpty())
        refused = tr("Say who signs off: the buyer's seat is played by nobody.");
    if (!refused.isEmpty()) {
        if (message)
            *message = refused;
        return false;
    }
    const Assessment assessment = ClauseCase::assess(ctx.store, scenarioId);
    return Edit::setValues(ctx, Tables::scenario(),
                           {{scenarioId, QStringLiteral("signoff_participant_id"), participantId},
                            {scenarioId, QStringLiteral("signoff_on"), date.toString(Qt::ISODate)},
                            {scenarioId, QStringLiteral("signoff_frame"), Rules::frameKey(assessment.frame)},
                            {scenarioId, QStringLiteral("signoff_terms"),
                             signOffTerms(ctx.store.row(Tables::scenario(), scenarioId))}},
                           tr("Sign off the legal frame"));
}

bool ClauseDecision::withdrawSignOff(ProjectContext &ctx, const QString &scenarioId)
{
    return Edit::setValues(ctx, Tables::scenario(),
                           {{scenarioId, QStringLiteral("signoff_participant_id"), QString()},
                            {scenarioId, QStringLiteral("signoff_on"), QString()},
                            {scenarioId, QStringLiteral("signoff_frame"), QString()},
                            {scenarioId, QStringLiteral("signoff_terms"), QString()}},
                           tr("Withdraw the legal sign-off"));
}

QString ClauseDecision::signOffText(const Store &store, const QString &scenarioId)
{
    const Row scenario = store.row(Tables::scenario(), scenarioId);
    const QString frame = text(scenario, "signoff_frame");
    if (frame.isEmpty())
        return tr("Legal sign-off by the buyer: pending.");
    const QString who =
        store.value(Entities::participant(), text(scenario, "signoff_participant_id"), QStringLiteral("name"))
            .toString();
    return tr("Legal sign-off by the buyer: %1, on %2, under %3.")
        .arg(who.isEmpty() ? tr("(a participant since removed)") : who, Format::date(text(scenario, "signoff_on")),
             Rules::legalBasis(Rules::frameFromKey(frame)));
}

bool ClauseDecision::record(ProjectContext &ctx, const QString &scenarioId, const QDate &date, QString *message)
{
    const QString refused = refusal(ctx.store, scenarioId);
    if (!refused.isEmpty()) {
        if (message)
            *message = refused;
        return false;
    }
    const Store &store = ctx.store;
    const Row scenario = store.row(Tables::scenario(), scenarioId);
    const Row evolution = store.row(Tables::evolution(), text(scenario, "evolution_id"));
    const QString contractId = text(evolution, "contract_id");
    const Row contract = store.row(Entities::contract(), contractId);
    const Assessment assessment = ClauseCase::assess(store, scenarioId);
    const qint64 change = scenario.value(QStringLiteral("amount_change_cents")).toLongLong();
    const int delay = scenario.value(QStringLiteral("delay_months")).toInt();
    const int number = nextModificationNumber(store, contractId);
    const QString holder = text(contract, "holder");
    const QString on = date.toString(Qt::ISODate);

    bool ok = true;
    const int stepsBefore = ctx.undoStack.index();
    {
        Edit::Group group(ctx, tr("Record the clause's decision"));
        const auto set = [&](const TableInfo &table, const QString &id, const char *column, const QVariant &value) {
            ok = ok && Edit::setValue(ctx, table, id, QLatin1String(column), value);
        };
        // The contract: its amount and its duration.
        if (change != 0)
            set(Entities::contract(), contractId, "amount_cents", assessment.newAmountCents);
        if (delay != 0)
            set(Entities::contract(), contractId, "duration_months",
                qMax(0, contract.value(QStringLiteral("duration_months")).toInt() + delay));
        // The timeline still to come of the contract's line moves with the calendar.
        QList<FieldChange> moves;
        if (delay != 0)
            for (const Row &m : ClauseCase::rowsWhere(store, Entities::milestone(), QStringLiteral("line_id"),
                                                      text(contract, "line_id"))) {
                if (text(m, "status") != QLatin1String("scheduled"))
                    continue;
                moves << FieldChange{text(m, "id"), QStringLiteral("due_date"), shifted(text(m, "due_date"), delay)};
                if (!text(m, "start_date").isEmpty())
                    moves << FieldChange{text(m, "id"), QStringLiteral("start_date"),
                                         shifted(text(m, "start_date"), delay)};
            }
        if (ok && !moves.isEmpty())
            ok = Edit::setValues(ctx, Entities::milestone(), moves, tr("Move the timeline"));
        // The indicators' new targets.
        for (const Row &target :
             ClauseCase::rowsWhere(store, Tables::scenarioIndicator(), QStringLiteral("scenario_id"), scenarioId))
            if (!store.row(Entities::indicator(), text(target, "indicator_id")).isEmpty())
                set(Entities::indicator(), text(target, "indicator_id"), "target_value",
                    target.value(QStringLiteral("new_target")).toDouble());
        // The checkpoint where the stakeholders decided: the activation's, or a new one.
        QString checkpoint = text(evolution, "checkpoint_id");
        if (ok && store.row(Entities::checkpoint(), checkpoint).isEmpty()) {
            checkpoint = Edit::addRow(ctx, Entities::checkpoint(),
                                      {{QStringLiteral("strategy_id"), Entities::contractStrategy(store, contractId)},
                                       {QStringLiteral("date"), on},
                                       {QStringLiteral("title"), tr("Evolutivity clause: %1").arg(holder)},
                                       {QStringLiteral("convene_jury"), 1},
                                       {QStringLiteral("agenda"), text(evolution, "reasons")}});
            ok = !checkpoint.isEmpty();
        }
        // The decision, with its legal basis.
        QStringList what;
        if (!text(scenario, "services").isEmpty())
            what << text(scenario, "services");
        if (change != 0)
            what << tr("amount %1 → %2").arg(Format::money(contract.value(QStringLiteral("amount_cents")).toLongLong()),
                                              Format::money(assessment.newAmountCents));
        if (delay != 0)
            what << tr("calendar moved by %n month(s)", nullptr, delay);
        const QString decisionText = tr("Modification no. %1 (evolutivity clause), consented by all and signed off "
                                        "by the buyer: “%2”")
                                         .arg(number)
                                         .arg(text(scenario, "title")) +
                                     (what.isEmpty() ? QString() : tr(": %1").arg(what.join(tr("; "))));
        const QString legalBasis = Rules::legalBasis(assessment.frame);
        QString decision;
        if (ok) {
            decision = Edit::addRow(ctx, Entities::decision(),
                                    {{QStringLiteral("checkpoint_id"), checkpoint},
                                     {QStringLiteral("text"), decisionText},
                                     {QStringLiteral("contract_id"), contractId},
                                     {QStringLiteral("legal_basis"), legalBasis}});
            ok = !decision.isEmpty();
        }
        // A baseline of the plan as amended: the new reference of the steering.
        QString baseline;
        if (ok) {
            baseline = Edit::addRow(
                ctx, Entities::baseline(),
                {{QStringLiteral("name"), tr("Modification no. %1 of the contract %2").arg(number).arg(holder)},
                 {QStringLiteral("taken_on"), on},
                 {QStringLiteral("plan"), Baseline::capture(Steering::load(store))}});
            ok = !baseline.isEmpty();
        }
        if (ok) {
            const QString id = text(evolution, "id");
            ok = Edit::setValues(ctx, Tables::evolution(),
                                 {{id, QStringLiteral("status"), QStringLiteral("decided")},
                                  {id, QStringLiteral("chosen_scenario_id"), scenarioId},
                                  {id, QStringLiteral("checkpoint_id"), checkpoint},
                                  {id, QStringLiteral("decided_on"), on},
                                  {id, QStringLiteral("decision_id"), decision},
                                  {id, QStringLiteral("baseline_id"), baseline},
                                  {id, QStringLiteral("legal_basis"), legalBasis},
                                  {id, QStringLiteral("frame"), Rules::frameKey(assessment.frame)},
                                  {id, QStringLiteral("amount_change_cents"), change}},
                                 tr("Record the clause's decision"));
        }
    }
    if (!ok)
        Edit::takeBack(ctx, stepsBefore); // what was written before the failure: all or nothing
    if (!ok && message)
        *message = tr("The decision could not be recorded: nothing was changed.");
    return ok;
}

} // namespace Atelier::Clause
