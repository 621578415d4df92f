// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The public draw: the hash-based generator against values computed with another tool (Python's
// hashlib), reproducibility, the witnesses' numbers, quotas always met, and the frequencies of many
// draws against the LEXIMIN chances.
#include "catchqt.h"

#include "jury/publicdraw.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Atelier::Jury;

namespace {

/// A pool of 60: sex (F, M) × neighbourhood (Nord, Centre, Sud), unevenly filled; a jury of 12 with
/// 5 to 7 women and at least 3 from each neighbourhood.
DrawInputs inputs()
{
    DrawInputs in;
    in.categories = {{QStringLiteral("sexe"), {QStringLiteral("F"), QStringLiteral("M")}},
                     {QStringLiteral("quartier"), {QStringLiteral("Nord"), QStringLiteral("Centre"), QStringLiteral("Sud")}}};
    const int sizes[2][3] = {{4, 14, 8}, {6, 20, 8}};
    int n = 0;
    for (int sex = 0; sex < 2; ++sex)
        for (int area = 0; area < 3; ++area)
            for (int k = 0; k < sizes[sex][area]; ++k)
                in.pool << PoolEntry{Draw::pseudonym(QStringLiteral("personne %1").arg(n++)), {sex, area}, {}};
    in.quotas = {{0, 0, 5, 7}, {1, 0, 3, 12}, {1, 1, 3, 12}, {1, 2, 3, 12}};
    in.panelSize = 12;
    const std::optional<Lottery> lottery = Leximin::solve(Draw::problemOf(in), nullptr);
    REQUIRE(lottery);
    in.lottery = Draw::publish(*lottery);
    return in;
}

QList<Witness> witnesses(int a, int b)
{
    return {{QStringLiteral("Mme Roux"), QString::number(a)}, {QStringLiteral("M. Ba"), QString::number(b)}};
}

} // namespace

TEST_CASE("The generator: SHA-256 of the seed and a counter, as another tool computes it", "[jury][draw]")
{
    HashGenerator g(QByteArrayLiteral("abc"));
    // python3: int.from_bytes(sha256(b'abc' + i.to_bytes(8, 'big')).digest()[:8], 'big')
    CHECK(g.next() == 5430338203079989309ULL);
    CHECK(g.next() == 5261012271403106530ULL);
    CHECK(g.next() == 2316223040335020327ULL);
    CHECK(Draw::pseudonym(QStringLiteral("martin|paul|1980")) == QStringLiteral("054005c21edbd671"));

    // below(n) is uniform: 60,000 throws of a six-sided die.
    HashGenerator die(QByteArrayLiteral("dé"));
    int faces[6] = {};
    for (int i = 0; i < 60000; ++i)
        ++faces[die.below(6)];
    double chi2 = 0;
    for (int f : faces)
        chi2 += (f - 10000.0) * (f - 10000.0) / 10000.0;
    CHECK(chi2 < 20.5); // 5 degrees of freedom: exceeded by chance once in a thousand
    CHECK(die.below(1) == 0);
}

TEST_CASE("The published lottery: integer weights adding up to a billion, each within one of its probability", "[jury][draw]")
{
    const DrawInputs in = inputs();
    qint64 total = 0;
    for (qint64 w : in.lottery.weights)
        total += w;
    CHECK(total == Draw::kWeights);
    const std::optional<Lottery> lottery = Leximin::solve(Draw::problemOf(in), nullptr);
    REQUIRE(lottery);
    for (int j = 0; j < lottery->panels.size(); ++j) {
        const int at = int(in.lottery.panels.indexOf(lottery->panels[j]));
        REQUIRE(at >= 0);
        CHECK(std::abs(double(in.lottery.weights[at]) - lottery->probabilities[j] * 1e9) <= 1.0);
    }
}

