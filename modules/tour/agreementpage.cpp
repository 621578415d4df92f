// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementpage.h"

#include "tourschema.h"
#include "tourstore.h"

#include "core/notifier.h"
#include "core/projectcontext.h"
#include "core/store.h"
#include "widgets/fieldbinder.h"
#include "widgets/pageparts.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>

namespace Atelier::Tour {

/// Offers, in a reference column, only the people of one side of the row's tour.
static std::function<bool(const Row &, const Row &)> ofSide(ProjectContext &ctx, const char *side, const char *tourColumn)
{
    return [&ctx, side, tourColumn](const Row &row, const Row &participant) {
        for (const Person &p : TourStore::people(ctx.store, text(row, tourColumn)))
            if (p.participantId == text(participant, "id"))
                return p.side == QLatin1String(side);
        return false;
    };
}

AgreementPage::AgreementPage(ProjectContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx),
      m_exchanges(new EntityTableEditor(ctx, Tables::exchange(),
                                        columns({"subject", "channel", "frequency", "public_contact_id", "holder_contact_id"}),
                                        tr("Add an exchange"))),
      m_escalation(new QPlainTextEdit),
      m_signatures(new EntityTableEditor(ctx, Tables::tour(),
                                         columns({"public_signer_id", "public_signed_on", "holder_signer_id", "holder_signed_on"}),
                                         QString())),
      m_state(new QLabel)
{
    setObjectName(QStringLiteral("agreementPage"));
    m_exchanges->setObjectName(QStringLiteral("exchanges"));
    m_exchanges->view()->setAccessibleName(tr("Information exchanged while the contract runs"));
    m_exchanges->model()->setReferenceFilter(QStringLiteral("public_contact_id"), ofSide(ctx, Side::kPublic, "tour_id"));
    m_exchanges->model()->setReferenceFilter(QStringLiteral("holder_contact_id"), ofSide(ctx, Side::kHolder, "tour_id"));
    stretchColumn(m_exchanges, 0);
    m_exchanges->view()->setColumnWidth(1, 150);
    m_exchanges->view()->setColumnWidth(2, 260);
    m_exchanges->view()->setColumnWidth(3, 200);
    m_exchanges->view()->setColumnWidth(4, 200);
    m_escalation->setObjectName(QStringLiteral("escalation"));
    m_signatures->setObjectName(QStringLiteral("signatures"));
    m_signatures->view()->setAccessibleName(tr("Signatures of the agreement"));
    m_signatures->addRowAction()->setVisible(false);
    m_signatures->removeRowAction()->setVisible(false);
    m_signatures->model()->setReferenceFilter(QStringLiteral("public_signer_id"), ofSide(ctx, Side::kPublic, "id"));
    m_signatures->model()->setReferenceFilter(QStringLiteral("holder_signer_id"), ofSide(ctx, Side::kHolder, "id"));
    m_signatures->view()->setMaximumHeight(m_signatures->view()->verticalHeader()->defaultSectionSize() +
                                           m_signatures->view()->horizontalHeader()->sizeHint().height() + 8);
    m_signatures->view()->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_state->setObjectName(QStringLiteral("agreementState"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);

    auto *intro = new QLabel(tr("At the end of the day, both sides agree on the most useful ways to exchange and share "
                                "information throughout the contract, given how each of them is organised."));
    intro->setWordWrap(true);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(boxed(tr("Exchanges"), m_exchanges));
    splitter->addWidget(boxed(Tables::tour().field(QStringLiteral("escalation"))->translatedLabel(), m_escalation));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(boxed(tr("Signed by both sides"), m_signatures));
    layout->addWidget(m_state);
    connect(&ctx.notifier, &Notifier::tableChanged, this, [this](const QString &table) {
        if (table == Tables::tour().table() || table == Tables::exchange().table() || table == Tables::person().table())
            refreshState();
    });
}

void AgreementPage::commitPending()
{
    if (m_binder)
        m_binder->commitPending();
}

void AgreementPage::setTour(const QString &tourId)
{
    commitPending();
    m_tour = tourId;
    m_exchanges->setFilter(QStringLiteral("tour_id"), tourId);
    m_signatures->model()->setFilter(QStringLiteral("id"), tourId);
    delete m_binder;
    if (!tourId.isEmpty()) {
        m_binder = new FieldBinder(m_ctx, Tables::tour(), tourId, this);
        m_binder->bind(m_escalation, QStringLiteral("escalation"));
    }
    refreshState();
}

void AgreementPage::refreshState()
{
    if (m_tour.isEmpty())
        return;
    const AgreementCheck check = TourStore::agreement(m_ctx.store, m_tour);
    QString shown;
    if (check.signedByBoth() && check.missing.isEmpty())
        shown = tr("Signed by both sides.");
    else if (check.signedByBoth())
        shown = tr("Signed by both sides, but still incomplete:\n%1").arg(check.missing.join(QLatin1Char('\n')));
    else
        shown = tr("Before both sides sign:\n%1").arg(check.missing.join(QLatin1Char('\n')));
    m_state->setText(shown);
    m_state->setStyleSheet(check.signedByBoth() && check.missing.isEmpty() ? QStringLiteral("color: #166534; font-weight: bold;")
                                                                           : QStringLiteral("color: #9a3412;"));
}

} // namespace Atelier::Tour
