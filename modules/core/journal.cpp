// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal.h"

#include "changes.h"
#include "schema.h"
#include "store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSysInfo>

#include <map>

namespace Atelier {

QString ChangeSummary::toJson() const
{
    QJsonArray all;
    for (const Table &t : tables) {
        QJsonObject o{{QStringLiteral("table"), t.name}};
        if (!t.inserted.isEmpty())
            o.insert(QStringLiteral("added"), QJsonArray::fromStringList(t.inserted));
        if (!t.updated.isEmpty()) {
            QJsonArray changed;
            for (const auto &[id, columns] : t.updated)
                changed.append(QJsonArray{id, QJsonArray::fromStringList(columns)});
            o.insert(QStringLiteral("changed"), changed);
        }
        if (!t.deleted.isEmpty())
            o.insert(QStringLiteral("removed"), QJsonArray::fromStringList(t.deleted));
        all.append(o);
    }
    return QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact));
}

static QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &v : value.toArray())
        result << v.toString();
    return result;
}

ChangeSummary ChangeSummary::fromJson(const QString &json)
{
    ChangeSummary summary;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        Table t;
        t.name = o.value(QLatin1String("table")).toString();
        t.inserted = strings(o.value(QLatin1String("added")));
        t.deleted = strings(o.value(QLatin1String("removed")));
        for (const QJsonValue &c : o.value(QLatin1String("changed")).toArray()) {
            const QJsonArray pair = c.toArray();
            t.updated.append({pair.at(0).toString(), strings(pair.at(1))});
        }
        summary.tables << t;
    }
    return summary;
}

int ChangeSummary::size() const
{
    int n = 0;
    for (const Table &t : tables)
        n += int(t.inserted.size() + t.updated.size() + t.deleted.size());
    return n;
}

QString ChangeSummary::describe() const
{
    QStringList lines;
    for (const Table &t : tables) {
        QStringList parts;
        if (!t.inserted.isEmpty())
            parts << JournalText::tr("%n added", nullptr, int(t.inserted.size()));
        if (!t.updated.isEmpty()) {
            QStringList columns;
            for (const auto &[id, changed] : t.updated)
                for (const QString &c : changed)
                    if (!columns.contains(c))
                        columns << c;
            parts << JournalText::tr("%n changed (%1)", nullptr, int(t.updated.size())).arg(columns.join(QLatin1String(", ")));
        }
        if (!t.deleted.isEmpty())
            parts << JournalText::tr("%n removed", nullptr, int(t.deleted.size()));
        lines << QStringLiteral("%1: %2").arg(t.name, parts.join(QLatin1String(", ")));
    }
    return lines.join(u'\n');
}

QByteArray JournalEntry::canonical() const
{
    QByteArray bytes("atelier-journal-1\n");
    for (const QString *field : {&parent, &merged, &at, &person, &administration, &action, &modules, &detail}) {
        const QByteArray utf8 = field->toUtf8();
        bytes += QByteArray::number(utf8.size()) + ':' + utf8 + '\n';
    }
    return bytes;
}

QString JournalEntry::computedId() const
{
    return QString::fromLatin1(QCryptographicHash::hash(canonical(), QCryptographicHash::Sha256).toHex());
}

QSet<QString> Journal::untracked(const Schema &schema)
{
    QSet<QString> tables = schema.privateTables();
    tables << QStringLiteral("journal_entry") << QStringLiteral("module_version");
    return tables;
}

