// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcingview.h"

#include "bidderspage.h"
#include "canvasindex.h"
#include "canvaspage.h"
#include "gridpage.h"
#include "negotiationpage.h"

#include "core/projectcontext.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace Atelier::Sourcing {

SourcingView::SourcingView(ProjectContext &ctx, QWidget *parent)
    : QWidget(parent), m_index(new CanvasIndex(ctx.store, ctx.notifier, this)), m_tabs(new QTabWidget),
      m_canvas(new CanvasPage(ctx, *m_index)), m_grid(new GridPage(ctx)), m_bidders(new BiddersPage(ctx)),
      m_negotiation(new NegotiationPage(ctx))
{
    setObjectName(QStringLiteral("sourcingView"));
    m_tabs->setObjectName(QStringLiteral("sourcingTabs"));
    m_tabs->addTab(m_canvas, tr("Canvas"));
    m_tabs->addTab(m_grid, tr("Question grid"));
    m_tabs->addTab(m_bidders, tr("Bidders and scoring"));
    m_tabs->addTab(m_negotiation, tr("Responsible negotiation"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_canvas->commitPending();
        m_negotiation->commitPending();
    });
}

SourcingView::~SourcingView()
{
    m_canvas->commitPending();
    m_negotiation->commitPending();
}

} // namespace Atelier::Sourcing
