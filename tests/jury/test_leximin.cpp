// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// LEXIMIN over profiles: small cases solved by hand, and tiny pools checked against a second method —
// every panel of people enumerated, the maximin linear program solved over all of them at once.
#include "catchqt.h"

#include "jury/comparison.h"
#include "jury/leximin.h"

#include <glpk.h>

#include <functional>
#include <random>

using namespace Atelier::Jury;

namespace {

/// One category "sexe" (F, M) and one "quartier" (Nord, Sud); profiles in the order given.
DrawProblem problem(const QList<std::pair<QList<int>, int>> &profiles, int size, const QList<Quota> &quotas)
{
    DrawProblem p;
    p.categories = {{QStringLiteral("sexe"), {QStringLiteral("F"), QStringLiteral("M")}},
                    {QStringLiteral("quartier"), {QStringLiteral("Nord"), QStringLiteral("Sud")}}};
    for (const auto &[values, people] : profiles)
        p.profiles << Profile{values, people};
    p.quotas = quotas;
    p.panelSize = size;
    return p;
}

/// The maximin value computed the other way: people one by one, every panel of people that meets the
/// quotas enumerated, one linear program (max z: Σ_P p_P [i ∈ P] ≥ z for each person, Σ p = 1).
double bruteForceMaximin(const DrawProblem &p)
{
    QList<int> profileOf; // person → profile
    for (int t = 0; t < p.profiles.size(); ++t)
        for (int k = 0; k < p.profiles[t].people; ++k)
            profileOf << t;
    const int people = int(profileOf.size());
    QList<QList<int>> panels; // as lists of people
    for (int mask = 0; mask < (1 << people); ++mask) {
        if (__builtin_popcount(unsigned(mask)) != p.panelSize)
            continue;
        Panel counts(int(p.profiles.size()), 0);
        QList<int> members;
        for (int i = 0; i < people; ++i)
            if (mask & (1 << i)) {
                ++counts[profileOf[i]];
                members << i;
            }
        if (Leximin::meets(p, counts))
            panels << members;
    }
    REQUIRE_FALSE(panels.isEmpty());
    glp_term_out(GLP_OFF);
    glp_prob *lp = glp_create_prob();
    glp_set_obj_dir(lp, GLP_MAX);
    const int m = int(panels.size());
    glp_add_cols(lp, m + 1);
    for (int j = 1; j <= m; ++j)
        glp_set_col_bnds(lp, j, GLP_LO, 0, 0);
    glp_set_col_bnds(lp, m + 1, GLP_FR, 0, 0);
    glp_set_obj_coef(lp, m + 1, 1);
    glp_add_rows(lp, people + 1);
    for (int i = 0; i < people; ++i) {
        std::vector<int> idx{0};
        std::vector<double> val{0};
        for (int j = 0; j < m; ++j)
            if (panels[j].contains(i)) {
                idx.push_back(j + 1);
                val.push_back(1);
            }
        idx.push_back(m + 1);
        val.push_back(-1);
        glp_set_mat_row(lp, i + 1, int(idx.size()) - 1, idx.data(), val.data());
        glp_set_row_bnds(lp, i + 1, GLP_LO, 0, 0);
    }
    std::vector<int> idx{0};
    std::vector<double> val{0};
    for (int j = 0; j < m; ++j) {
        idx.push_back(j + 1);
        val.push_back(1);
    }
    glp_set_mat_row(lp, people + 1, m, idx.data(), val.data());
    glp_set_row_bnds(lp, people + 1, GLP_FX, 1, 1);
    glp_smcp parm;
    glp_init_smcp(&parm);
    parm.msg_lev = GLP_MSG_OFF;
    REQUIRE(glp_simplex(lp, &parm) == 0);
    const double z = glp_get_obj_val(lp);
    glp_delete_prob(lp);
    return z;
}

void checkLottery(const DrawProblem &p, const Lottery &l)
{
    double total = 0;
    for (int j = 0; j < l.panels.size(); ++j) {
        CHECK(Leximin::meets(p, l.panels[j])); // quotas always met
        total += l.probabilities[j];
    }
    CHECK(total == Approx(1.0).margin(1e-9));
    // The chances are what the lottery gives, recomputed here.
    for (int t = 0; t < p.profiles.size(); ++t) {
        if (p.profiles[t].people == 0)
            continue; // nobody has that profile
        double chance = 0;
        for (int j = 0; j < l.panels.size(); ++j)
            chance += l.probabilities[j] * l.panels[j][t] / double(p.profiles[t].people);
        CHECK(l.chance[t] == Approx(chance).margin(1e-9));
        CHECK(l.chance[t] >= l.lowest - 1e-9);
    }
}

} // namespace

