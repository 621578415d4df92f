// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decpform.h"

#include "core/edit.h"
#include "core/entities.h"
#include "core/notifier.h"
#include "core/projectcontext.h"
#include "core/sqlite.h"
#include "core/store.h"
#include "decp/decpschema.h"
#include "decp/decpvalues.h"
#include "decp/projectmarches.h"
#include "widgets/fieldbinder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace Atelier::Cockpit {

namespace {

/// The enumeration a list field of contract_decp holds keys of.
const Decp::Enumeration *listOf(const QString &column)
{
    using namespace Decp::Enumerations;
    if (column == QLatin1String("techniques"))
        return &technique();
    if (column == QLatin1String("execution_modes"))
        return &executionMode();
    if (column == QLatin1String("price_types"))
        return &priceType();
    if (column == QLatin1String("social"))
        return &socialConsideration();
    if (column == QLatin1String("green"))
        return &greenConsideration();
    return nullptr;
}

} // namespace

DecpForm::DecpForm(ProjectContext &ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx), m_missing(new QLabel)
{
    m_missing->setObjectName(QStringLiteral("decpMissing"));
    m_missing->setWordWrap(true);
    m_missing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_missing);
    auto refresh = [this](const QString &table) {
        if (table == QLatin1String("contract_decp") || table == QLatin1String("contract") ||
            table == QLatin1String("evolution"))
            updateMissing();
    };
    connect(&ctx.notifier, &Notifier::valueChanged, this,
            [this, refresh](const QString &table, const QString &id, const QString &column) {
                if (table == QLatin1String("contract_decp") && id == m_contractId && listOf(column))
                    syncList(column); // undo, or another view
                refresh(table);
            });
    connect(&ctx.notifier, &Notifier::rowInserted, this, [this](const QString &table, const QString &id) {
        if (table == QLatin1String("contract_decp") && id == m_contractId)
            rebuild();
    });
    connect(&ctx.notifier, &Notifier::rowRemoved, this, [this](const QString &table, const QString &id) {
        if (table == QLatin1String("contract_decp") && id == m_contractId)
            rebuild();
    });
    setContract({});
}

void DecpForm::setContract(const QString &contractId)
{
    m_contractId = contractId;
    rebuild();
}

void DecpForm::rebuild()
{
    if (m_body) { // not deleted now: the button that asked for this may be emitting still
        m_body->hide();
        m_body->deleteLater();
    }
    m_body = new QWidget;
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    static_cast<QVBoxLayout *>(this->layout())->insertWidget(0, m_body, 1);
    if (m_contractId.isEmpty()) {
        layout->addWidget(new QLabel(tr("Choose a contract to see its public data (DECP).")));
        m_missing->clear();
        return;
    }
    Row row;
    try {
        row = m_ctx.store.row(Decp::Tables::contractDecp(), m_contractId);
    } catch (const Sql::Error &) {
        layout->addWidget(new QLabel(tr("This project has no table for the contracts' public data.")));
        m_missing->clear();
        return;
    }
    if (row.isEmpty()) {
        auto *start = new QPushButton(tr("Enter the public data (DECP) of this contract"));
        start->setObjectName(QStringLiteral("decpStart"));
        connect(start, &QPushButton::clicked, this, [this] {
            Edit::addRow(m_ctx, Decp::Tables::contractDecp(), {{QStringLiteral("id"), m_contractId}});
        });
        layout->addWidget(start);
        updateMissing();
        return;
    }
    auto *form = new QFormLayout;
    auto *binder = new FieldBinder(m_ctx, Decp::Tables::contractDecp(), m_contractId, m_body);
    for (const FieldInfo &field : Decp::Tables::contractDecp().fields) {
        const QString column = QString::fromLatin1(field.column);
        if (listOf(column)) {
            addListField(form, field.column);
            continue;
        }
        QWidget *editor = nullptr;
        if (field.kind == FieldKind::Choice) {
            auto *box = new QComboBox;
            binder->bind(box, column);
            editor = box;
        } else if (field.kind == FieldKind::LongText) {
            auto *text = new QPlainTextEdit;
            text->setMaximumHeight(70);
            binder->bind(text, column);
            editor = text;
        } else if (field.kind == FieldKind::Integer || field.kind == FieldKind::Number) {
            auto *line = new QLineEdit;
            bindNumber(line, field);
            editor = line;
        } else {
            auto *line = new QLineEdit;
            binder->bind(line, column);
            editor = line;
        }
        editor->setObjectName(column);
        form->addRow(field.translatedLabel(), editor);
    }
    auto *scroll = new QScrollArea;
    auto *inner = new QWidget;
    inner->setLayout(form);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    layout->addWidget(scroll);
    updateMissing();
}

