// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct sqlite3;

namespace Atelier::Sourcing {

/// The name of the FTS5 tokenizer registerFrenchTokenizer() adds.
inline constexpr char kFrenchTokenizer[] = "atelier_fr";

/// Registers on `db` an FTS5 tokenizer for French text: SQLite's unicode61 (accents removed, case
/// folded), whose words are then written as French users type them without the ligatures: “œ” as
/// “oe”, “æ” as “ae” — “main-d'oeuvre” finds “main-d'œuvre”, and the other way round. A word keeps
/// its place in the original text, so highlights and passages show the text as it was written.
/// Returns false when FTS5 is not there.
bool registerFrenchTokenizer(sqlite3 *db);

} // namespace Atelier::Sourcing