TEST_CASE("LEXIMIN by hand: two women and two men, one of each", "[jury][leximin]")
{
    const DrawProblem p = problem({{{0, 0}, 2}, {{1, 0}, 2}}, 2, {{0, 0, 1, 1}});
    QString error;
    const std::optional<Lottery> l = Leximin::solve(p, &error);
    INFO(error.toStdString());
    REQUIRE(l);
    checkLottery(p, *l);
    CHECK(l->certified); // the exact rational simplex confirms the lowest chance
    CHECK(l->chance[0] == Approx(0.5));
    CHECK(l->chance[1] == Approx(0.5));
}

TEST_CASE("LEXIMIN by hand: the one woman always sits; the lowest chance is the men's third, then no better", "[jury][leximin]")
{
    // 1 woman, 3 men, a jury of 2 with at least one woman: every jury has her and one of three men.
    const DrawProblem p = problem({{{0, 0}, 1}, {{1, 0}, 3}}, 2, {{0, 0, 1, 2}});
    const std::optional<Lottery> l = Leximin::solve(p, nullptr);
    REQUIRE(l);
    checkLottery(p, *l);
    CHECK(l->certified); // the exact rational simplex confirms the lowest chance
    CHECK(l->chance[0] == Approx(1.0));
    CHECK(l->chance[1] == Approx(1.0 / 3));
    CHECK(l->lowest == Approx(1.0 / 3));
}

TEST_CASE("LEXIMIN by hand: beyond the lowest, the next ones are raised too", "[jury][leximin]")
{
    // Women Nord (1), women Sud (1), men Sud (4); a jury of 2, at least 1 woman and at least 1 Sud.
    // Each man can sit only with a woman: the 4 men share 1 − (chance of the two women together); the
    // lowest is the men's. Best: the women never sit together, so each man has 1/4 and the women have
    // 1/2 each — maximin 1/4 and then the women at 1/2 (not one at 1 and one at 0).
    const DrawProblem p = problem({{{0, 0}, 1}, {{0, 1}, 1}, {{1, 1}, 4}}, 2, {{0, 0, 1, 2}, {1, 1, 1, 2}});
    const std::optional<Lottery> l = Leximin::solve(p, nullptr);
    REQUIRE(l);
    checkLottery(p, *l);
    CHECK(l->certified); // the exact rational simplex confirms the lowest chance
    CHECK(l->lowest == Approx(0.25));
    CHECK(l->chance[2] == Approx(0.25));
    CHECK(l->chance[0] == Approx(0.5));
    CHECK(l->chance[1] == Approx(0.5));
}

TEST_CASE("LEXIMIN against brute force on tiny pools", "[jury][leximin]")
{
    std::mt19937 random(20261201); // the cases only; the draw itself never uses this generator
    for (int round = 0; round < 25; ++round) {
        QList<std::pair<QList<int>, int>> profiles;
        int people = 0;
        for (int sex = 0; sex < 2; ++sex)
            for (int area = 0; area < 2; ++area) {
                const int n = int(random() % 4); // 0 to 3 people
                profiles.append({{sex, area}, n});
                people += n;
            }
        if (people < 3)
            continue;
        const int size = 2 + int(random() % std::min(3, people - 1));
        QList<Quota> quotas{{0, 0, int(random() % 2), size}, {1, 1, int(random() % 2), size - int(random() % 2)}};
        const DrawProblem p = problem(profiles, size, quotas);
        INFO("round " << round << ", " << people << " people, jury of " << size);
        QString error;
        const std::optional<Lottery> l = Leximin::solve(p, &error);
        if (!l) {
            CHECK(!Leximin::relaxation(p).isEmpty()); // infeasible: a relaxation is proposed
            continue;
        }
        checkLottery(p, *l);
        CHECK(l->certified); // the exact rational simplex confirms the lowest chance
        CHECK(l->lowest == Approx(bruteForceMaximin(p)).margin(1e-6));
    }
}

