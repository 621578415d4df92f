// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectmarches.h"

#include "decpschema.h"
#include "decpvalues.h"
#include "decpwriter.h"

#include "core/sqlite.h"
#include "core/store.h"

#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace Atelier::Decp::ProjectMarches {

namespace {

QString text(const Row &row, const char *column)
{
    return row.value(QString::fromLatin1(column)).toString();
}

/// The DECP procedure of a contract: the one chosen for DECP, else the cockpit's when DECP has it.
QString procedureKey(const Row &contract, const Row &decp)
{
    const QString chosen = text(decp, "procedure");
    if (!chosen.isEmpty() && chosen != QLatin1String(kUnset))
        return chosen;
    static const QHash<QString, QString> fromCockpit{
        {QStringLiteral("adapted"), QStringLiteral("adapted")},
        {QStringLiteral("open_tender"), QStringLiteral("open_tender")},
        {QStringLiteral("restricted_tender"), QStringLiteral("restricted_tender")},
        {QStringLiteral("competitive_negotiation"), QStringLiteral("negotiated")},
        {QStringLiteral("competitive_dialogue"), QStringLiteral("competitive_dialogue")},
        {QStringLiteral("negotiated_without_notice"), QStringLiteral("without_notice")}};
    return fromCockpit.value(text(contract, "procedure"));
}

std::optional<bool> yesNo(const Row &row, const char *column)
{
    const QString v = text(row, column);
    if (v == QLatin1String("yes"))
        return true;
    if (v == QLatin1String("no"))
        return false;
    return std::nullopt;
}

std::optional<double> share(const Row &row, const char *column)
{
    const double v = row.value(QString::fromLatin1(column), -1).toDouble();
    return v < 0 ? std::nullopt : std::optional<double>(v);
}

QStringList schemaValues(const Enumeration &e, const QString &stored)
{
    QStringList values;
    for (const QString &k : splitKeys(stored)) {
        const QString v = e.schemaValue(k);
        values << (v.isEmpty() ? k : v); // an unknown key stays visible, and Check names it
    }
    return values;
}

/// A decided modification, as the clause recorded it.
struct Decided
{
    QDate on;
    qint64 amountChange = 0;
    int delayMonths = 0;
    int position = 0;
};

/// The clause's decided modifications per contract, oldest first (none without the clause's tables).
QHash<QString, QList<Decided>> decidedModifications(const Store &store)
{
    static const TableInfo evolution{"evolution", "", "", {}};
    static const TableInfo scenario{"evolution_scenario", "", "", {}};
    QHash<QString, QList<Decided>> byContract;
    QList<Row> evolutions, scenarios;
    try {
        evolutions = store.rows(evolution);
        scenarios = store.rows(scenario);
    } catch (const Sql::Error &) {
        return byContract; // this build has no evolutivity clause
    }
    QHash<QString, int> delays;
    for (const Row &s : scenarios)
        delays.insert(text(s, "id"), s.value(QStringLiteral("delay_months")).toInt());
    for (const Row &e : evolutions) {
        if (text(e, "status") != QLatin1String("decided"))
            continue;
        byContract[text(e, "contract_id")] << Decided{
            QDate::fromString(text(e, "decided_on"), Qt::ISODate),
            e.value(QStringLiteral("amount_change_cents")).toLongLong(),
            delays.value(text(e, "chosen_scenario_id")), e.value(QStringLiteral("position")).toInt()};
    }
    for (QList<Decided> &list : byContract)
        std::stable_sort(list.begin(), list.end(), [](const Decided &a, const Decided &b) {
            return a.on != b.on ? a.on < b.on : a.position < b.position;
        });
    return byContract;
}

Marche marcheOf(const Row &contract, const Row &decp, const QList<Decided> &decided, const QDate &publishedOn)
{
    using namespace Enumerations;
    Marche m;
    m.id = text(decp, "decp_id");
    m.buyerSiret = text(decp, "buyer_siret");
    m.nature = nature().schemaValue(decp.isEmpty() ? QStringLiteral("market") : text(decp, "decp_nature"));
    m.object = text(decp, "object");
    m.cpv = text(contract, "cpv_code").trimmed();
    m.techniques = schemaValues(technique(), text(decp, "techniques"));
    m.executionModes = schemaValues(executionMode(), text(decp, "execution_modes"));
    m.frameworkId = text(decp, "framework_id");
    m.innovative = yesNo(decp, "innovative");
    m.ccag = ccag().schemaValue(text(decp, "ccag"));
    if (const int offers = decp.value(QStringLiteral("offers_received")).toInt(); offers > 0)
        m.offersReceived = offers;
    m.advance = yesNo(decp, "advance");
    m.advanceRate = share(decp, "advance_rate");
    m.grouping = grouping().schemaValue(text(decp, "grouping"));
    m.subcontracting = yesNo(decp, "subcontracting");
    m.procedure = procedure().schemaValue(procedureKey(contract, decp));
    m.placeCode = text(decp, "place_code").trimmed();
    m.placeType = placeType().schemaValue(text(decp, "place_type"));
    m.notifiedOn = QDate::fromString(text(contract, "notification_date"), Qt::ISODate);
    m.publishedOn = QDate::fromString(text(decp, "published_on"), Qt::ISODate);
    m.priceForm = priceForm().schemaValue(text(decp, "price_form"));
    m.priceTypes = schemaValues(priceType(), text(decp, "price_types"));
    m.originEu = share(decp, "origin_eu");
    m.originFrance = share(decp, "origin_france");
    m.holders = {Holder{
        text(decp, "holder_id").trimmed(),
        holderIdType().schemaValue(decp.isEmpty() ? QStringLiteral("siret") : text(decp, "holder_id_type"))}};
    m.social = schemaValues(socialConsideration(), text(decp, "social"));
    m.green = schemaValues(greenConsideration(), text(decp, "green"));

    // The contract holds the amount and duration after every decision: the initial ones come first.
    qint64 amount = contract.value(QStringLiteral("amount_cents")).toLongLong();
    int duration = contract.value(QStringLiteral("duration_months")).toInt();
    for (const Decided &d : decided) {
        amount -= d.amountChange;
        duration -= d.delayMonths;
    }
    m.amountCents = amount;
    if (duration > 0)
        m.durationMonths = duration;
    for (const Decided &d : decided) {
        Modification mod;
        mod.id = int(m.modifications.size()) + 1;
        mod.notifiedOn = d.on;
        mod.publishedOn = publishedOn;
        amount += d.amountChange;
        duration += d.delayMonths;
        if (d.amountChange != 0)
            mod.amountCents = amount;
        if (d.delayMonths != 0)
            mod.durationMonths = duration;
        m.modifications << mod;
    }
    return m;
}

} // namespace

