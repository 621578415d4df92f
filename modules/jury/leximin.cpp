// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "leximin.h"

#include <glpk.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace Atelier::Jury::Leximin {

namespace {

constexpr double kEps = 1e-7;

struct ProblemDeleter
{
    void operator()(glp_prob *p) const { glp_delete_prob(p); }
};
using Glp = std::unique_ptr<glp_prob, ProblemDeleter>;

Glp newProblem()
{
    glp_term_out(GLP_OFF);
    return Glp(glp_create_prob());
}

/// The panel's rows shared by the pricing and the relaxation: one count per profile, the size, each
/// quota (with slack columns when `slack`). Returns the problem with the count columns first.
Glp panelModel(const DrawProblem &p, bool slack)
{
    Glp lp = newProblem();
    const int n = int(p.profiles.size());
    const int q = int(p.quotas.size());
    glp_add_cols(lp.get(), n + (slack ? 2 * q : 0));
    for (int t = 0; t < n; ++t) {
        glp_set_col_kind(lp.get(), t + 1, GLP_IV);
        glp_set_col_bnds(lp.get(), t + 1, p.profiles[t].people > 0 ? GLP_DB : GLP_FX, 0, p.profiles[t].people);
    }
    for (int s = 0; slack && s < 2 * q; ++s) {
        glp_set_col_kind(lp.get(), n + s + 1, GLP_IV);
        glp_set_col_bnds(lp.get(), n + s + 1, GLP_LO, 0, 0);
    }
    glp_add_rows(lp.get(), 1 + q);
    std::vector<int> index(1);
    std::vector<double> value(1);
    // The size of the panel.
    for (int t = 0; t < n; ++t) {
        index.push_back(t + 1);
        value.push_back(1);
    }
    glp_set_mat_row(lp.get(), 1, n, index.data(), value.data());
    glp_set_row_bnds(lp.get(), 1, GLP_FX, p.panelSize, p.panelSize);
    for (int k = 0; k < q; ++k) {
        const Quota &quota = p.quotas[k];
        index.assign(1, 0);
        value.assign(1, 0);
        for (int t = 0; t < n; ++t)
            if (p.profiles[t].values.value(quota.category, -1) == quota.value) {
                index.push_back(t + 1);
                value.push_back(1);
            }
        if (slack) { // count + below − above within [min, max]
            index.push_back(n + 2 * k + 1);
            value.push_back(1);
            index.push_back(n + 2 * k + 2);
            value.push_back(-1);
        }
        glp_set_mat_row(lp.get(), k + 2, int(index.size()) - 1, index.data(), value.data());
        glp_set_row_bnds(lp.get(), k + 2, quota.min == quota.max ? GLP_FX : GLP_DB, quota.min, quota.max);
    }
    return lp;
}

/// Solves a MIP; true when an integer optimum was found.
bool solveMip(glp_prob *lp)
{
    glp_iocp parm;
    glp_init_iocp(&parm);
    parm.presolve = GLP_ON;
    parm.msg_lev = GLP_MSG_OFF;
    return glp_intopt(lp, &parm) == 0 && glp_mip_status(lp) == GLP_OPT;
}

bool solveLp(glp_prob *lp)
{
    glp_smcp parm;
    glp_init_smcp(&parm);
    parm.msg_lev = GLP_MSG_OFF;
    parm.presolve = GLP_OFF; // the basis is kept between rounds of column generation
    if (glp_simplex(lp, &parm) != 0 || glp_get_status(lp) != GLP_OPT) {
        parm.presolve = GLP_ON; // start afresh once
        glp_std_basis(lp);
        if (glp_simplex(lp, &parm) != 0)
            return false;
    }
    return glp_get_status(lp) == GLP_OPT;
}

/// The optimum of `lp` found in floating point, checked again by GLPK's exact simplex (rational
/// arithmetic, started from the floating-point basis): true when it confirms the basis optimal with
/// the same value.
bool certify(glp_prob *lp, double objective)
{
    glp_smcp parm;
    glp_init_smcp(&parm);
    parm.msg_lev = GLP_MSG_OFF;
    return glp_exact(lp, &parm) == 0 && glp_get_status(lp) == GLP_OPT && std::abs(glp_get_obj_val(lp) - objective) <= 1e-9;
}

/// The chance a person of each profile has of being on `panel`.
QList<double> shares(const DrawProblem &p, const Panel &panel)
{
    QList<double> out;
    for (int t = 0; t < p.profiles.size(); ++t)
        out << (p.profiles[t].people > 0 ? double(panel.value(t)) / p.profiles[t].people : 0.0);
    return out;
}

} // namespace

