// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The verifiable part of the draw (docs/jury-draw.md specifies it for anyone to re-check): everything is
// fixed and fingerprinted before any randomness exists; the randomness comes from numbers called by
// witnesses; a hash-based generator then picks the panel from the published lottery and the people
// within each profile, the same way on every machine.
#pragma once

#include "leximin.h"

#include <QByteArray>

namespace Atelier::Jury {

/// A person of the pool as the draw sees them: a pseudonym, a value per category, a household.
struct PoolEntry
{
    QString pseudonym; ///< Draw::pseudonym of the person
    QList<int> values;
    QString household; ///< empty when unknown
};

/// The lottery as published before the draw: panels and integer weights adding up to Draw::kWeights.
struct PublishedLottery
{
    QList<Panel> panels;
    QList<qint64> weights;
};

struct Witness
{
    QString name;
    QString number; ///< as called: digits
};

struct DrawInputs
{
    QList<Category> categories;
    QList<PoolEntry> pool;
    QList<Quota> quotas;
    int panelSize = 0;
    bool onePerHousehold = false; ///< nobody drawn from a household someone was already drawn from
    PublishedLottery lottery;
};

struct Fingerprints
{
    QString pool, quotas, settings, lottery, algorithm; ///< SHA-256, lower-case hex
};

struct DrawResult
{
    int panel = -1;          ///< the index of the panel drawn in the lottery
    QStringList pseudonyms;  ///< the people drawn, in the order they were drawn
};

namespace Draw {
inline constexpr qint64 kWeights = 1'000'000'000;
inline constexpr char kAlgorithm[] = "atelier-jury-draw/1 leximin-profiles glpk sha256-counter";

/// The pseudonym of a person: the first 16 hex digits of SHA-256("atelier-jury/1|" + identity).
QString pseudonym(const QString &identity);
/// The profiles of the pool (sorted by their values) and the problem LEXIMIN solves.
QList<QList<int>> profilesOf(const QList<PoolEntry> &pool);
DrawProblem problemOf(const DrawInputs &inputs);
/// Each profile's chance of a seat under a published lottery (integer weights out of their total).
QList<double> chances(const DrawProblem &problem, const PublishedLottery &lottery);
/// With one person per household, how often the rule may change the jury: with the same random numbers
/// the draw follows the lottery exactly unless, without the rule, it would seat two people of one
/// household; so no chance moves by more than the probability of that (and each profile keeps its
/// seats, a person passed over being replaced from the same profile). This bounds it from above by
/// adding up, over every pair of people sharing a household, the chance that the lottery seats both
/// (worked out exactly from the published weights).
double householdBound(const DrawInputs &inputs);
/// Integer weights out of kWeights for the lottery's probabilities: each rounded down, the rest given
/// one by one to the largest remainders (the first panel first when equal). Panels in canonical order.
PublishedLottery publish(const Lottery &lottery);
/// The canonical texts fingerprinted (docs/jury-draw.md) and their SHA-256.
QByteArray canonicalPool(const DrawInputs &inputs);
QByteArray canonicalQuotas(const DrawInputs &inputs);
QByteArray canonicalSettings(const DrawInputs &inputs);
QByteArray canonicalLottery(const PublishedLottery &lottery);
Fingerprints fingerprints(const DrawInputs &inputs);
/// The seed: SHA-256 of the fingerprints and the witnesses' numbers, in the order they were called.
QByteArray seed(const Fingerprints &f, const QList<Witness> &witnesses);
/// The panel drawn, then the people within each profile (with onePerHousehold, a person whose
/// household is already on the jury is passed over and the next one drawn instead).
DrawResult draw(const DrawInputs &inputs, const QList<Witness> &witnesses);
/// The same from a given seed (draw() is drawFrom(inputs, seed(fingerprints(inputs), witnesses))).
DrawResult drawFrom(const DrawInputs &inputs, const QByteArray &seed);
/// A substitute for `withdrawn` (a pseudonym of the jury): someone of the same profile, so that the
/// quotas still hold, who is not already drawn and (with onePerHousehold) not of a household already
/// drawn; the `number`-th substitute (from 1) of the draw, with a generator of its own seeded from the
/// draw's seed. Empty when the profile has nobody left.
QString substitute(const DrawInputs &inputs, const QList<Witness> &witnesses, const QStringList &drawn,
                   const QString &withdrawn, int number);
} // namespace Draw

/// A deterministic generator: SHA-256 of the seed and a 64-bit big-endian counter, read as 64-bit
/// big-endian numbers; below(n) by rejection sampling (no modulo bias), the same on every machine.
class HashGenerator
{
public:
    explicit HashGenerator(QByteArray seed) : m_seed(std::move(seed)) {}
    quint64 next();
    /// A number in [0, n), n ≥ 1.
    quint64 below(quint64 n);

private:
    QByteArray m_seed;
    quint64 m_counter = 0;
};

} // namespace Atelier::Jury
