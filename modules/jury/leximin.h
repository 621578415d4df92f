// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The fair part of the draw: selection probabilities that maximise the lowest chance of anyone, then
// the next lowest, and so on (LEXIMIN, Flanigan et al., Nature 2021), computed over profiles — people
// with the same value in every category deserve the same chance — by column generation with GLPK.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Atelier::Jury {

struct Category
{
    QString name;       ///< "sexe", "quartier", "source"
    QStringList values; ///< "F", "M"
};

/// At least `min` and at most `max` people of the panel with value `value` of category `category`.
struct Quota
{
    int category = 0;
    int value = 0;
    int min = 0;
    int max = 0;
};

/// People sharing one value in every category, and how many of them the pool has.
struct Profile
{
    QList<int> values; ///< a value index per category
    int people = 0;
};

struct DrawProblem
{
    QList<Category> categories;
    QList<Profile> profiles;
    QList<Quota> quotas;
    int panelSize = 0;
};

/// A panel as counts of people per profile (who, within a profile, is drawn afterwards).
using Panel = QList<int>;

/// A lottery over panels and what it gives each profile.
struct Lottery
{
    QList<Panel> panels;
    QList<double> probabilities; ///< of each panel; they add up to 1
    QList<double> chance;        ///< of each person, by profile
    double lowest = 0;
    /// Whether GLPK's exact rational simplex confirmed the lowest chance as the optimum of the
    /// program over the panels found (the pricing program then finding no panel that raises it).
    bool certified = false;
};

/// A quota that cannot be met as it stands, and the nearest bounds that can (the smallest total change).
struct Relaxation
{
    int quota = 0;
    int min = 0;
    int max = 0;
};

namespace Leximin {
/// The LEXIMIN lottery; nothing (and `error` says why) when no panel meets the quotas.
std::optional<Lottery> solve(const DrawProblem &problem, QString *error);
/// The panel of the best weight (Σ weight × count) that meets the quotas, if any.
std::optional<Panel> bestPanel(const DrawProblem &problem, const QList<double> &weights);
/// The quotas to change, and to what, so that a panel can meet them: empty when they can already be
/// met. Minimises the total change (people added below a minimum or above a maximum).
QList<Relaxation> relaxation(const DrawProblem &problem);
/// Whether a panel meets every quota and the pool (counts within each profile's people, the right size).
bool meets(const DrawProblem &problem, const Panel &panel);
} // namespace Leximin

struct LeximinText
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Jury::Leximin)
};

} // namespace Atelier::Jury
