// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "merge.h"

#include "changes.h"
#include "notifier.h"
#include "project.h"
#include "safeopen.h"
#include "storecommands.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QtEndian>

#include <sqlite3.h>

#include <map>

namespace Atelier::Merge {

QString Conflict::describe() const
{
    switch (kind) {
    case Kind::BothChanged:
        return Text::tr("Changed on both sides");
    case Kind::ChangedHereRemovedThere:
        return Text::tr("Changed here, removed in the copy");
    case Kind::RemovedHereChangedThere:
        return Text::tr("Removed here, changed in the copy");
    case Kind::AddedOnBoth:
        return Text::tr("Added on both sides, differently");
    case Kind::RefersToRemovedHere:
        return Text::tr("Added in the copy, refers to a row removed here");
    case Kind::RemovedThereStillReferred:
        return Text::tr("Removed in the copy, still referred to here");
    }
    return {};
}

const QStringList &labelColumns()
{
    static const QStringList columns{QStringLiteral("name"),     QStringLiteral("title"),   QStringLiteral("label"),
                                     QStringLiteral("holder"),   QStringLiteral("text"),    QStringLiteral("word"),
                                     QStringLiteral("question"), QStringLiteral("caption"), QStringLiteral("file_name")};
    return columns;
}

int Plan::changeCount() const
{
    int n = 0;
    for (const TableCount &c : counts)
        n += c.added + c.changed + c.removed;
    return n;
}

namespace {

using Values = QVariantMap;

/// Equal as SQLite compares stored values (an integer and the same real are equal).
bool same(const QVariant &a, const QVariant &b)
{
    const bool nullA = !a.isValid() || a.isNull(), nullB = !b.isValid() || b.isNull();
    if (nullA || nullB)
        return nullA && nullB;
    const auto isType = [](const QVariant &v, QMetaType::Type t) { return v.typeId() == t; };
    if (isType(a, QMetaType::QByteArray) || isType(b, QMetaType::QByteArray))
        return a.typeId() == b.typeId() && a.toByteArray() == b.toByteArray();
    if (isType(a, QMetaType::QString) || isType(b, QMetaType::QString))
        return a.typeId() == b.typeId() && a.toString() == b.toString();
    if (isType(a, QMetaType::Double) || isType(b, QMetaType::Double))
        return a.toDouble() == b.toDouble();
    return a.toLongLong() == b.toLongLong();
}

QString valueText(const QVariant &v)
{
    if (v.typeId() == QMetaType::QByteArray)
        return Text::tr("(%n bytes)", nullptr, int(v.toByteArray().size()));
    return v.toString();
}

/// How people know a row: its name, title or text.
QString rowLabel(const Values &row)
{
    for (const QString &column : labelColumns()) {
        const QString value = row.value(column).toString().simplified();
        if (!value.isEmpty())
            return value.size() > 48 ? value.left(47) + u'…' : value;
    }
    return row.value(QStringLiteral("id")).toString().left(8);
}

bool looksLikeId(const QString &v)
{
    return v.size() == 36 && v[8] == u'-' && v[13] == u'-' && v[18] == u'-' && v[23] == u'-';
}

Values valuesOf(const Changes::Change &c, const QList<std::optional<QVariant>> &side)
{
    Values row;
    for (qsizetype i = 0; i < c.columns.size(); ++i)
        if (side.value(i))
            row.insert(c.columns[i], *side[i]);
    return row;
}

/// Reads whole rows by id from one schema of a connection, a prepared statement a table.
class Rows
{
public:
    Rows(Sql::Connection &db, QString schema) : m_db(db), m_schema(std::move(schema)) {}

