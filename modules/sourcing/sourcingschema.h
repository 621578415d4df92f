// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entities.h"
#include "core/schema.h"

namespace Atelier::Sourcing {

/// The sourcing canvas's own tables (seed §2 end, §4): the buyers' guide in chapters and entries
/// (actors, standards, lessons learned, figures, questions), the question grid published with the
/// tender and its scoring, the bidders and their answers, the responsible-negotiation meetings.
/// The search index is not among them: it is derived, rebuilt in memory (CanvasIndex).
ModuleSchema schema();

namespace Tables {
const TableInfo &chapter();
const TableInfo &entry();
const TableInfo &entryAttachment();
const TableInfo &gridQuestion();
const TableInfo &gridChoice();
const TableInfo &bidder();
const TableInfo &answer();
const TableInfo &meeting();
const TableInfo &meetingTopic();
const TableInfo &meetingExpert();
/// The impacts sought, as the strategic modeler weighs them (its `criterion` table): read here to
/// link questions to them, never written, and not one of this panel's tables.
const TableInfo &impactSought();
} // namespace Tables

/// The kinds of canvas entries, as stored.
namespace EntryKind {
inline constexpr char kActor[] = "actor";
inline constexpr char kStandard[] = "standard";
inline constexpr char kLesson[] = "lesson";
inline constexpr char kFigure[] = "figure";
inline constexpr char kQuestion[] = "question";
} // namespace EntryKind

/// The columns an entry of `kind` shows and edits, in order (beyond chapter, kind and notes).
QStringList entryColumns(const QString &kind);

} // namespace Atelier::Sourcing
