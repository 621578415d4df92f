// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entryform.h"

#include "noteseditor.h"
#include "sourcingschema.h"

#include "core/edit.h"
#include "core/format.h"
#include "core/notifier.h"
#include "core/projectcontext.h"
#include "core/store.h"
#include "widgets/fieldbinder.h"
#include "widgets/pageparts.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>

namespace Atelier::Sourcing {

/// What an entry's title is called, by kind.
static QString titleLabel(const QString &kind)
{
    if (kind == QLatin1String(EntryKind::kActor))
        return EntryForm::tr("Organisation");
    if (kind == QLatin1String(EntryKind::kLesson))
        return EntryForm::tr("Project");
    if (kind == QLatin1String(EntryKind::kFigure))
        return EntryForm::tr("What is measured");
    if (kind == QLatin1String(EntryKind::kQuestion))
        return EntryForm::tr("Question");
    return EntryForm::tr("Title");
}

EntryForm::EntryForm(ProjectContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx), m_heading(new QLabel), m_fields(new QWidget), m_tags(new QLineEdit),
      m_notes(new NotesEditor(ctx, Tables::entry(), QStringLiteral("notes"))),
      m_evidence(new EntityTableEditor(ctx, Tables::entryAttachment(), columns({"attachment_id"}),
                                       tr("Attach evidence"))),
      m_origin(new QLabel)
{
    setObjectName(QStringLiteral("entryForm"));
    m_heading->setObjectName(QStringLiteral("entryHeading"));
    m_heading->setTextFormat(Qt::PlainText); // a title may come from another file: never markup
    m_heading->setWordWrap(true);
    QFont big = m_heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_heading->setFont(big);
    m_tags->setObjectName(QStringLiteral("entryTags"));
    m_tags->setPlaceholderText(tr("Words separated by commas"));
    m_evidence->setObjectName(QStringLiteral("entryEvidence"));
    m_evidence->view()->setMaximumHeight(110);
    m_origin->setObjectName(QStringLiteral("entryOrigin"));
    m_origin->setTextFormat(Qt::PlainText);
    m_origin->setWordWrap(true);
    m_origin->setEnabled(false); // grey: a remark
    new QFormLayout(m_fields);

    auto *inner = new QWidget;
    auto *layout = new QVBoxLayout(inner);
    layout->addWidget(m_heading);
    layout->addWidget(m_fields);
    auto *tagsRow = new QFormLayout;
    auto *tagsLabel = new QLabel(Tables::entry().field(QStringLiteral("tags"))->translatedLabel());
    tagsLabel->setBuddy(m_tags);
    tagsRow->addRow(tagsLabel, m_tags);
    layout->addLayout(tagsRow);
    layout->addWidget(boxed(tr("Notes"), m_notes), 1);
    layout->addWidget(boxed(tr("Evidence from the Projet library"), m_evidence));
    layout->addWidget(m_origin);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(&ctx.notifier, &Notifier::valueChanged, this,
            [this](const QString &table, const QString &id, const QString &column) {
                if (table == Tables::entry().table() && id == m_entryId && column == QLatin1String("kind"))
                    rebuild();
                if (table == Tables::entry().table() && id == m_entryId && column == QLatin1String("title"))
                    m_heading->setText(m_ctx.store.value(Tables::entry(), id, column).toString());
                if (table == Tables::entry().table() && id == m_entryId)
                    reload(column);
            });
    setEntry({});
}

void EntryForm::reload(const QString &column)
{
    const QVariant stored = m_ctx.store.value(Tables::entry(), m_entryId, column);
    QWidget *editor = m_fields->findChild<QWidget *>(QStringLiteral("entry_") + column);
    if (auto *line = qobject_cast<QLineEdit *>(editor); line && column == QLatin1String("figure_value"))
        line->setText(QLocale().toString(stored.toDouble(), 'g', 15));
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        const QSignalBlocker quiet(date);
        const QDate day = QDate::fromString(stored.toString(), Qt::ISODate);
        date->setDate(day.isValid() ? day : date->minimumDate());
    }
}

void EntryForm::commitPending()
{
    if (auto *value = m_fields->findChild<QLineEdit *>(QStringLiteral("entry_figure_value")); value && value->isModified())
        Q_EMIT value->editingFinished();
    if (m_binder)
        m_binder->commitPending();
    m_notes->commit();
}

void EntryForm::setEntry(const QString &entryId)
{
    const QString shown = m_ctx.store.row(Tables::entry(), entryId).isEmpty() ? QString() : entryId;
    if (shown == m_entryId && m_binder)
        return; // already shown: its editors stay as they are, the user may be typing in one
    commitPending();
    m_entryId = shown;
    rebuild();
}