    std::optional<Values> get(const QString &table, const QString &id)
    {
        Sql::Statement &st = statement(table);
        st.reset();
        st.bind(1, id);
        if (!st.step())
            return std::nullopt;
        Values row;
        for (int i = 0; i < st.columnCount(); ++i)
            row.insert(st.columnName(i), st.value(i));
        return row;
    }
    bool has(const QString &table, const QString &id) { return get(table, id).has_value(); }

private:
    Sql::Statement &statement(const QString &table)
    {
        auto it = m_statements.find(table);
        if (it == m_statements.end())
            it = m_statements
                     .emplace(table, std::make_unique<Sql::Statement>(
                                         m_db, QStringLiteral("SELECT * FROM \"%1\".\"%2\" WHERE id = ?1").arg(m_schema, table)))
                     .first;
        return *it->second;
    }
    Sql::Connection &m_db;
    QString m_schema;
    std::map<QString, std::unique_ptr<Sql::Statement>> m_statements;
};

/// Who last touched a row (or one of its fields) on one side since the share point, from its journal.
class Authors
{
public:
    Authors(const QList<JournalEntry> &entries, const QSet<QString> &before, QString fallback)
        : m_fallback(std::move(fallback))
    {
        for (const JournalEntry &e : entries) {
            if (before.contains(e.id))
                continue;
            m_entries << e;
            const qsizetype index = m_entries.size() - 1;
            const ChangeSummary summary = ChangeSummary::fromJson(e.detail);
            for (const ChangeSummary::Table &t : summary.tables) {
                for (const QString &id : t.inserted + t.deleted)
                    m_touched[key(t.name, id)].append(std::pair<qsizetype, QStringList>(index, QStringList()));
                for (const auto &[id, columns] : t.updated)
                    m_touched[key(t.name, id)].append({index, columns});
            }
        }
    }

    QString of(const QString &table, const QString &id, const QString &column = {}) const
    {
        const auto it = m_touched.constFind(key(table, id));
        if (it != m_touched.constEnd())
            for (auto touch = it->crbegin(); touch != it->crend(); ++touch)
                if (column.isEmpty() || touch->second.isEmpty() || touch->second.contains(column) ||
                    column.contains(u','))
                    return describe(m_entries.at(touch->first));
        return m_fallback;
    }

private:
    static QString key(const QString &table, const QString &id) { return table + u'/' + id; }
    static QString describe(const JournalEntry &e)
    {
        const QDateTime at = QDateTime::fromString(e.at, Qt::ISODateWithMs).toLocalTime();
        const QString who = e.administration.isEmpty() ? e.person : QStringLiteral("%1 (%2)").arg(e.person, e.administration);
        return QStringLiteral("%1, %2").arg(who, QLocale().toString(at, QLocale::ShortFormat));
    }
    QList<JournalEntry> m_entries;
    QHash<QString, QList<std::pair<qsizetype, QStringList>>> m_touched;
    QString m_fallback;
};

struct Share
{
    QString id, at, head;
    bool hasSnapshot = false;
};

QList<Share> sharesOf(Sql::Connection &db)
{
    QList<Share> result;
    Sql::Statement st(db, QStringLiteral("SELECT id, shared_at, journal_head, snapshot IS NOT NULL FROM share_record"));
    while (st.step())
        result.append({st.text(0), st.text(1), st.text(2), st.integer(3) != 0});
    return result;
}

/// Their file as this merge finds it, without what never travels: kept as the next merge's share point.
QByteArray mergePoint(Sql::Connection &theirs, const Schema &schema, const QList<PersonalData> &personal)
{
    Sql::Connection point = Sql::Connection::openMemory();
    Sql::copyDatabase(theirs, point);
    for (const QString &table : schema.privateTables())
        point.exec(QStringLiteral("DELETE FROM \"%1\"").arg(table));
    for (const PersonalData &data : personal)
        if (!data.column.isEmpty())
            point.exec(QStringLiteral("UPDATE \"%1\" SET \"%2\" = ''").arg(data.table().table(), data.column));
    return ShareCopy::sharePoint(point);
}

QSet<QString> idsOf(Sql::Connection &db, const QString &sql)
{
    QSet<QString> ids;
    Sql::Statement st(db, sql);
    while (st.step())
        ids.insert(st.text(0));
    return ids;
}

/// The tables a merge compares: all but the journal, the share records (merged by their ids) and the
/// private ones.
QStringList comparedTables(const Schema &schema)
{
    QStringList tables;
    const QSet<QString> skipped = Journal::untracked(schema) + QSet<QString>{QStringLiteral("share_record")};
    for (const QString &t : schema.tables())
        if (!skipped.contains(t))
            tables << t;
    return tables;
}

/// The share point a copy carries: the copy's database as it was shared, compressed (qCompress).
std::optional<QByteArray> unpack(const QByteArray &packed, qint64 limit)
{
    if (packed.size() < 4)
        return std::nullopt;
    const quint32 expected = qFromBigEndian<quint32>(packed.constData());
    if (expected == 0 || qint64(expected) > limit)
        return std::nullopt;
    QByteArray bytes = qUncompress(packed);
    if (bytes.size() != qsizetype(expected))
        return std::nullopt;
    return bytes;
}

/// Works out the plan from the changes their side made since the share point.
class Analysis
{
public:
    Analysis(Sql::Connection &ours, Sql::Connection &theirs, const QStringList &tables, Authors &ourAuthors,
             Authors &theirAuthors, Plan &plan, const QList<PersonalData> &personal)
        : m_theirsDb(theirs), m_tables(tables), m_ours(ours, QStringLiteral("main")),
          m_theirs(theirs, QStringLiteral("main")), m_base(theirs, QStringLiteral("base")), m_ourAuthors(ourAuthors),
          m_theirAuthors(theirAuthors), m_plan(plan), m_oursDb(ours)
    {
        for (const PersonalData &data : personal)
            if (!data.column.isEmpty())
                m_personal.insert(data.table().table() + u'/' + data.column);
    }