static bool hasTable(Sql::Connection &db, const char *name)
{
    Sql::Statement st(db, QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1"));
    st.bind(1, QString::fromLatin1(name));
    return st.step();
}

Journal::Journal(Sql::Connection &db, const Store &store, const Schema &schema)
    : m_db(db), m_store(store), m_modules(schema.tableModules()), m_author(defaultAuthor(db))
{
    // A schema without the journal (an older core, in tests of migrations) records nothing.
    if (!hasTable(db, "journal_entry"))
        return;
    m_recorder = std::make_unique<Changes::Recorder>(db, untracked(schema));
    m_db.setObserver(this);
}

Journal::~Journal()
{
    if (m_db.observer() == this)
        m_db.setObserver(nullptr);
}

void Journal::begun()
{
    // What was recorded outside a transaction, or in one rolled back, is not this transaction's.
    if (!m_recorder->isEmpty())
        m_recorder->restart();
}

ChangeSummary Journal::summarise(Sql::Connection &db, const QByteArray &changeset)
{
    ChangeSummary summary;
    std::map<QString, qsizetype> index;
    Changes::forEach(db, changeset, [&](const Changes::Change &change) {
        auto [it, added] = index.try_emplace(change.table, summary.tables.size());
        if (added)
            summary.tables.append({change.table, {}, {}, {}});
        ChangeSummary::Table &t = summary.tables[it->second];
        switch (change.op) {
        case Changes::Change::Op::Insert:
            t.inserted << change.id();
            break;
        case Changes::Change::Op::Delete:
            t.deleted << change.id();
            break;
        case Changes::Change::Op::Update:
            t.updated.append({change.id(), change.changedColumns()});
            break;
        }
    });
    return summary;
}

void Journal::committing()
{
    // A merge is always recorded: its entry joins the other side's history to ours, even when it
    // brought nothing else.
    if (m_recorder->isEmpty() && m_merged.isEmpty())
        return;
    const QByteArray changeset = m_recorder->isEmpty() ? QByteArray() : m_recorder->changeset();
    m_recorder->restart();
    if (changeset.isEmpty() && m_merged.isEmpty())
        return;
    const ChangeSummary summary = summarise(m_db, changeset);
    QStringList modules;
    for (const ChangeSummary::Table &t : summary.tables) {
        const QString module = m_modules.value(t.name, QStringLiteral("core"));
        if (!modules.contains(module))
            modules << module;
    }
    modules.sort();
    JournalEntry entry;
    entry.parent = m_merged.isEmpty() ? head(m_db) : m_mergeParent;
    entry.merged = std::exchange(m_merged, QString());
    entry.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    entry.person = m_author.person;
    entry.administration = m_author.administration;
    entry.action = m_store.actionText().isEmpty() ? JournalText::tr("Change") : m_store.actionText();
    entry.modules = modules.join(u',');
    entry.detail = summary.toJson();
    entry.id = entry.computedId();
    append(m_db, {entry});
}

QList<JournalEntry> Journal::entries(Sql::Connection &db)
{
    QList<JournalEntry> result;
    Sql::Statement st(db, QStringLiteral("SELECT id, parent, merged, seq, at, person, administration, action, modules, "
                                         "detail FROM journal_entry ORDER BY seq"));
    while (st.step())
        result.append({st.text(0), st.text(1), st.text(2), st.integer(3), st.text(4), st.text(5), st.text(6),
                       st.text(7), st.text(8), st.text(9)});
    return result;
}

QString Journal::head(Sql::Connection &db)
{
    return db.scalar(QStringLiteral("SELECT id FROM journal_entry ORDER BY seq DESC LIMIT 1")).toString();
}

void Journal::append(Sql::Connection &db, const QList<JournalEntry> &entries)
{
    qint64 seq = db.scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM journal_entry")).toLongLong();
    Sql::Statement st(db, QStringLiteral("INSERT INTO journal_entry(id, parent, merged, seq, at, person, administration, "
                                         "action, modules, detail) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    for (const JournalEntry &e : entries) {
        st.reset();
        st.bind(1, e.id).bind(2, e.parent).bind(3, e.merged).bind(4, ++seq).bind(5, e.at).bind(6, e.person);
        st.bind(7, e.administration).bind(8, e.action).bind(9, e.modules).bind(10, e.detail).step();
    }
}

Author Journal::defaultAuthor(Sql::Connection &db)
{
    Author author;
    author.person = qEnvironmentVariable("ATELIER_AUTHOR");
    for (const char *name : {"USER", "USERNAME", "LOGNAME"})
        if (author.person.isEmpty())
            author.person = qEnvironmentVariable(name);
    if (author.person.isEmpty())
        author.person = QSysInfo::machineHostName();
    if (!hasTable(db, "share_record") || !hasTable(db, "journal_entry"))
        return author;
    author.administration =
        db.scalar(QStringLiteral("SELECT recipient FROM share_record WHERE kind = 'share' AND snapshot IS NOT NULL ORDER BY shared_at DESC, "
                                 "position DESC LIMIT 1"))
            .toString();
    if (author.administration.isEmpty())
        author.administration = db.scalar(QStringLiteral("SELECT administration FROM project LIMIT 1")).toString();
    return author;
}

Journal::Verdict Journal::verify(Sql::Connection &db)
{
    Verdict verdict;
    QSet<QString> seen;
    for (const JournalEntry &e : entries(db)) {
        ++verdict.entries;
        const auto where = [&e] {
            return JournalText::tr("entry %1 (%2, “%3”)").arg(e.seq).arg(e.at, e.action);
        };
        QString why;
        if (e.computedId() != e.id)
            why = JournalText::tr("%1 was altered: its content no longer matches its fingerprint.").arg(where());
        else if (!e.parent.isEmpty() && !seen.contains(e.parent))
            why = JournalText::tr("%1 follows an entry that is missing or was altered.").arg(where());
        else if (!e.merged.isEmpty() && !seen.contains(e.merged))
            why = JournalText::tr("%1 merges entries that are missing or were altered.").arg(where());
        if (!why.isEmpty()) {
            verdict.intact = false;
            verdict.brokenAt = e.seq;
            verdict.why = why;
            return verdict;
        }
        seen.insert(e.id);
    }
    return verdict;
}

} // namespace Atelier
