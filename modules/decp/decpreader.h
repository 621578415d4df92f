// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pastcontract.h"

#include <QList>
#include <QString>

#include <functional>

class QIODevice;

namespace Atelier::Decp {

/// A record that was not kept, where it is and why.
struct InvalidRecord
{
    qint64 index;  ///< 1 for the file's first marché
    qint64 offset; ///< the byte where the record (or the syntax error) is
    QString reason;
};

/// What reading a DECP file found.
struct ReadReport
{
    qint64 read = 0;  ///< records met (valid and invalid)
    qint64 valid = 0; ///< handed to the callback
    QList<InvalidRecord> invalid;
    qint64 concessions = 0;  ///< contrats de concession met (marches.contrat-concession): not kept, counted
    qint64 bytes = 0;        ///< bytes read
    bool recognised = false; ///< the file looked like DECP (a "marches" object or a list of marchés)
    QString fatal;           ///< set when reading stopped before the end (syntax error, unreadable)
};

namespace Reader {

/// Reads DECP marchés as a stream (RapidJSON's SAX reader over chunks of the device: never the whole file
/// in memory). The device is a file or a buffer: a read of no byte is its end. Accepts the official v2
/// shape {"marches":{"marche":[…]}} (also "marche" as a single object, and list items wrapped or not:
/// titulaires[{titulaire:{…}}] or titulaires[{…}]), {"marches":[…]} and a file that is a plain list of
/// marchés. Each valid record goes to `take`, in file order; a record that misses what the library keeps,
/// or breaks the schema's pattern, enumeration or minimum for it, is counted with its position and reason
/// and the reading goes on. A syntax error, a text that is not UTF-8, a zero byte or nesting deeper than
/// any DECP record stops the reading there (JSON cannot be resynchronised): it is reported as `fatal` with
/// its offset, the records before it are kept, the record it stopped in is counted invalid. When `take`
/// returns false the reading stops at once, with no fatal error (the caller knows why).
ReadReport read(QIODevice &device, const std::function<bool(PastContract &&)> &take);

} // namespace Reader
} // namespace Atelier::Decp