    void run(const QByteArray &changeset)
    {
        QList<Changes::Change> changes;
        Changes::forEach(m_theirsDb, changeset, [&](const Changes::Change &c) { changes << c; });
        for (const Changes::Change &c : std::as_const(changes)) {
            switch (c.op) {
            case Changes::Change::Op::Insert:
                inserted(c);
                break;
            case Changes::Change::Op::Update:
                updated(c);
                break;
            case Changes::Change::Op::Delete:
                deleted(c);
                break;
            }
        }
        stillReferred();
        for (const Write &w : std::as_const(m_writes))
            if (!w.table.isEmpty())
                m_plan.writes << w;
    }

private:
    void add(Write w)
    {
        TableCount &count = m_plan.counts[w.table];
        if (w.op == Write::Op::Delete) {
            ++count.removed;
            m_removed.insert(w.id, {w.table, m_writes.size()});
        } else if (w.op == Write::Op::Set) {
            ++count.changed;
        } else {
            ++count.added;
        }
        m_writes << std::move(w);
    }

    Conflict conflict(Kind kind, const QString &table, const QString &id, const QString &column, const Values &row)
    {
        Conflict c;
        c.kind = kind;
        c.table = table;
        c.id = id;
        c.column = column;
        c.label = rowLabel(row);
        c.oursBy = m_ourAuthors.of(table, id, column);
        c.theirsBy = m_theirAuthors.of(table, id, column);
        return c;
    }

    /// The table of a row their file holds, by id (ids are unique across tables).
    QString theirTable(const QString &id)
    {
        if (!m_theirIds) {
            m_theirIds.emplace();
            for (const QString &table : m_tables) {
                Sql::Statement st(m_theirsDb, QStringLiteral("SELECT id FROM main.\"%1\"").arg(table));
                while (st.step())
                    m_theirIds->insert(st.text(0), table);
            }
        }
        return m_theirIds->value(id);
    }

    /// The table of the row `value` refers to, when it is a row that we removed since the share point.
    QString removedHere(const QString &ownId, const QVariant &value)
    {
        if (value.typeId() != QMetaType::QString)
            return {};
        const QString id = value.toString();
        if (id == ownId || !looksLikeId(id))
            return {};
        const QString table = theirTable(id);
        if (table.isEmpty() || m_ours.has(table, id) || !m_base.has(table, id))
            return {};
        return table;
    }