TEST_CASE("Impossible quotas: said in plain words, and the smallest change proposed", "[jury][leximin]")
{
    // 2 women and 5 men, a jury of 6 with at least 3 women and at most 3 men: one woman is missing.
    const DrawProblem p = problem({{{0, 0}, 2}, {{1, 0}, 5}}, 6, {{0, 0, 3, 6}, {0, 1, 0, 3}});
    QString error;
    CHECK_FALSE(Leximin::solve(p, &error));
    CHECK(error == QStringLiteral("No jury can meet these quotas with this pool."));
    const QList<Relaxation> relax = Leximin::relaxation(p);
    // Both quotas must give way by one together: 2 women and 4 men (or 3 and 3: impossible).
    int change = 0;
    for (const Relaxation &r : relax)
        change += (p.quotas[r.quota].min - r.min) + (r.max - p.quotas[r.quota].max);
    CHECK(change == 2);
    DrawProblem relaxed = p;
    for (const Relaxation &r : relax) {
        relaxed.quotas[r.quota].min = r.min;
        relaxed.quotas[r.quota].max = r.max;
    }
    CHECK(Leximin::solve(relaxed, nullptr));

    const DrawProblem small = problem({{{0, 0}, 2}}, 3, {});
    CHECK_FALSE(Leximin::solve(small, &error));
    CHECK(error == QStringLiteral("The pool has 2 people, fewer than the 3 juror(s) to draw."));
}

TEST_CASE("Compared with a uniform draw and with the greedy quota-first draw, worked by hand", "[jury][leximin]")
{
    // Women Nord (1), women Sud (1), men Sud (4); a jury of 2 with at least 1 woman and 1 from Sud.
    // Greedy: the women's minimum is the most urgent (1 needed of 2 left, against 1 of 5 for Sud), so
    // the first seat is a woman, each with 1/2. After Nord's woman, the Sud seat goes to Sud's woman
    // with 1/5; after Sud's woman, anyone: Nord's woman with 1/5. Each woman: 1/2 + 1/2 × 1/5 = 0.6;
    // the men share the rest: 2 − 1.2 = 0.8 seats, 0.2 each — below LEXIMIN's 0.25.
    const DrawProblem p = problem({{{0, 0}, 1}, {{0, 1}, 1}, {{1, 1}, 4}}, 2, {{0, 0, 1, 2}, {1, 1, 1, 2}});
    CHECK(Comparison::uniformChance(p) == Approx(2.0 / 6));
    int failed = -1;
    const QList<double> greedy = Comparison::greedyChances(p, 20000, QByteArrayLiteral("glouton"), &failed);
    CHECK(failed == 0);
    CHECK(greedy[0] == Approx(0.6).margin(0.02));
    CHECK(greedy[1] == Approx(0.6).margin(0.02));
    CHECK(greedy[2] == Approx(0.2).margin(0.01));
    const std::optional<Lottery> fair = Leximin::solve(p, nullptr);
    REQUIRE(fair);
    CHECK(fair->lowest > *std::min_element(greedy.begin(), greedy.end()));
}

TEST_CASE("Impossible quotas explained in plain words", "[jury][leximin]")
{
    // 2 women in the pool, at least 3 wanted in a jury of 4.
    const DrawProblem p = problem({{{0, 0}, 2}, {{1, 0}, 5}}, 4, {{0, 0, 3, 4}});
    const QList<Relaxation> relax = Leximin::relaxation(p);
    REQUIRE(relax.size() == 1);
    CHECK(relax[0].min == 2);
    CHECK(Comparison::explain(p, relax) ==
          QStringList{QStringLiteral("At least 3 of “F” (sexe) cannot be met with the other quotas: the pool has 2 of them. "
                                     "Lower the minimum to 2.")});
}