QList<ProjectMarche> read(const Store &store, const QDate &publishedOn)
{
    QHash<QString, Row> decpRows;
    for (const Row &row : store.rows(Tables::contractDecp()))
        decpRows.insert(text(row, "id"), row);
    const QHash<QString, QList<Decided>> decided = decidedModifications(store);
    QList<ProjectMarche> result;
    for (const Row &contract : store.rows(Entities::contract())) {
        const QString id = text(contract, "id");
        ProjectMarche pm{id,
                         Entities::contractName(store, id),
                         marcheOf(contract, decpRows.value(id), decided.value(id), publishedOn),
                         {}};
        pm.problems = Check::missing(pm.marche);
        result << pm;
    }
    return result;
}

bool exportFile(const Store &store, const QString &path, const QDate &publishedOn,
                QList<ProjectMarche> *refused, QString *error)
{
    QList<ProjectMarche> bad;
    QList<Marche> marches;
    for (const ProjectMarche &pm : read(store, publishedOn)) {
        if (!pm.problems.isEmpty())
            bad << pm;
        marches << pm.marche;
    }
    if (!bad.isEmpty()) {
        if (error)
            *error = DecpText::tr("%n contract(s) cannot be published yet: nothing was written.", nullptr,
                                  int(bad.size()));
        if (refused)
            *refused = bad;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(Json::write(marches)) < 0 || !file.commit()) {
        if (error)
            *error = DecpText::tr("“%1” cannot be written (%2).")
                         .arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace Atelier::Decp::ProjectMarches