    /// A write that refers to a row we removed becomes a conflict: take it and bring that row back, or not.
    bool referencesRemoved(const Write &write, const Values &row, const QStringList &columns)
    {
        for (const QString &column : columns) {
            const QString parentTable = removedHere(write.id, write.values.value(column));
            if (parentTable.isEmpty())
                continue;
            const QString parentId = write.values.value(column).toString();
            Conflict c = conflict(Kind::RefersToRemovedHere, write.table, write.id, column, row);
            const std::optional<Values> parent = m_theirs.get(parentTable, parentId);
            c.ours = Text::tr("“%1” removed").arg(rowLabel(*m_base.get(parentTable, parentId)));
            c.theirs = parent ? rowLabel(*parent) : parentId;
            c.oursBy = m_ourAuthors.of(parentTable, parentId);
            c.ifTheirs << write;
            if (parent) // Replace: another conflict may bring the same row back
                c.ifTheirs.append({Write::Op::Replace, parentTable, parentId, withoutPersonal(parentTable, *parent)});
            m_plan.conflicts << c;
            return true;
        }
        return false;
    }

    bool isPersonal(const QString &table, const QString &column) const
    {
        return m_personal.contains(table + u'/' + column);
    }
    /// A row of theirs to bring back whole, without what never travels.
    Values withoutPersonal(const QString &table, Values row) const
    {
        for (auto it = row.begin(); it != row.end(); ++it)
            if (isPersonal(table, it.key()))
                it.value() = QString();
        return row;
    }

    void inserted(const Changes::Change &c)
    {
        Values row = valuesOf(c, c.after);
        for (const QString &column : c.columns)
            if (isPersonal(c.table, column))
                row.insert(column, QString());
        const QString id = c.id();
        if (const std::optional<Values> ours = m_ours.get(c.table, id)) {
            for (const QString &column : c.columns) // the same row added twice: field by field
                if (!isPersonal(c.table, column) && !same(ours->value(column), row.value(column))) {
                    Conflict x = conflict(Kind::AddedOnBoth, c.table, id, column, *ours);
                    x.ours = ours->value(column);
                    x.theirs = row.value(column);
                    x.ifTheirs.append({Write::Op::Set, c.table, id, {{column, row.value(column)}}});
                    m_plan.conflicts << x;
                }
            return;
        }
        Write w{Write::Op::Insert, c.table, id, row};
        if (!referencesRemoved(w, row, c.columns))
            add(std::move(w));
    }

    void updated(const Changes::Change &c)
    {
        const QString id = c.id();
        QStringList columns;
        for (const QString &column : c.changedColumns())
            if (!isPersonal(c.table, column))
                columns << column;
        if (columns.isEmpty())
            return;
        const Values before = valuesOf(c, c.before), after = valuesOf(c, c.after);
        const std::optional<Values> ours = m_ours.get(c.table, id);
        if (!ours) {
            const std::optional<Values> theirs = m_theirs.get(c.table, id);
            Conflict x = conflict(Kind::RemovedHereChangedThere, c.table, id, columns.join(QLatin1String(", ")),
                                  theirs.value_or(after));
            QStringList texts;
            for (const QString &column : columns)
                texts << valueText(after.value(column));
            x.theirs = texts.join(QLatin1String(" · "));
            if (theirs)
                x.ifTheirs.append({Write::Op::Replace, c.table, id, withoutPersonal(c.table, *theirs)});
            m_plan.conflicts << x;
            return;
        }
        Values set;
        for (const QString &column : columns) {
            const QVariant mine = ours->value(column), next = after.value(column);
            if (same(mine, next))
                continue; // the same change on both sides
            if (same(mine, before.value(column))) {
                // A field now naming a row we removed is a conflict of its own; the row's other fields merge.
                if (!referencesRemoved({Write::Op::Set, c.table, id, {{column, next}}}, *ours, {column}))
                    set.insert(column, next);
                continue;
            }
            Conflict x = conflict(Kind::BothChanged, c.table, id, column, *ours);
            x.ours = mine;
            x.theirs = next;
            x.ifTheirs.append({Write::Op::Set, c.table, id, {{column, next}}});
            m_plan.conflicts << x;
        }
        if (!set.isEmpty())
            add({Write::Op::Set, c.table, id, set});
    }

