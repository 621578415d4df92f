// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvreader.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <optional>

namespace Atelier::Jury {

/// What the draw needs of a person, and nothing more: no address (a fingerprint of the household
/// stands for it), no full birth date (the year), no contact.
enum class PoolField { LastName, UsageName, FirstNames, Birth, Sex, PollingStation, Neighbourhood, Commune, Address };

/// Which column holds each field (-1: none). Guessed from the usual French headers, then confirmed.
using Mapping = QHash<PoolField, int>;

struct PoolPerson
{
    int line = 0;      ///< in the file, for messages
    QString lastName;  ///< the usage name when the file has one, else the birth name
    QString firstNames;
    int birthYear = 0;
    QChar sex;         ///< 'F' or 'M'
    QString neighbourhood; ///< the neighbourhood, else the polling station
    QString commune;
    QString household; ///< SHA-256 (hex) of the normalised address and commune; empty without address
    QString source;    ///< "roll" or "volunteers": the list the person came from (once stored)
    QString identity() const; ///< normalised names and birth year: the same person on two lists
    QString identityText;     ///< identity() as worked out once by Pool::read
};

struct Rejection
{
    int line = 0;
    QString reason; ///< in the user's language
};

struct PoolImport
{
    QList<PoolPerson> accepted;
    QList<Rejection> rejected;
    /// Lines that repeat a person already accepted from this file (also in `rejected`).
    int repeated = 0;
};

namespace Pool {
/// The field a header names ("Nom d'usage", "PRÉNOM(S)", "Date de naissance", "Bureau de vote"...),
/// or nothing.
std::optional<PoolField> fieldOf(const QString &header);
/// The mapping the headers suggest (the first column naming a field wins).
Mapping guess(const QStringList &headers);
/// What the mapping still lacks for the draw: names, first names, birth, sex. Empty when complete.
QStringList missing(const Mapping &mapping);
/// Every record after the header, accepted or rejected with its line and reason; nothing dropped.
/// `today` bounds the birth years (a juror is at least 16).
PoolImport read(const CsvTable &table, const Mapping &mapping, const QDate &today);
/// People of `a` and `b` who are the same person (same names and birth year): pairs of indexes.
QList<QPair<int, int>> sameIn(const QList<PoolPerson> &a, const QList<PoolPerson> &b);
/// The mapping as stored with an import (to read an archived file again the same way), and back.
QString mappingText(const Mapping &mapping);
Mapping mappingFrom(const QString &text);
/// Lower case, no accents, single spaces: how names, headers and addresses are compared.
QString normalised(const QString &text);
} // namespace Pool

struct PoolText
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Jury::Pool)
};

} // namespace Atelier::Jury