TEST_CASE("The draw: the same inputs give the same jury; one witness's number, another jury", "[jury][draw]")
{
    const DrawInputs in = inputs();
    const DrawResult first = Draw::draw(in, witnesses(4, 17));
    REQUIRE(first.pseudonyms.size() == 12);
    CHECK(Draw::draw(in, witnesses(4, 17)).pseudonyms == first.pseudonyms);
    CHECK(Draw::draw(inputs(), witnesses(4, 17)).pseudonyms == first.pseudonyms); // the whole chain again
    CHECK(Draw::draw(in, witnesses(4, 18)).pseudonyms != first.pseudonyms);
    // The fingerprints change with what they cover.
    DrawInputs other = in;
    other.pool[0].values[1] = 2;
    CHECK(Draw::fingerprints(other).pool != Draw::fingerprints(in).pool);
    CHECK(Draw::fingerprints(other).quotas == Draw::fingerprints(in).quotas);
    other = in;
    other.quotas[0].max = 8;
    CHECK(Draw::fingerprints(other).quotas != Draw::fingerprints(in).quotas);
}

TEST_CASE("Many draws: the quotas always met, and each profile drawn as often as its LEXIMIN chance", "[jury][draw]")
{
    const DrawInputs in = inputs();
    const DrawProblem problem = Draw::problemOf(in);
    const std::optional<Lottery> lottery = Leximin::solve(problem, nullptr);
    REQUIRE(lottery);
    const QList<QList<int>> profiles = Draw::profilesOf(in.pool);
    QHash<QString, int> profileOf;
    for (const PoolEntry &e : in.pool)
        profileOf.insert(e.pseudonym, int(profiles.indexOf(e.values)));
    const int draws = 3000;
    QList<int> seats(profiles.size(), 0);
    QHash<QString, int> timesDrawn;
    for (int d = 0; d < draws; ++d) {
        const DrawResult r = Draw::draw(in, witnesses(d, 7 * d + 3));
        REQUIRE(r.pseudonyms.size() == 12);
        Panel counts(profiles.size(), 0);
        for (const QString &p : r.pseudonyms) {
            ++counts[profileOf.value(p)];
            ++timesDrawn[p];
        }
        CHECK(Leximin::meets(problem, counts));
        for (int t = 0; t < profiles.size(); ++t)
            seats[t] += counts[t];
    }
    for (int t = 0; t < profiles.size(); ++t) {
        const int people = problem.profiles[t].people;
        const double expected = lottery->chance[t] * people * draws; // seats of the profile over all draws
        const double sd = std::sqrt(draws * people * lottery->chance[t] * (1 - std::min(0.999, lottery->chance[t])));
        INFO("profile " << t << ": " << seats[t] << " seats, " << expected << " expected");
        CHECK(std::abs(seats[t] - expected) < 5 * sd + 1);
    }
    // Within a profile, everyone alike: nobody is drawn far more often than the profile's chance.
    for (const PoolEntry &e : in.pool) {
        const double p = lottery->chance[profileOf.value(e.pseudonym)];
        CHECK(std::abs(timesDrawn.value(e.pseudonym) - p * draws) < 5 * std::sqrt(draws * p * (1 - p)) + 1);
    }
}

