// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// From the people of the pool to what the draw needs: the categories (sex, age band, neighbourhood,
// list) and their values, each person's profile, the quotas as indexes. Widget-free, store-free.
#pragma once

#include "poolimport.h"
#include "publicdraw.h"

namespace Atelier::Jury {

/// A quota as the organisers set it: a category's key and a value's text, at least `min`, at most `max`.
struct QuotaSetting
{
    QString category, value;
    int min = 0, max = 0;
};

struct DrawSettings
{
    int panelSize = 12;
    bool onePerHousehold = true;
    QStringList categories; ///< keys among Setup::categoryKeys(), in that order
    int referenceYear = 0;  ///< the year ages are counted at
};

namespace Setup {
/// "sex", "age", "neighbourhood", "source".
QStringList categoryKeys();
QString categoryLabel(const QString &key);
/// A value as the user reads it: "woman", "30 to 44", "electoral roll"; a neighbourhood as it is.
QString valueLabel(const QString &key, const QString &value);
/// The age band of someone born in `birthYear` at `referenceYear`: "16-29", "30-44", "45-59", "60-74", "75+".
QString ageBand(int birthYear, int referenceYear);
/// The categories used and their values, in a fixed order (neighbourhoods sorted as found in the pool).
QList<Category> categoriesOf(const DrawSettings &settings, const QList<PoolPerson> &people);
/// Each person once (someone on both lists is a volunteer), with their values; people whose value a
/// category lacks are left out and counted in `missing`.
QList<PoolEntry> entriesOf(const DrawSettings &settings, const QList<Category> &categories,
                           const QList<PoolPerson> &people, int *missing = nullptr);
/// Everything the draw is made of, but the lottery; `error` names a quota whose value is unknown.
std::optional<DrawInputs> inputsOf(const DrawSettings &settings, const QList<Category> &categories,
                                   const QList<PoolEntry> &entries, const QList<QuotaSetting> &quotas,
                                   QString *error);
/// Quotas that follow the pool: for each value, its share of the jury rounded down and up.
QList<QuotaSetting> proportional(const QList<Category> &categories, const QList<PoolEntry> &entries, int panelSize);
/// The categories as frozen with the draw (so that an archived pool is read the same way), and back.
QString categoriesText(const QList<Category> &categories);
QList<Category> categoriesFrom(const QString &text);
/// The lottery as published (Draw::canonicalLottery), read back; nothing when malformed.
std::optional<PublishedLottery> lotteryFrom(const QByteArray &canonical);
/// A chance as a percentage in the user's language ("12.5%", « 12,5 % »), with more digits when small.
QString chanceText(double chance);
/// What the household rule does to the chances, in words, from Draw::householdBound.
QString householdText(double bound);
/// A profile in words: "woman, 30 to 44, Nord, volunteers".
QString profileText(const QList<Category> &categories, const QList<int> &values);
/// A profile as stored with a juror, in no language: its values' keys, "F|30-44|Nord|volunteers".
QString profileKeys(const QList<Category> &categories, const QList<int> &values);
/// The stored profile in words, in the user's language.
QString profileLabel(const QList<Category> &categories, const QString &keys);
} // namespace Setup

struct SetupText
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Jury::Setup)
};

} // namespace Atelier::Jury
