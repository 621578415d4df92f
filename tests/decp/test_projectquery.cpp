// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the comparables dialog is opened with: from the project (the sourcing canvas, the negotiation
// sheet), the CPV code of its first contract that has one; from a contract (the cockpit), its CPV code,
// half to twice its amount and its duration.
#include "workspace.h"

#include "decp/projectquery.h"

using namespace Atelier;

namespace {

struct Contracts
{
    Workspace ws;
    std::unique_ptr<Project> project = ws.create();
    QString line;

    Contracts()
    {
        auto &ctx = project->context();
        const QString strategy = Edit::addRow(ctx, Entities::strategy(), {{QStringLiteral("title"), QStringLiteral("S")}});
        line = Edit::addRow(ctx, Entities::investmentLine(), {{QStringLiteral("strategy_id"), strategy}});
        REQUIRE_FALSE(line.isEmpty());
    }
    QString add(int position, const QString &cpv, qint64 cents, int months)
    {
        const QString id = Edit::addRow(project->context(), Entities::contract(),
                                        {{QStringLiteral("line_id"), line},
                                         {QStringLiteral("position"), position},
                                         {QStringLiteral("cpv_code"), cpv},
                                         {QStringLiteral("amount_cents"), cents},
                                         {QStringLiteral("duration_months"), months}});
        REQUIRE_FALSE(id.isEmpty());
        return id;
    }
};

} // namespace

TEST_CASE("The project's query: the CPV code of the first contract, in the cockpit's order, that has one", "[decp]")
{
    Contracts c;
    CHECK(Decp::ProjectQuery::forProject(c.project->store()).cpv.isEmpty()); // no contract yet
    c.add(5, QStringLiteral("45214200-2"), 0, 0);
    c.add(2, QStringLiteral("  "), 0, 0); // first in order, but without a code
    c.add(3, QStringLiteral(" 55523100-3 "), 0, 0);
    const Decp::ComparableQuery q = Decp::ProjectQuery::forProject(c.project->store());
    CHECK(q.cpv == QStringLiteral("55523100-3"));
    CHECK_FALSE(q.minimumCents);
    CHECK_FALSE(q.minimumMonths);
}

TEST_CASE("A contract's query: its CPV code, half to twice its amount and its duration", "[decp]")
{
    Contracts c;
    const QString canteen = c.add(0, QStringLiteral("55523100-3"), 12'000'000, 36);
    Decp::ComparableQuery q = Decp::ProjectQuery::forContract(c.project->store(), canteen);
    CHECK(q.cpv == QStringLiteral("55523100-3"));
    CHECK(q.minimumCents == 6'000'000);
    CHECK(q.maximumCents == 24'000'000);
    CHECK(q.minimumMonths == 18);
    CHECK(q.maximumMonths == 72);
    // A one-month contract still asks for at least one month; no amount, no bound on amounts.
    const QString short_ = c.add(1, QStringLiteral("71221000-3"), 0, 1);
    q = Decp::ProjectQuery::forContract(c.project->store(), short_);
    CHECK_FALSE(q.minimumCents);
    CHECK_FALSE(q.maximumCents);
    CHECK(q.minimumMonths == 1);
    CHECK(q.maximumMonths == 2);
    // An unknown contract: nothing to prefill.
    q = Decp::ProjectQuery::forContract(c.project->store(), QStringLiteral("nope"));
    CHECK(q.cpv.isEmpty());
    CHECK_FALSE(q.minimumMonths);
}