bool meets(const DrawProblem &p, const Panel &panel)
{
    if (panel.size() != p.profiles.size())
        return false;
    int size = 0;
    for (int t = 0; t < panel.size(); ++t) {
        if (panel[t] < 0 || panel[t] > p.profiles[t].people)
            return false;
        size += panel[t];
    }
    if (size != p.panelSize)
        return false;
    for (const Quota &q : p.quotas) {
        int count = 0;
        for (int t = 0; t < panel.size(); ++t)
            count += p.profiles[t].values.value(q.category, -1) == q.value ? panel[t] : 0;
        if (count < q.min || count > q.max)
            return false;
    }
    return true;
}

std::optional<Panel> bestPanel(const DrawProblem &p, const QList<double> &weights)
{
    Glp lp = panelModel(p, false);
    glp_set_obj_dir(lp.get(), GLP_MAX);
    for (int t = 0; t < p.profiles.size(); ++t)
        glp_set_obj_coef(lp.get(), t + 1, weights.value(t));
    if (!solveMip(lp.get()))
        return std::nullopt;
    Panel panel;
    for (int t = 0; t < p.profiles.size(); ++t)
        panel << int(std::lround(glp_mip_col_val(lp.get(), t + 1)));
    if (!meets(p, panel))
        return std::nullopt;
    return panel;
}

QList<Relaxation> relaxation(const DrawProblem &p)
{
    Glp lp = panelModel(p, true);
    const int n = int(p.profiles.size());
    glp_set_obj_dir(lp.get(), GLP_MIN);
    for (int s = 0; s < 2 * p.quotas.size(); ++s)
        glp_set_obj_coef(lp.get(), n + s + 1, 1);
    QList<Relaxation> out;
    if (!solveMip(lp.get()))
        return out; // the pool itself is too small: said by solve()
    for (int k = 0; k < p.quotas.size(); ++k) {
        const int below = int(std::lround(glp_mip_col_val(lp.get(), n + 2 * k + 1)));
        const int above = int(std::lround(glp_mip_col_val(lp.get(), n + 2 * k + 2)));
        // count + below − above ∈ [min, max]: below > 0 means the count fell short of the minimum.
        if (below > 0 || above > 0)
            out.append({k, p.quotas[k].min - below, p.quotas[k].max + above});
    }
    return out;
}

