// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardinspector.h"

#include "modelerschema.h"

#include "core/projectcontext.h"
#include "widgets/fieldbinder.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Atelier::Modeler {

CardInspector::CardInspector(ProjectContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx), m_title(new QLineEdit(this)), m_body(new QPlainTextEdit(this)),
      m_family(new QComboBox(this)), m_author(new QComboBox(this)), m_evidence(new QComboBox(this))
{
    setObjectName(QStringLiteral("cardInspector"));
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_body->setObjectName(QStringLiteral("cardBody"));
    m_author->setObjectName(QStringLiteral("cardAuthor"));
    m_evidence->setObjectName(QStringLiteral("cardEvidence"));
    auto *hint = new QLabel(tr("Select a card to see who wrote it and which evidence of the investigation it "
                               "rests on."),
                            this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    auto *stack = new QVBoxLayout(this);
    stack->addWidget(hint);
    stack->addLayout(form);
    stack->addStretch(1);
    m_body->setMaximumHeight(150);
    const TableInfo &card = Tables::card();
    const QList<QPair<const char *, QWidget *>> rows{{"title", m_title},
                                                     {"body", m_body},
                                                     {"family", m_family},
                                                     {"author_id", m_author},
                                                     {"evidence_id", m_evidence}};
    for (const auto &[column, editor] : rows) {
        const QString label = card.field(QLatin1String(column))->translatedLabel();
        editor->setAccessibleName(label);
        form->addRow(label, editor);
    }
    setFixedWidth(260);
    showCard(QString());
}

void CardInspector::showCard(const QString &cardId)
{
    if (m_binder && !m_ctx.isReadOnly())
        m_binder->commitPending();
    m_id = cardId;
    delete m_binder;
    const bool shown = !cardId.isEmpty();
    for (QWidget *w : std::initializer_list<QWidget *>{m_title, m_body, m_family, m_author, m_evidence})
        w->setEnabled(shown);
    if (!shown) {
        m_title->clear();
        m_body->clear();
        return;
    }
    m_binder = new FieldBinder(m_ctx, Tables::card(), cardId, this);
    m_binder->bind(m_title, QStringLiteral("title"));
    m_binder->bind(m_body, QStringLiteral("body"));
    m_binder->bind(m_family, QStringLiteral("family"));
    m_binder->bind(m_author, QStringLiteral("author_id"));
    m_binder->bind(m_evidence, QStringLiteral("evidence_id"));
}

} // namespace Atelier::Modeler
