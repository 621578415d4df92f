// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The draw as the project keeps it: prepared (settings and quotas), frozen (the lottery computed and
// published, everything fingerprinted, before any randomness), drawn (the witnesses' numbers, the
// jury), then the jurors' substitutes. Each step is one undo step, all or nothing.
#pragma once

#include "drawsetup.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace Atelier {
class Store;
struct ProjectContext;
} // namespace Atelier

namespace Atelier::Jury {

/// The draw's row as stored.
struct DrawRecord
{
    QString id;
    DrawSettings settings;
    QString state; ///< "setup", "frozen", "drawn"
    QList<Category> categories; ///< as frozen
    QByteArray lottery;         ///< Draw::canonicalLottery, as published
    Fingerprints fingerprints;
    double lowest = 0;
    bool certified = false; ///< the lowest chance confirmed optimal by the exact simplex
    int panel = -1;
    QString frozenAt, drawnAt;
    qint64 dailyAllowance = 0; ///< cents
};

struct Juror
{
    QString id, pseudonym, lastName, firstNames, status, replaces, participantId;
    QString profile; ///< its values' keys (Setup::profileKeys)
    int substitute = 0; ///< 0 for the jury drawn, n for the n-th substitute
    bool ethics = false, rules = false;
    double days = 0; ///< the days of the sessions attended
};

/// A session of the jury (training, hearings, deliberation).
struct Session
{
    QString id;
    QDate date; ///< invalid for sessions counted before they had dates
    QString title;
    double days = 1;
};

namespace DrawStore {
std::optional<DrawRecord> record(const Store &store);
QList<QuotaSetting> quotas(const Store &store);
QList<Witness> witnesses(const Store &store);
QList<Juror> jurors(const Store &store);
/// The sessions by date (undated ones first, in their order).
QList<Session> sessions(const Store &store);
/// Which sessions each juror attended: juror id → session ids.
QHash<QString, QSet<QString>> attendance(const Store &store);
/// Marks a juror present at a session, or absent (one undo step).
bool setAttended(ProjectContext &ctx, const QString &jurorId, const QString &sessionId, bool attended);
/// Removes a session and who attended it (one undo step).
bool removeSession(ProjectContext &ctx, const QString &sessionId);

/// The draw's settings with the quotas that follow the pool (one undo step); its id.
QString prepare(ProjectContext &ctx, QString *error);
/// The quotas replaced by ones that follow the pool (after a change of categories or size).
bool setProportionalQuotas(ProjectContext &ctx, QString *error);
/// The categories the draw uses (keys among Setup::categoryKeys()).
bool setCategories(ProjectContext &ctx, const QStringList &keys, QString *error);
/// The inputs of the draw from the pool in the project, as it stands (setup) or as frozen.
std::optional<DrawInputs> inputs(const Store &store, QString *error);
/// The same from the given people (an archived pool, read again).
std::optional<DrawInputs> inputs(const Store &store, const QList<PoolPerson> &people, QString *error);
/// Computes the LEXIMIN lottery, publishes it and fixes the fingerprints: from now on the pool, the
/// quotas and the settings cannot change. Refused, with why and the smallest change, when the quotas
/// cannot be met.
bool freeze(ProjectContext &ctx, QString *error);
/// The jury from the witnesses' numbers (at least one, digits only): the jurors are written, each
/// also a participant of the project as a citizen juror.
bool drawJury(ProjectContext &ctx, QString *error);
/// A juror withdraws: marked so, and the next substitute of their profile drawn and seated.
bool replace(ProjectContext &ctx, const QString &jurorId, QString *error);
} // namespace DrawStore

struct DrawStoreText
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Jury::DrawStore)
};

} // namespace Atelier::Jury