std::optional<Lottery> solve(const DrawProblem &p, QString *error)
{
    const int n = int(p.profiles.size());
    int pool = 0;
    for (const Profile &profile : p.profiles)
        pool += profile.people;
    const auto fail = [error](const QString &why) -> std::optional<Lottery> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (p.panelSize <= 0)
        return fail(LeximinText::tr("The jury must have at least one member."));
    if (pool < p.panelSize)
        return fail(LeximinText::tr("The pool has %1 people, fewer than the %n juror(s) to draw.", nullptr, p.panelSize).arg(pool));

    // First panels: one that meets the quotas, then, for each profile, one with as many of its people
    // as possible (a profile no panel can include has no chance at all, and LEXIMIN starts there).
    QList<Panel> panels;
    const auto addPanel = [&panels](const Panel &panel) {
        if (!panels.contains(panel))
            panels << panel;
    };
    const std::optional<Panel> any = bestPanel(p, QList<double>(n, 1.0));
    if (!any)
        return fail(LeximinText::tr("No jury can meet these quotas with this pool."));
    addPanel(*any);
    QList<double> fixed(n, -1.0); // the chance a profile is held at, once fixed
    for (int t = 0; t < n; ++t) {
        QList<double> w(n, 0.0);
        w[t] = 1;
        const std::optional<Panel> most = bestPanel(p, w);
        if (most && most->value(t) > 0)
            addPanel(*most);
        else
            fixed[t] = 0; // never on a panel
    }

    // The dual of each stage (rows: panels; columns: y per profile, then ŷ):
    //   min ŷ − Σ_fixed f_t y_t   s.t.  Σ_t share(P, t) y_t − ŷ ≤ 0 for every panel P,
    //   Σ_unfixed y_t = 1, y ≥ 0.
    // Its value is the highest chance the unfixed profiles can all have; those whose y_t is positive
    // cannot do better and are fixed at it. New panels come from the pricing MIP until none improves.
    Glp dual = newProblem();
    glp_set_obj_dir(dual.get(), GLP_MIN);
    glp_add_cols(dual.get(), n + 1);
    for (int t = 0; t < n; ++t)
        glp_set_col_bnds(dual.get(), t + 1, GLP_LO, 0, 0);
    glp_set_col_bnds(dual.get(), n + 1, GLP_FR, 0, 0);
    glp_set_obj_coef(dual.get(), n + 1, 1);
    glp_add_rows(dual.get(), 1); // Σ_unfixed y = 1
    glp_set_row_bnds(dual.get(), 1, GLP_FX, 1, 1);
    int rowsForPanels = 0;
    const auto addPanelRow = [&](const Panel &panel) {
        const QList<double> share = shares(p, panel);
        std::vector<int> index(1);
        std::vector<double> value(1);
        for (int t = 0; t < n; ++t)
            if (share[t] > 0) {
                index.push_back(t + 1);
                value.push_back(share[t]);
            }
        index.push_back(n + 1);
        value.push_back(-1);
        const int row = glp_add_rows(dual.get(), 1);
        glp_set_mat_row(dual.get(), row, int(index.size()) - 1, index.data(), value.data());
        glp_set_row_bnds(dual.get(), row, GLP_UP, 0, 0);
        ++rowsForPanels;
    };
    for (const Panel &panel : panels)
        addPanelRow(panel);

    bool certified = false;
    for (int stage = 0; std::count(fixed.begin(), fixed.end(), -1.0) > 0; ++stage) {
        if (stage > n)
            return fail(LeximinText::tr("The fair draw could not be computed (the solver did not converge)."));
        // This stage's sum and objective.
        std::vector<int> index(1);
        std::vector<double> value(1);
        for (int t = 0; t < n; ++t) {
            glp_set_obj_coef(dual.get(), t + 1, fixed[t] >= 0 ? -fixed[t] : 0);
            if (fixed[t] < 0) {
                index.push_back(t + 1);
                value.push_back(1);
            }
        }
        glp_set_mat_row(dual.get(), 1, int(index.size()) - 1, index.data(), value.data());
        double objective = 0;
        for (int round = 0;; ++round) {
            if (round > 10000 || !solveLp(dual.get()))
                return fail(LeximinText::tr("The fair draw could not be computed (the solver did not converge)."));
            objective = glp_get_obj_val(dual.get());
            const double yhat = glp_get_col_prim(dual.get(), n + 1);
            QList<double> y;
            for (int t = 0; t < n; ++t)
                y << glp_get_col_prim(dual.get(), t + 1);
            QList<double> weights;
            for (int t = 0; t < n; ++t)
                weights << (p.profiles[t].people > 0 ? y[t] / p.profiles[t].people : 0.0);
            const std::optional<Panel> best = bestPanel(p, weights);
            if (!best)
                return fail(LeximinText::tr("The fair draw could not be computed (the solver did not converge)."));
            double gain = 0;
            const QList<double> share = shares(p, *best);
            for (int t = 0; t < n; ++t)
                gain += share[t] * y[t];
            if (gain <= yhat + kEps || panels.contains(*best)) {
                // Optimal for this stage: fix the profiles the duals say are held at the stage's value.
                bool held = false;
                for (int t = 0; t < n; ++t)
                    if (fixed[t] < 0 && y[t] > kEps) {
                        fixed[t] = std::clamp(objective, 0.0, 1.0);
                        held = true;
                    }
                if (!held) // numerical ties: fix the largest dual
                    fixed[int(std::max_element(y.begin(), y.end()) - y.begin())] = std::clamp(objective, 0.0, 1.0);
                if (stage == 0) // the lowest chance of all: its optimum certified in exact arithmetic
                    certified = certify(dual.get(), objective);
                break;
            }
            panels << *best;
            addPanelRow(*best);
        }
    }

    // The lottery itself: probabilities of the panels found that give each profile its fixed chance.
    Glp primal = newProblem();
    const int m = int(panels.size());
    glp_set_obj_dir(primal.get(), GLP_MAX);
    glp_add_cols(primal.get(), m + 1);
    for (int j = 0; j < m; ++j)
        glp_set_col_bnds(primal.get(), j + 1, GLP_LO, 0, 0);
    glp_set_col_bnds(primal.get(), m + 1, GLP_UP, 0, 1e-4); // how much the fixed chances may give way, at most
    glp_set_obj_coef(primal.get(), m + 1, 1);
    glp_add_rows(primal.get(), n + 1);
    std::vector<int> index(1);
    std::vector<double> value(1);
    for (int j = 0; j < m; ++j) {
        index.push_back(j + 1);
        value.push_back(1);
    }
    glp_set_mat_row(primal.get(), 1, m, index.data(), value.data());
    glp_set_row_bnds(primal.get(), 1, GLP_FX, 1, 1);
    QList<QList<double>> share;
    for (const Panel &panel : panels)
        share << shares(p, panel);
    for (int t = 0; t < n; ++t) {
        index.assign(1, 0);
        value.assign(1, 0);
        for (int j = 0; j < m; ++j)
            if (share[j][t] > 0) {
                index.push_back(j + 1);
                value.push_back(share[j][t]);
            }
        index.push_back(m + 1); // Σ share p + slack ≥ fixed, slack ≤ 0 (maximised towards 0)
        value.push_back(1);
        glp_set_mat_row(primal.get(), t + 2, int(index.size()) - 1, index.data(), value.data());
        glp_set_row_bnds(primal.get(), t + 2, GLP_LO, fixed[t], 0);
    }
    glp_set_col_bnds(primal.get(), m + 1, GLP_DB, -1e-4, 0);
    if (!solveLp(primal.get()))
        return fail(LeximinText::tr("The fair draw could not be computed (the solver did not converge)."));
    Lottery lottery;
    lottery.certified = certified;
    double total = 0;
    for (int j = 0; j < m; ++j) {
        const double pj = std::max(0.0, glp_get_col_prim(primal.get(), j + 1));
        if (pj > 1e-9) {
            lottery.panels << panels[j];
            lottery.probabilities << pj;
            total += pj;
        }
    }
    for (double &pj : lottery.probabilities)
        pj /= total;
    lottery.chance = QList<double>(n, 0.0);
    for (int j = 0; j < lottery.panels.size(); ++j) {
        const QList<double> s = shares(p, lottery.panels[j]);
        for (int t = 0; t < n; ++t)
            lottery.chance[t] += lottery.probabilities[j] * s[t];
    }
    lottery.lowest = 1;
    for (int t = 0; t < n; ++t)
        if (p.profiles[t].people > 0)
            lottery.lowest = std::min(lottery.lowest, lottery.chance[t]);
    return lottery;
}

} // namespace Atelier::Jury::Leximin