void EntryForm::rebuild()
{
    // The editors may be the ones whose signal led here (a field committed, the list refreshed):
    // they go once that signal is over.
    if (m_binder)
        m_binder->deleteLater();
    m_binder = nullptr;
    auto *form = static_cast<QFormLayout *>(m_fields->layout());
    while (form->rowCount() > 0) {
        const QFormLayout::TakeRowResult row = form->takeRow(0);
        for (QLayoutItem *item : {row.labelItem, row.fieldItem}) {
            if (item && item->widget()) {
                item->widget()->setObjectName(QString()); // no longer one of this form's editors
                item->widget()->hide();
                item->widget()->deleteLater();
            }
            delete item;
        }
    }
    const Row entry = m_ctx.store.row(Tables::entry(), m_entryId);
    setEnabled(!entry.isEmpty());
    m_notes->setRow(m_entryId);
    m_evidence->setFilter(QStringLiteral("entry_id"), m_entryId);
    if (entry.isEmpty()) {
        m_heading->setText(tr("Choose an entry, or add one to the chapter."));
        m_tags->clear();
        m_origin->clear();
        return;
    }
    m_kind = text(entry, "kind");
    m_heading->setText(text(entry, "title"));
    m_binder = new FieldBinder(m_ctx, Tables::entry(), m_entryId, this);
    const TableInfo &table = Tables::entry();
    for (const QString &column : entryColumns(m_kind)) {
        const FieldInfo *field = table.field(column);
        const QString label = column == QLatin1String("title") ? titleLabel(m_kind) : field->translatedLabel();
        QWidget *editor = nullptr;
        if (field->kind == FieldKind::LongText) {
            auto *e = new QPlainTextEdit;
            e->setMaximumHeight(90);
            m_binder->bind(e, column);
            editor = e;
        } else if (field->kind == FieldKind::Number) {
            auto *e = new QLineEdit(QLocale().toString(entry.value(column).toDouble(), 'g', 15));
            e->setReadOnly(m_ctx.isReadOnly());
            connect(e, &QLineEdit::editingFinished, this, [this, e, column] {
                if (!e->isModified())
                    return; // only what the user typed is written: a visit changes nothing
                e->setModified(false);
                bool ok = false;
                const double typed = QLocale().toDouble(e->text().remove(QChar(0x202F)).remove(QChar(0xA0)), &ok);
                const double stored = m_ctx.store.value(Tables::entry(), m_entryId, column).toDouble();
                if (!ok) // not a number: the stored one comes back
                    e->setText(QLocale().toString(stored, 'g', 15));
                else if (typed != stored)
                    Edit::setValue(m_ctx, Tables::entry(), m_entryId, column, typed);
            });
            editor = e;
        } else if (field->kind == FieldKind::Date) {
            auto *e = new QDateEdit;
            e->setCalendarPopup(true);
            e->setSpecialValueText(tr("no date"));
            e->setMinimumDate(QDate(1900, 1, 1));
            const QDate stored = QDate::fromString(text(entry, column.toLatin1().constData()), Qt::ISODate);
            e->setDate(stored.isValid() ? stored : e->minimumDate());
            e->setReadOnly(m_ctx.isReadOnly());
            connect(e, &QDateEdit::editingFinished, this, [this, e, column] {
                if (e->isReadOnly())
                    return;
                const QString iso = e->date() == e->minimumDate() ? QString() : e->date().toString(Qt::ISODate);
                if (m_ctx.store.value(Tables::entry(), m_entryId, column).toString() != iso)
                    Edit::setValue(m_ctx, Tables::entry(), m_entryId, column, iso);
            });
            editor = e;
        } else {
            auto *e = new QLineEdit;
            m_binder->bind(e, column);
            editor = e;
        }
        editor->setObjectName(QStringLiteral("entry_") + column);
        editor->setAccessibleName(label);
        auto *caption = new QLabel(label);
        caption->setBuddy(editor);
        if (column == QLatin1String("contact"))
            editor->setToolTip(tr("Personal data: it is kept in this project file. Think of it before you share "
                                  "the file outside the team."));
        form->addRow(caption, editor);
    }
    m_binder->bind(m_tags, QStringLiteral("tags"));
    m_tags->setAccessibleName(tr("Tags"));
    if (text(entry, "origin_project").isEmpty())
        m_origin->clear();
    else if (text(entry, "origin_file").isEmpty())
        m_origin->setText(tr("Comes from %1, on %2.")
                              .arg(text(entry, "origin_project"), Format::date(text(entry, "origin_date"))));
    else
        m_origin->setText(tr("Imported on %1 from %2 (file “%3”).")
                              .arg(Format::date(text(entry, "origin_date")), text(entry, "origin_project"),
                                   text(entry, "origin_file")));
}

} // namespace Atelier::Sourcing