// Not run by CTest: writes a draw's inputs as JSON, with the jury drawn, for docs/jury-draw.md's
// Python check (ATELIER_DRAW_JSON=file test_jury "[.export]").
TEST_CASE("A draw's inputs for the reference check", "[.export]")
{
    DrawInputs in = inputs();
    in.onePerHousehold = true;
    for (int i = 0; i < in.pool.size(); ++i)
        in.pool[i].household = QStringLiteral("%1").arg(i / 2, 4, 10, QLatin1Char('0'));
    const QList<Witness> called = witnesses(4, 17);
    QJsonArray pool, categories, quotas, lottery, numbers, chosen;
    for (const PoolEntry &e : in.pool)
        pool.append(QJsonArray{e.pseudonym, QJsonArray{e.values[0], e.values[1]}, e.household});
    for (const Category &c : in.categories)
        categories.append(QJsonArray{c.name, QJsonArray::fromStringList(c.values)});
    for (const Quota &q : in.quotas)
        quotas.append(QJsonArray{q.category, q.value, q.min, q.max});
    for (int j = 0; j < in.lottery.panels.size(); ++j) {
        QJsonArray counts;
        for (int c : in.lottery.panels[j])
            counts.append(c);
        lottery.append(QJsonArray{double(in.lottery.weights[j]), counts});
    }
    for (const Witness &w : called)
        numbers.append(w.number);
    const DrawResult r = Draw::draw(in, called);
    const Fingerprints f = Draw::fingerprints(in);
    QFile out(qEnvironmentVariable("ATELIER_DRAW_JSON", QStringLiteral("/tmp/draw.json")));
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(QJsonObject{{QStringLiteral("pool"), pool},
                                        {QStringLiteral("categories"), categories},
                                        {QStringLiteral("quotas"), quotas},
                                        {QStringLiteral("panel_size"), in.panelSize},
                                        {QStringLiteral("one_per_household"), in.onePerHousehold},
                                        {QStringLiteral("lottery"), lottery},
                                        {QStringLiteral("witnesses"), numbers},
                                        {QStringLiteral("expected_fingerprints"),
                                         QJsonArray{f.pool, f.quotas, f.settings, f.lottery, f.algorithm}},
                                        {QStringLiteral("expected_jury"), QJsonArray::fromStringList(r.pseudonyms)}})
                  .toJson());
}

TEST_CASE("One per household: nobody drawn from a household already on the jury; substitutes of the same profile", "[jury][draw]")
{
    DrawInputs in = inputs();
    // Households of two: person i lives with person i + 30, always of another profile (see inputs()).
    for (int i = 0; i < in.pool.size(); ++i)
        in.pool[i].household = QStringLiteral("foyer %1").arg(i % 30);
    in.onePerHousehold = true;
    QHash<QString, PoolEntry> byPseudonym;
    for (const PoolEntry &e : in.pool)
        byPseudonym.insert(e.pseudonym, e);
    CHECK(Draw::fingerprints(in).settings != Draw::fingerprints(inputs()).settings);
    for (int d = 0; d < 200; ++d) {
        const QList<Witness> called = witnesses(d, 11 * d + 1);
        const DrawResult r = Draw::draw(in, called);
        REQUIRE(r.pseudonyms.size() == 12); // every profile keeps enough households here
        QSet<QString> households;
        for (const QString &p : r.pseudonyms)
            households.insert(byPseudonym.value(p).household);
        CHECK(households.size() == 12);

        // A juror withdraws: the substitute has the same profile, is not on the jury, nor of its households.
        const QString gone = r.pseudonyms.at(d % 12);
        const QString sub = Draw::substitute(in, called, r.pseudonyms, gone, 1);
        if (sub.isEmpty()) { // only when the profile has nobody left outside the jury's households
            for (const PoolEntry &e : in.pool)
                if (e.values == byPseudonym.value(gone).values && !r.pseudonyms.contains(e.pseudonym))
                    CHECK(households.contains(e.household));
            continue;
        }
        CHECK(byPseudonym.value(sub).values == byPseudonym.value(gone).values);
        CHECK_FALSE(r.pseudonyms.contains(sub));
        CHECK_FALSE(households.contains(byPseudonym.value(sub).household));
        CHECK(Draw::substitute(in, called, r.pseudonyms, gone, 1) == sub); // reproducible
    }
}

