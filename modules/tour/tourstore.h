// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agenda.h"
#include "exercises.h"

#include "core/entities.h"

#include <QCoreApplication>

namespace Atelier {
class Store;
struct ProjectContext;
} // namespace Atelier

namespace Atelier::Tour {

/// A person of the day: a participant of the project on one side.
struct Person
{
    QString participantId, name, organisation, side, dayRole;
};

/// Between the store and the plain values of the day and its exercises.
namespace TourStore {
/// The tours of the project, in order.
QList<Row> tours(const Store &store);
/// The tour of a contract (an empty row when it has none).
Row tourOfContract(const Store &store, const QString &contractId);
/// “Co-operator tour with <holder> — <line>”, for titles.
QString title(const Store &store, const QString &tourId);
QList<Person> people(const Store &store, const QString &tourId);
/// The people of one side, id → name.
QHash<QString, QString> side(const QList<Person> &people, const char *side);
QList<Slot> slots(const Store &store, const QString &tourId);
QList<Row> steps(const Store &store, const QString &tourId);
QList<Word> words(const Store &store, const QString &tourId);
QList<Row> photos(const Store &store, const QString &tourId);
QList<QuizQuestion> quiz(const Store &store, const QString &tourId);
QList<QuizAnswer> answers(const Store &store, const QString &tourId);
QList<Exchange> exchanges(const Store &store, const QString &tourId);
Signature signature(const Row &tour, const char *side);
AgreementCheck agreement(const Store &store, const QString &tourId);
} // namespace TourStore

/// Plans a co-operator tour for a notified contract: the day after notification by default, the
/// buyers and prescribers of the project on the administration's side, the holder's people (economic
/// operators whose name or organisation names the holder) on the other, and the booklet's French
/// defaults (agenda, jeu de piste, ten words each, the quiz on the contract's administrative
/// follow-up, exchanges, escalation path), all editable. One undo step; all or nothing. Returns the
/// tour's id, or an empty string when a write failed (nothing is left) or the contract has a tour.
QString prepare(ProjectContext &ctx, const QString &contractId);

/// Removes a tour with everything it holds (people of the day, agenda, exercises, answers,
/// exchanges; the photos stay in the project's library), as one undo step. False when a write failed.
bool remove(ProjectContext &ctx, const QString &tourId);

struct TourStoreText
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Tour::TourStore)
};

} // namespace Atelier::Tour
