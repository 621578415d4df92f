// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projetfixture.h"

#include "widgets/entitytableeditor.h"

#include <QAction>
#include <QLineEdit>
#include <QTabWidget>

using namespace Atelier;

TEST_CASE("Projet registers as a static panel with its name and icon", "[panel]")
{
    const QList<Panel *> panels = staticPanels();
    REQUIRE(panels.size() == 1);
    CHECK(panels.first()->id() == QStringLiteral("projet"));
    CHECK(panels.first()->title() == QStringLiteral("Project"));
    CHECK_FALSE(panels.first()->icon().isNull());
    CHECK(panels.first()->migrations().steps.isEmpty()); // only shared entities
    // Projet adds no table: the schema is the core's and the contracts' DECP fields (every project has them).
    const Schema schema = schemaFor(panels);
    REQUIRE(schema.modules().size() == 2);
    CHECK(schema.modules().at(0).name == QStringLiteral("core"));
    CHECK(schema.modules().at(1).name == QStringLiteral("decp"));
}

TEST_CASE("The view has the three tabs a buyer expects", "[panel]")
{
    ProjetFixture f;
    auto *tabs = qobject_cast<QTabWidget *>(f.view.get());
    REQUIRE(tabs);
    REQUIRE(tabs->count() == 3);
    CHECK(tabs->tabText(0) == QStringLiteral("Identity and context"));
    CHECK(tabs->tabText(1) == QStringLiteral("Participants"));
    CHECK(tabs->tabText(2) == QStringLiteral("Evidence library"));
}

TEST_CASE("Every editor of the view has an accessible name", "[panel][a11y]")
{
    ProjetFixture f;
    for (QWidget *w : f.view->findChildren<QWidget *>()) {
        if (!w->focusPolicy() || !w->isEnabled() || w->inherits("QScrollBar") || w->inherits("QToolButton") ||
            w->inherits("QHeaderView") || w->inherits("QAbstractScrollArea") || w->inherits("QTabBar") ||
            (w->parentWidget() && w->parentWidget()->inherits("QAbstractSpinBox")))
            continue;
        INFO(w->metaObject()->className() << " " << w->objectName().toStdString());
        CHECK_FALSE(w->accessibleName().isEmpty());
    }
}

TEST_CASE("A read-only project shows everything and lets nothing be edited", "[panel][readonly]")
{
    Workspace ws;
    const QString doc = ws.savedProject(QStringLiteral("ro.atelier"), QStringLiteral("Lecture seule"));
    auto holder = ws.open(doc);
    OpenOptions readOnly;
    readOnly.readOnly = true;
    ProjetFixture f(ws.open(doc, readOnly));
    auto *title = f.find<QLineEdit>(QStringLiteral("title"));
    REQUIRE(title);
    CHECK(title->text() == QStringLiteral("Lecture seule"));
    CHECK(title->isReadOnly());
    auto *participants = f.find<EntityTableEditor>(QStringLiteral("participants"));
    REQUIRE(participants);
    CHECK_FALSE(participants->addRowAction()->isEnabled());
}