TEST_CASE("One per household: each chance stays the lottery's within the bound, by hand and over many draws", "[jury][draw]")
{
    // By hand: Anne and Alice (women) live with Bruno; Bernard lives alone. A jury of 2, exactly one
    // woman: every jury is one woman and one man, each chosen by half. Without the rule, two of the
    // household sit together when Bruno does (1/2), whichever woman sits; the pairs add up to
    // Anne–Bruno 1/4 + Alice–Bruno 1/4 + Anne–Alice 0 = 1/2.
    DrawInputs small;
    small.categories = {{QStringLiteral("sexe"), {QStringLiteral("F"), QStringLiteral("M")}}};
    small.pool = {{QStringLiteral("anne"), {0}, QStringLiteral("H1")},
                  {QStringLiteral("alice"), {0}, QStringLiteral("H1")},
                  {QStringLiteral("bruno"), {1}, QStringLiteral("H1")},
                  {QStringLiteral("bernard"), {1}, QStringLiteral("H2")}};
    small.quotas = {{0, 0, 1, 1}};
    small.panelSize = 2;
    small.onePerHousehold = true;
    const std::optional<Lottery> only = Leximin::solve(Draw::problemOf(small), nullptr);
    REQUIRE(only);
    small.lottery = Draw::publish(*only);
    CHECK(Draw::householdBound(small) == Approx(0.5));
    small.pool[3].household = QStringLiteral("H1"); // Bernard moves in: every man shares the women's home
    CHECK(Draw::householdBound(small) == Approx(1.0));
    for (PoolEntry &e : small.pool)
        e.household.clear(); // households unknown: nothing to bound
    CHECK(Draw::householdBound(small) == 0.0);

    // Over many draws of the pool of 60 in households of two: how often the rule changes the jury,
    // and how far each profile's frequency is from its chance, both within the bound (and sampling).
    DrawInputs in = inputs();
    for (int i = 0; i < in.pool.size(); ++i)
        in.pool[i].household = QStringLiteral("foyer %1").arg(i % 30);
    DrawInputs without = in;
    in.onePerHousehold = true;
    const double bound = Draw::householdBound(in);
    CHECK(bound > 0.0);
    CHECK(bound < 1.0);
    const DrawProblem problem = Draw::problemOf(in);
    const QList<double> chance = Draw::chances(problem, in.lottery);
    QHash<QString, int> profileOf;
    const QList<QList<int>> profiles = Draw::profilesOf(in.pool);
    for (const PoolEntry &e : in.pool)
        profileOf.insert(e.pseudonym, int(std::lower_bound(profiles.begin(), profiles.end(), e.values) - profiles.begin()));
    const int draws = 3000;
    int changed = 0;
    QList<double> seats(profiles.size(), 0.0);
    for (int d = 0; d < draws; ++d) {
        // The same seed with and without the rule (the real draw's seed also fingerprints the rule).
        const QByteArray seed = Draw::seed(Draw::fingerprints(in), witnesses(d, 7 * d + 3));
        const DrawResult ruled = Draw::drawFrom(in, seed);
        const DrawResult free = Draw::drawFrom(without, seed);
        if (ruled.pseudonyms != free.pseudonyms) {
            // Only where the draw without the rule seats two of one household (the bound's argument).
            QSet<QString> homes;
            for (const QString &p : free.pseudonyms)
                homes.insert(in.pool[int(std::find_if(in.pool.cbegin(), in.pool.cend(), [&](const PoolEntry &e) {
                                             return e.pseudonym == p;
                                         }) - in.pool.cbegin())]
                                 .household);
            CHECK(homes.size() < free.pseudonyms.size());
            ++changed;
        }
        for (const QString &p : ruled.pseudonyms)
            seats[profileOf.value(p)] += 1.0;
    }
    const double margin = 4 * std::sqrt(0.25 / draws); // four standard deviations, at worst
    CHECK(double(changed) / draws <= bound + margin);
    for (int t = 0; t < profiles.size(); ++t) {
        const double frequency = seats[t] / draws / problem.profiles[t].people;
        INFO("profile " << t << ": " << frequency << " against " << chance[t] << " ± " << bound);
        CHECK(std::abs(frequency - chance[t]) <= bound + margin);
    }
}