    void deleted(const Changes::Change &c)
    {
        const QString id = c.id();
        const std::optional<Values> ours = m_ours.get(c.table, id);
        if (!ours)
            return; // removed on both sides
        const Values before = valuesOf(c, c.before);
        QStringList changed, texts;
        for (const QString &column : c.columns)
            if (!isPersonal(c.table, column) && !same(ours->value(column), before.value(column))) {
                changed << column;
                texts << valueText(ours->value(column));
            }
        if (changed.isEmpty()) {
            add({Write::Op::Delete, c.table, id, {}});
            return;
        }
        Conflict x = conflict(Kind::ChangedHereRemovedThere, c.table, id, changed.join(QLatin1String(", ")), *ours);
        x.ours = texts.join(QLatin1String(" · "));
        x.theirsBy = m_theirAuthors.of(c.table, id);
        x.ifTheirs.append({Write::Op::Delete, c.table, id, {}});
        m_plan.conflicts << x;
    }

    /// Rows of ours, added or changed since the share point, that refer to a row their side removed.
    void stillReferred()
    {
        if (m_removed.isEmpty())
            return;
        QHash<QString, QList<std::pair<QString, Values>>> referrers; // removed id → our rows referring to it
        for (const QString &table : m_tables) {
            if (table == QLatin1String("merge_conflict"))
                continue; // what a merge set aside names rows; it does not refer to them
            QStringList texts;
            Sql::Statement columns(m_oursDb, QStringLiteral("SELECT name FROM pragma_table_info(?1) WHERE type = 'TEXT'"));
            columns.bind(1, table);
            while (columns.step())
                texts << QStringLiteral("\"%1\"").arg(columns.text(0));
            Sql::Statement st(m_oursDb, QStringLiteral("SELECT %1 FROM main.\"%2\"").arg(texts.join(u','), table));
            while (st.step()) {
                Values row;
                for (int i = 0; i < st.columnCount(); ++i)
                    row.insert(st.columnName(i), st.value(i));
                const QString id = row.value(QStringLiteral("id")).toString();
                if (m_removed.contains(id))
                    continue;
                for (auto it = row.cbegin(); it != row.cend(); ++it) {
                    if (it.key() == QLatin1String("id") || !m_removed.contains(it.value().toString()))
                        continue;
                    const std::optional<Values> base = m_base.get(table, id);
                    if (base && same(base->value(it.key()), it.value()))
                        continue; // it referred to it when shared: their side's own choice
                    referrers[it.value().toString()].append({table, row});
                    break;
                }
            }
        }
        for (auto it = referrers.cbegin(); it != referrers.cend(); ++it) {
            const auto [table, index] = m_removed.value(it.key());
            const Values parent = *m_ours.get(table, it.key());
            Conflict x = conflict(Kind::RemovedThereStillReferred, table, it.key(), {}, parent);
            const auto &[childTable, child] = it->first();
            x.ours = Text::tr("referred to by “%1” (%2)", nullptr, int(it->size())).arg(rowLabel(child), childTable);
            x.theirs = Text::tr("removed");
            x.oursBy = m_ourAuthors.of(childTable, child.value(QStringLiteral("id")).toString());
            x.ifTheirs << m_writes[index];
            for (const auto &[t, row] : *it)
                x.ifTheirs.append({Write::Op::Delete, t, row.value(QStringLiteral("id")).toString(), {}});
            m_writes[index].table.clear(); // no longer without question
            --m_plan.counts[table].removed;
            m_plan.conflicts << x;
        }
    }

    Sql::Connection &m_theirsDb;
    const QStringList &m_tables;
    Rows m_ours, m_theirs, m_base;
    Authors &m_ourAuthors, &m_theirAuthors;
    Plan &m_plan;
    Sql::Connection &m_oursDb;
    QList<Write> m_writes;
    QHash<QString, std::pair<QString, qsizetype>> m_removed; // id → table, index in m_writes
    std::optional<QHash<QString, QString>> m_theirIds;
    QSet<QString> m_personal; // "table/column"
};

/// Writes the merge's rows, a prepared statement per shape.
class Writer
{
public:
    explicit Writer(Sql::Connection &db) : m_db(db) {}