void DecpForm::bindNumber(QLineEdit *line, const FieldInfo &field)
{
    // Written and read in the user's locale (0,05 in French); a share or a rate left empty is "not given"
    // (stored as -1), a count left empty is 0.
    const QString column = QString::fromLatin1(field.column);
    const bool integer = field.kind == FieldKind::Integer;
    const auto show = [this, line, column, integer] {
        const QVariant stored = m_ctx.store.value(Decp::Tables::contractDecp(), m_contractId, column);
        const QSignalBlocker quiet(line);
        line->setText(integer ? QLocale().toString(stored.toLongLong())
                      : stored.toDouble() < 0 ? QString()
                                              : QLocale().toString(stored.toDouble(), 'g', 6));
    };
    show();
    line->setAccessibleName(field.translatedLabel());
    connect(line, &QLineEdit::editingFinished, this, [this, line, column, integer, show] {
        const QString typed = line->text().trimmed();
        bool ok = true;
        QVariant value;
        if (typed.isEmpty())
            value = integer ? QVariant(0) : QVariant(-1.0);
        else if (integer)
            value = QLocale().toLongLong(typed, &ok);
        else
            value = QLocale().toDouble(typed, &ok);
        if (!ok) {
            show();
            m_missing->setText(tr("“%1” is not a number: write it as %2.")
                                   .arg(typed, integer ? QLocale().toString(12) : QLocale().toString(0.25)));
            return;
        }
        Edit::setValue(m_ctx, Decp::Tables::contractDecp(), m_contractId, column, value);
    });
    connect(&m_ctx.notifier, &Notifier::valueChanged, line,
            [this, column, show](const QString &table, const QString &id, const QString &changed) {
                if (table == QLatin1String("contract_decp") && id == m_contractId && changed == column)
                    show(); // undo, or another view
            });
}

void DecpForm::addListField(QFormLayout *form, const char *column)
{
    const QString name = QString::fromLatin1(column);
    const Decp::Enumeration &values = *listOf(name);
    const FieldInfo *field = Decp::Tables::contractDecp().field(name);
    auto *boxes = new QWidget;
    boxes->setObjectName(name);
    auto *row = new QHBoxLayout(boxes);
    row->setContentsMargins(0, 0, 0, 0);
    const QStringList chosen =
        Decp::splitKeys(m_ctx.store.value(Decp::Tables::contractDecp(), m_contractId, name).toString());
    for (const Decp::Value &v : values.values) {
        auto *box = new QCheckBox(values.label(QLatin1String(v.key)));
        box->setObjectName(name + QLatin1Char('_') + QLatin1String(v.key));
        box->setChecked(chosen.contains(QLatin1String(v.key)));
        connect(box, &QCheckBox::toggled, this, [this, name, key = QString::fromLatin1(v.key)](bool on) {
            QStringList keys = Decp::splitKeys(
                m_ctx.store.value(Decp::Tables::contractDecp(), m_contractId, name).toString());
            keys.removeAll(key);
            if (on)
                keys << key;
            Edit::setValue(m_ctx, Decp::Tables::contractDecp(), m_contractId, name,
                           keys.join(QLatin1Char(',')));
        });
        row->addWidget(box);
    }
    row->addStretch();
    form->addRow(field->translatedLabel(), boxes);
}

void DecpForm::syncList(const QString &column)
{
    if (!m_body)
        return;
    const QStringList chosen =
        Decp::splitKeys(m_ctx.store.value(Decp::Tables::contractDecp(), m_contractId, column).toString());
    for (const Decp::Value &v : listOf(column)->values)
        if (auto *box = m_body->findChild<QCheckBox *>(column + QLatin1Char('_') + QLatin1String(v.key))) {
            const QSignalBlocker quiet(box);
            box->setChecked(chosen.contains(QLatin1String(v.key)));
        }
}

void DecpForm::updateMissing()
{
    if (m_contractId.isEmpty())
        return;
    QStringList lines;
    try {
        for (const Decp::ProjectMarche &pm : Decp::ProjectMarches::read(m_ctx.store, QDate::currentDate()))
            if (pm.contractId == m_contractId)
                for (const Decp::Problem &p : pm.problems)
                    lines << p.text();
    } catch (const Sql::Error &) {
        return;
    }
    m_missing->setText(
        lines.isEmpty()
            ? tr("Ready to publish (atelier decp export).")
            : tr("Still missing before it can be published:\n%1").arg(lines.join(QLatin1Char('\n'))));
}

} // namespace Atelier::Cockpit
