// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A copy of the project to send to another administration (Export for sharing): the personal data
// that must not travel left out, the share recorded in the copy (who, for whom, when, from which
// file) with its share point (the copy as shared, compressed: what a merge compares both sides with),
// written as a fresh file so that nothing removed survives in its bytes.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Atelier {

class Project;
namespace Sql {
class Connection;
}
struct TableInfo;

/// Personal data a module keeps: a column blanked in a shared copy, or, without a column, the rows
/// themselves left out. `what` names it for people ("the contacts of the participants").
struct PersonalData
{
    const TableInfo &(*table)() = nullptr;
    QString column;
    const char *what = nullptr; ///< QT_TRANSLATE_NOOP("Atelier::Entities", ...)
};

struct ShareRequest
{
    QString sender;    ///< the administration sharing (the project's own, by default)
    QString recipient; ///< the administration it is for (may be unsaid)
    QList<PersonalData> personal;
};

struct ShareReport
{
    QString shareId;
    /// What was left out and how many values or rows (nothing listed when there were none).
    QList<std::pair<QString, int>> leftOut;
};

namespace ShareCopy {
/// The core's own personal data: the participants' contacts.
QList<PersonalData> corePersonalData();
/// What a shared copy would leave out of the project as it stands, with the counts.
QList<std::pair<QString, int>> wouldLeaveOut(Project &project, const QList<PersonalData> &personal);
/// A database as a share point: its bytes without the share points it carries, compressed (qCompress).
QByteArray sharePoint(Sql::Connection &db);
/// Writes the shared copy; nothing when refused (`error` says why, in the user's language).
std::optional<ShareReport> write(Project &project, const QString &path, const ShareRequest &request, QString *error);
} // namespace ShareCopy

struct ShareCopyText
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::ShareCopy)
};

} // namespace Atelier
