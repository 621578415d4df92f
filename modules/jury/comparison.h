// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What LEXIMIN is compared with, so that a jury's organisers see what fairness buys: a uniform draw
// that ignores the quotas, and the greedy quota-first draw many organisers use by hand.
#pragma once

#include "leximin.h"

namespace Atelier::Jury::Comparison {

/// Everyone's chance in a uniform draw of the panel's size among the pool, quotas ignored.
double uniformChance(const DrawProblem &problem);

/// The greedy quota-first draw: while a minimum is unmet, take someone at random with the value
/// whose minimum is furthest from met for the people left; then anyone at random who breaks no
/// maximum; start again when stuck. Each profile's chance, estimated over `draws` draws made with
/// the hash generator from `seed` (reproducible). `failed` counts the draws that got stuck for good.
QList<double> greedyChances(const DrawProblem &problem, int draws, const QByteArray &seed, int *failed = nullptr);

/// In plain words, why the quotas cannot be met and what to change (from Leximin::relaxation).
QStringList explain(const DrawProblem &problem, const QList<Relaxation> &relaxations);

} // namespace Atelier::Jury::Comparison

namespace Atelier::Jury {
struct ComparisonText
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Jury::Comparison)
};
} // namespace Atelier::Jury
