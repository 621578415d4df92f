// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "drawerspage.h"

#include "cockpitschema.h"
#include "discussionpage.h"
#include "widgets/pageparts.h"

#include "widgets/entitytableeditor.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Atelier::Cockpit {

DrawersPage::DrawersPage(ProjectContext &ctx, const QString &strategyId, QWidget *parent)
    : QTabWidget(parent), m_discussion(new DiscussionPage(ctx, strategyId))
{
    setAccessibleName(tr("Drawers"));
    const QString titles[kDrawerCount] = {tr("Initial documentation"), tr("Evaluation tools"),
                                          tr("Legal elements")};
    const QHash<QString, QString> sectionTitles{{QStringLiteral("evaluation_grid"), tr("Evaluation grids")},
                                                {QStringLiteral("indicator_sheet"), tr("Indicator sheets")},
                                                {QStringLiteral("procedure"), tr("Procedure")},
                                                {QStringLiteral("legal_basis"), tr("Legal basis")},
                                                {QStringLiteral("modification"), tr("Log of modifications")}};
    for (int d = 0; d < kDrawerCount; ++d) {
        auto *page = new QWidget;
        auto *layout = new QVBoxLayout(page);
        const QStringList kinds = drawerKinds(Drawer(d));
        for (const QString &kind : kinds) {
            if (kinds.size() > 1)
                layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(sectionTitles.value(kind))));
            auto *editor = new EntityTableEditor(ctx, Tables::drawerItem(),
                                                 {QStringLiteral("date"), QStringLiteral("title"),
                                                  QStringLiteral("note"), QStringLiteral("attachment_id")},
                                                 tr("Add to the drawer"));
            editor->setObjectName(kind);
            editor->setFilter(QStringLiteral("strategy_id"), strategyId);
            editor->setFilter(QStringLiteral("kind"), kind);
            stretchColumn(editor, 1);
            m_sections.insert(kind, editor);
            layout->addWidget(editor);
        }
        addTab(page, titles[d]);
    }
    addTab(m_discussion, tr("Discussion space"));
}

EntityTableEditor *DrawersPage::section(const QString &kind) const
{
    return m_sections.value(kind);
}

} // namespace Atelier::Cockpit
