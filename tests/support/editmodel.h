// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Random edits through the public API (Edit::…) and, beside them, the state they should leave, kept
// by the test in plain containers: what a reopened working copy must hold is worked out here, not by
// the code under test.

#include "core/attachmentfile.h"
#include "core/edit.h"
#include "core/project.h"
#include "core/sqlite.h"

#include <QCryptographicHash>
#include <QMap>
#include <QRandomGenerator>
#include <QStringList>

namespace AtelierTest {

inline QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

struct ExpectedProject
{
    QString title;
    QMap<QString, QString> participants; // id → name
    QMap<QString, QString> keyDates;     // id → label
    QMap<QString, QString> attachments;  // id → sha256

    QString canonical() const
    {
        QStringList lines{QStringLiteral("title=") + title};
        for (auto it = participants.cbegin(); it != participants.cend(); ++it)
            lines << QStringLiteral("participant %1=%2").arg(it.key(), it.value());
        for (auto it = keyDates.cbegin(); it != keyDates.cend(); ++it)
            lines << QStringLiteral("date %1=%2").arg(it.key(), it.value());
        for (auto it = attachments.cbegin(); it != attachments.cend(); ++it)
            lines << QStringLiteral("attachment %1=%2").arg(it.key(), it.value());
        return lines.join(QLatin1Char('\n'));
    }

    /// What an open project holds, in the same form (read through its store).
    static ExpectedProject read(Atelier::Store &store)
    {
        using namespace Atelier;
        ExpectedProject p;
        p.title = store.value(Entities::project(), store.projectId(), QStringLiteral("title")).toString();
        for (const Row &row : store.rows(Entities::participant()))
            p.participants.insert(text(row, "id"), text(row, "name"));
        for (const Row &row : store.rows(Entities::keyDate()))
            p.keyDates.insert(text(row, "id"), text(row, "label"));
        for (const Row &row : store.rows(Entities::attachment()))
            p.attachments.insert(text(row, "id"), sha256(store.blob(Entities::attachment(), text(row, "id"),
                                                                    QStringLiteral("data"))));
        return p;
    }

    /// What a database holds, in the same form (read with plain SQL).
    static ExpectedProject read(Atelier::Sql::Connection &db)
    {
        ExpectedProject p;
        p.title = db.scalar(QStringLiteral("SELECT title FROM project")).toString();
        Atelier::Sql::Statement a(db, QStringLiteral("SELECT id, name FROM participant"));
        while (a.step())
            p.participants.insert(a.text(0), a.text(1));
        Atelier::Sql::Statement b(db, QStringLiteral("SELECT id, label FROM key_date"));
        while (b.step())
            p.keyDates.insert(b.text(0), b.text(1));
        Atelier::Sql::Statement c(db, QStringLiteral("SELECT id, data FROM attachment"));
        while (c.step())
            p.attachments.insert(c.text(0), sha256(c.blob(1)));
        return p;
    }
};

/// One edit through the public API, planned before it is made.
struct PlannedEdit
{
    enum Kind { Set, Add, Remove } kind = Set;
    const Atelier::TableInfo *table = nullptr;
    QString id, column;
    QVariant value;
    Atelier::Row row;
};

/// Plans a random edit of the project, and works out in `next` the state it leads to from `now`.
inline PlannedEdit planEdit(QRandomGenerator &random, int serial, const ExpectedProject &now,
                            ExpectedProject &next)
{
    using namespace Atelier;
    next = now;
    const QString tag = QStringLiteral("e%1").arg(serial);
    const auto anyParticipant = [&] {
        return now.participants.keys().at(int(random.bounded(int(now.participants.size()))));
    };
    switch (random.bounded(6)) {
    case 0:
        next.title = QStringLiteral("Cantine ") + tag;
        return {PlannedEdit::Set,        &Entities::project(), QStringLiteral("project"),
                QStringLiteral("title"), next.title,           {}};
    case 1:
        if (!now.participants.isEmpty()) {
            const QString id = anyParticipant();
            next.participants[id] = QStringLiteral("Juré ") + tag;
            return {PlannedEdit::Set,       &Entities::participant(), id,
                    QStringLiteral("name"), next.participants[id],    {}};
        }
        Q_FALLTHROUGH();
    case 2: {
        const QString id = QStringLiteral("participant-") + tag;
        next.participants.insert(id, QStringLiteral("Élu ") + tag);
        return {PlannedEdit::Add,
                &Entities::participant(),
                id,
                {},
                {},
                {{QStringLiteral("id"), id}, {QStringLiteral("name"), next.participants[id]}}};
    }
    case 3:
        if (!now.participants.isEmpty()) {
            const QString id = anyParticipant();
            next.participants.remove(id);
            return {PlannedEdit::Remove, &Entities::participant(), id, {}, {}, {}};
        }
        Q_FALLTHROUGH();
    case 4: {
        const QString id = QStringLiteral("date-") + tag;
        next.keyDates.insert(id, QStringLiteral("Comité ") + tag);
        return {PlannedEdit::Add,
                &Entities::keyDate(),
                id,
                {},
                {},
                {{QStringLiteral("id"), id}, {QStringLiteral("label"), next.keyDates[id]}}};
    }
    default: {
        // An attachment of a few pages: its bytes spill into overflow pages, written in several pieces.
        QByteArray data(int(4000 + random.bounded(20000)), Qt::Uninitialized);
        for (char &c : data)
            c = char(random.bounded(256));
        Row row = AttachmentFile::fromBytes(QStringLiteral("%1.bin").arg(tag), data);
        const QString id = QStringLiteral("attachment-") + tag;
        row.insert(QStringLiteral("id"), id);
        next.attachments.insert(id, sha256(data));
        return {PlannedEdit::Add, &Entities::attachment(), id, {}, {}, row};
    }
    }
}

/// Makes the edit; returns what Edit returned.
inline bool apply(Atelier::ProjectContext &ctx, const PlannedEdit &edit)
{
    using namespace Atelier;
    switch (edit.kind) {
    case PlannedEdit::Set: {
        const QString id = edit.table == &Entities::project() ? ctx.store.projectId() : edit.id;
        return Edit::setValue(ctx, *edit.table, id, edit.column, edit.value);
    }
    case PlannedEdit::Add:
        return !Edit::addRow(ctx, *edit.table, edit.row).isEmpty();
    case PlannedEdit::Remove:
        return Edit::removeRows(ctx, *edit.table, {edit.id});
    }
    return false;
}

inline QString projectTitleOf(Atelier::Project &project)
{
    return project.store()
        .value(Atelier::Entities::project(), project.store().projectId(), QStringLiteral("title"))
        .toString();
}

} // namespace AtelierTest
