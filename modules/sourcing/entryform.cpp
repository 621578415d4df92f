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
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
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
            });
    setEntry({});
}

void EntryForm::commitPending()
{
    if (m_binder)
        m_binder->commitPending();
    m_notes->commit();
}

void EntryForm::setEntry(const QString &entryId)
{
    commitPending();
    m_entryId = m_ctx.store.row(Tables::entry(), entryId).isEmpty() ? QString() : entryId;
    rebuild();
}

void EntryForm::rebuild()
{
    delete m_binder;
    auto *form = static_cast<QFormLayout *>(m_fields->layout());
    while (form->rowCount() > 0)
        form->removeRow(0);
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
            auto *e = new QDoubleSpinBox;
            e->setRange(-1e12, 1e12);
            e->setDecimals(2);
            e->setGroupSeparatorShown(true);
            e->setValue(entry.value(column).toDouble());
            e->setReadOnly(m_ctx.isReadOnly());
            connect(e, &QDoubleSpinBox::editingFinished, this, [this, e, column] {
                if (m_ctx.store.value(Tables::entry(), m_entryId, column).toDouble() != e->value())
                    Edit::setValue(m_ctx, Tables::entry(), m_entryId, column, e->value());
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
            editor->setToolTip(tr("Personal data: it stays in this project and is left out of shared copies."));
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