    void run(const Write &w)
    {
        const QStringList columns = w.values.keys();
        QString sql;
        QStringList quoted, marks;
        for (const QString &c : columns) {
            quoted << QStringLiteral("\"%1\"").arg(c);
            marks << QStringLiteral("?%1").arg(marks.size() + 1);
        }
        switch (w.op) {
        case Write::Op::Insert:
        case Write::Op::Replace:
            sql = QStringLiteral("INSERT %1INTO \"%2\"(%3) VALUES (%4)")
                      .arg(w.op == Write::Op::Replace ? QStringLiteral("OR REPLACE ") : QString(), w.table,
                           quoted.join(u','), marks.join(u','));
            break;
        case Write::Op::Set: {
            QStringList sets;
            for (qsizetype i = 0; i < quoted.size(); ++i)
                sets << QStringLiteral("%1 = %2").arg(quoted[i], marks[i]);
            sql = QStringLiteral("UPDATE \"%1\" SET %2 WHERE id = ?%3").arg(w.table, sets.join(u',')).arg(columns.size() + 1);
            break;
        }
        case Write::Op::Delete:
            sql = QStringLiteral("DELETE FROM \"%1\" WHERE id = ?1").arg(w.table);
            break;
        }
        auto it = m_statements.find(sql);
        if (it == m_statements.end())
            it = m_statements.emplace(sql, std::make_unique<Sql::Statement>(m_db, sql)).first;
        Sql::Statement &st = *it->second;
        st.reset();
        int i = 1;
        for (const QString &c : columns)
            st.bind(i++, w.values.value(c));
        if (w.op == Write::Op::Set || w.op == Write::Op::Delete)
            st.bind(i, w.id);
        st.step();
        if (sqlite3_changes(m_db.handle()) != 1)
            throw Sql::Error(SQLITE_NOTFOUND, Text::tr("the project changed since the merge was prepared; merge again"));
    }

private:
    Sql::Connection &m_db;
    std::map<QString, std::unique_ptr<Sql::Statement>> m_statements;
};

} // namespace

std::optional<Plan> prepare(Project &ours, const QString &theirsPath, const QList<PersonalData> &personal, QString *error)
{
    const auto refuse = [error](const QString &why) -> std::optional<Plan> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QFileInfo info(theirsPath);
    const QString name = info.fileName();
    if (!ours.isUntitled() && info.absoluteFilePath() == ours.documentPath())
        return refuse(Text::tr("“%1” is this project's own file: choose the copy to bring back.").arg(name));
    const Schema &schema = ours.schema();
    const OpenLimits limits;
    OpenError opened;
    std::optional<UntrustedDatabase> checked = UntrustedDatabase::load(info.absoluteFilePath(), schema, opened, limits);
    if (!checked)
        return refuse(Text::tr("“%1” cannot be merged: %2").arg(name, opened.message));
    try {
        Sql::Connection theirs = Sql::Connection::openMemory();
        checked->copyInto(theirs);
        checked.reset();
        schema.migrate(theirs); // a copy made by an older Atelier is brought up to date, in memory only
        Sql::Connection &mine = ours.store().connection();
        const QString projectId = ours.store().projectId();
        if (theirs.scalar(QStringLiteral("SELECT id FROM project LIMIT 1")).toString() != projectId)
            return refuse(Text::tr("“%1” is not a copy of this project: it holds “%2”. Only copies of one project can "
                                   "be merged.")
                              .arg(name, theirs.scalar(QStringLiteral("SELECT title FROM project LIMIT 1")).toString()));

        // The share point: the newest state both files grew from. Each carried state (a shared copy's, or
        // the other side's as a merge left it) records the journal's last entry then; it is an ancestor of
        // both files when both journals hold that entry.
        const QSet<QString> ourEntries = idsOf(mine, QStringLiteral("SELECT id FROM journal_entry")),
                            theirEntries = idsOf(theirs, QStringLiteral("SELECT id FROM journal_entry"));
        std::optional<Share> point;
        bool pointIsTheirs = false;
        for (const auto &[shares, isTheirs] : {std::pair{sharesOf(theirs), true}, std::pair{sharesOf(mine), false}})
            for (const Share &s : shares)
                if (s.hasSnapshot && (s.head.isEmpty() || (ourEntries.contains(s.head) && theirEntries.contains(s.head))) &&
                    (!point || s.at > point->at)) {
                    point = s;
                    pointIsTheirs = isTheirs;
                }
        if (!point)
            return refuse(Text::tr("Neither “%1” nor this project is a copy shared from the other, so there is nothing to "
                                   "compare them with. A copy made with Export for sharing merges back into the project "
                                   "it was shared from (or that project into the copy).")
                              .arg(name));
        Sql::Statement packed(pointIsTheirs ? theirs : mine, QStringLiteral("SELECT snapshot FROM share_record WHERE id = ?1"));
        packed.bind(1, point->id);
        packed.step();
        const std::optional<QByteArray> bytes = unpack(packed.blob(0), limits.maxFileBytes);
        const QString pointName = Text::tr("the share point of “%1”").arg(name);
        OpenError baseError;
        std::optional<UntrustedDatabase> base =
            bytes ? UntrustedDatabase::fromBytes(*bytes, pointName, schema, baseError, limits) : std::nullopt;
        if (!bytes)
            baseError.message = Text::tr("its share point cannot be read.");
        if (!base)
            return refuse(Text::tr("“%1” carries a share point that is damaged or was altered, so it cannot be "
                                   "merged: %2")
                              .arg(name, baseError.message));
        {
            Sql::Connection baseDb = Sql::Connection::openMemory();
            base->copyInto(baseDb);
            base.reset();
            schema.migrate(baseDb);
            if (baseDb.scalar(QStringLiteral("SELECT id FROM project LIMIT 1")).toString() != projectId)
                return refuse(Text::tr("“%1” carries a share point that is damaged or was altered, so it cannot be "
                                       "merged: it is not of this project.")
                                  .arg(name));
            theirs.exec(QStringLiteral("ATTACH ':memory:' AS base"));
            Sql::copyDatabase(baseDb, theirs, "base");
        }

        if (const Journal::Verdict chain = Journal::verify(theirs); !chain.intact)
            return refuse(Text::tr("“%1” cannot be merged: its journal of changes is broken (%2)").arg(name, chain.why));
        Plan plan;
        plan.theirsFile = name;
        plan.theirsAdministration = Journal::defaultAuthor(theirs).administration;
        plan.sharedAt = point->at;
        const QSet<QString> before = idsOf(theirs, QStringLiteral("SELECT id FROM base.journal_entry"));
        Authors ourAuthors(Journal::entries(mine), before, ours.journal().author().administration);
        Authors theirAuthors(Journal::entries(theirs), before, plan.theirsAdministration);
        const QStringList tables = comparedTables(schema);
        Analysis(mine, theirs, tables, ourAuthors, theirAuthors, plan, personal).run(Changes::diff(theirs, QStringLiteral("base"), tables));

        const QSet<QString> known = idsOf(mine, QStringLiteral("SELECT id FROM journal_entry"));
        for (const JournalEntry &e : Journal::entries(theirs))
            if (!known.contains(e.id))
                plan.journal << e;
        if (!plan.journal.isEmpty())
            plan.theirsHead = Journal::head(theirs);
        plan.mergePointHead = Journal::head(theirs);
        plan.mergePoint = mergePoint(theirs, schema, personal);
        const QSet<QString> recorded = idsOf(mine, QStringLiteral("SELECT id FROM share_record"));
        Sql::Statement records(theirs, QStringLiteral("SELECT id, share_id, kind, shared_at, sender, recipient, source_file, "
                                                      "left_out, journal_head, position FROM share_record ORDER BY position"));
        while (records.step()) {
            if (recorded.contains(records.text(0)))
                continue;
            Row row;
            for (int i = 0; i < records.columnCount(); ++i)
                row.insert(records.columnName(i), records.value(i));
            plan.shareRecords << row;
        }
        return plan;
    } catch (const Sql::Error &e) {
        return refuse(Text::tr("“%1” could not be compared with this project (%2).").arg(name, e.message()));
    }
}

bool apply(ProjectContext &ctx, const Plan &plan, bool withConflicts, QString *error)
{
    if (ctx.isReadOnly()) {
        if (error)
            *error = Text::tr("This project is open read-only: nothing can be merged into it.");
        return false;
    }
    if (plan.isEmpty() || (plan.writes.isEmpty() && plan.journal.isEmpty() && plan.shareRecords.isEmpty() && !withConflicts))
        return true;
    Sql::Connection &db = ctx.store.connection();
    const QString file = plan.theirsFile;
    const auto write = [&db, plan, withConflicts] {
        Writer writer(db);
        for (const Write &w : plan.writes)
            writer.run(w);
        if (withConflicts) {
            const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
            qint64 position = db.scalar(QStringLiteral("SELECT coalesce(max(position), -1) FROM merge_conflict")).toLongLong();
            for (const Conflict &c : plan.conflicts) {
                if (c.takeTheirs)
                    for (const Write &w : c.ifTheirs)
                        writer.run(w);
                // The value not kept is set aside, with who made it: nothing is lost either way.
                const QString id = newId();
                writer.run({Write::Op::Insert, QStringLiteral("merge_conflict"), id,
                            {{QStringLiteral("id"), id},
                             {QStringLiteral("merged_at"), now},
                             {QStringLiteral("source_file"), plan.theirsFile},
                             {QStringLiteral("table_name"), c.table},
                             {QStringLiteral("row_id"), c.id},
                             {QStringLiteral("column_name"), c.column},
                             {QStringLiteral("kind"), c.describe()},
                             {QStringLiteral("ours"), valueText(c.ours)},
                             {QStringLiteral("theirs"), valueText(c.theirs)},
                             {QStringLiteral("ours_by"), c.oursBy},
                             {QStringLiteral("theirs_by"), c.theirsBy},
                             {QStringLiteral("kept"), c.takeTheirs ? QStringLiteral("theirs") : QStringLiteral("ours")},
                             {QStringLiteral("position"), ++position}}});
            }
        }
        // Their history and their share records come too. Their file as merged is kept as the next merge's
        // share point, unless conflicts were left to decide later.
        Journal::append(db, plan.journal);
        if (withConflicts || plan.conflicts.isEmpty())
            writer.run({Write::Op::Insert, QStringLiteral("share_record"), QString(),
                        {{QStringLiteral("id"), newId()},
                         {QStringLiteral("share_id"), newId()},
                         {QStringLiteral("kind"), QStringLiteral("merge")},
                         {QStringLiteral("shared_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                         {QStringLiteral("sender"), plan.theirsAdministration},
                         {QStringLiteral("source_file"), plan.theirsFile},
                         {QStringLiteral("journal_head"), plan.mergePointHead},
                         {QStringLiteral("snapshot"), plan.mergePoint},
                         {QStringLiteral("position"),
                          db.scalar(QStringLiteral("SELECT coalesce(max(position), -1) + 1 FROM share_record"))}}});
        for (Row row : plan.shareRecords) {
            row.insert(QStringLiteral("position"),
                       db.scalar(QStringLiteral("SELECT coalesce(max(position), -1) + 1 FROM share_record")));
            writer.run({Write::Op::Insert, QStringLiteral("share_record"), row.value(QStringLiteral("id")).toString(), row});
        }
    };
    // Undo takes back the rows, the share records and the merge point; the journal keeps its entries.
    const QSet<QString> untracked = Journal::untracked(ctx.project.schema());
    auto *command = new ChangesetCommand(ctx.store, ctx.notifier, Text::tr("Merge the copy “%1”").arg(file), write, untracked);
    QString failure;
    const QMetaObject::Connection listening =
        QObject::connect(&ctx.notifier, &Notifier::writeFailed, [&failure](const QString &message) { failure = message; });
    ctx.project.journal().setMerged(plan.theirsHead, Journal::head(db));
    const bool applied = command->applyFirst();
    ctx.project.journal().setMerged({}, {});
    QObject::disconnect(listening);
    if (!applied) {
        delete command;
        if (error)
            *error = failure;
        return false;
    }
    ctx.undoStack.push(command);
    return true;
}

} // namespace Atelier::Merge
