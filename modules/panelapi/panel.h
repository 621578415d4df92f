// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entities.h"
#include "core/schema.h"
#include "core/sharecopy.h"
#include "reports/reportsection.h"

#include <QHash>
#include <QIcon>
#include <QList>
#include <QtPlugin>

#include <functional>
#include <optional>

class QWidget;

namespace Atelier {

struct ProjectContext;

namespace Reports {
struct Document;
}

/// An option of a panel's document: `--bidder NAME`, `--format a4|a5-booklet`, `--answers`.
struct DocumentOption
{
    QString name;             ///< "bidder" (given as --bidder on the command line)
    QString label;            ///< in the user's language, for the window's dialog
    QStringList values = {};  ///< the values allowed ("a4", "a5-booklet"); empty: a name the user gives
    QStringList valueLabels = {}; ///< those values in the user's language
    bool flag = false;        ///< given alone (--answers); its value is then "1"
    bool required = false;
    /// The names the window offers for a name option (the shortlisted bidders, the tours' contracts).
    std::function<QStringList(ProjectContext &ctx)> names = {};
};

/// A document a panel writes about one thing of its own, named by the user (a bidder's negotiation
/// sheet), or about its own data as a whole (the question grid): the command line's
/// `atelier export <kind> FILE [--<option> VALUE]... -o OUT.pdf`, the window's Export menu, and the
/// panel's own Export button.
struct PanelDocument
{
    QString kind;  ///< "negotiation"
    QString title; ///< in the user's language
    QList<DocumentOption> options;
    /// Writes the document with the options given (name → value; absent when not given), or says
    /// why it cannot (no such bidder, ...).
    std::function<std::optional<Reports::Document>(ProjectContext &ctx, const QHash<QString, QString> &options,
                                                   QString *error)>
        write;
};

/// A panel of the workbench, as a Qt plug-in. In-tree panels are linked statically and imported
/// with Q_IMPORT_PLUGIN; a third-party panel would load the same way through QPluginLoader.
/// Life cycle: every panel is registered first (its tables join the schema), then views are
/// created for each project that opens, and destroyed when it closes.
class Panel
{
public:
    virtual ~Panel() = default;

    /// Stable identifier, also the module name of its tables ("projet", "modeler", ...).
    virtual QString id() const = 0;
    /// Name in the navigator, in the user's language.
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    /// Where the panel stands in the navigator (small first).
    virtual int order() const = 0;
    /// The panel's own tables and their history (empty when it only uses shared entities).
    virtual ModuleSchema migrations() const { return {id(), {}}; }
    /// The descriptions of the panel's own tables (for generic code: the demo builder, checks).
    virtual QList<const TableInfo *> tables() const { return {}; }
    /// The panel's view of one open project. The view reads through ctx.store, writes through
    /// Edit::, and follows ctx.notifier; it lives no longer than the project.
    virtual QWidget *createView(ProjectContext &ctx, QWidget *parent) = 0;
    /// Where another panel may ask to go in this one (core/navigation.h), e.g. the evolutivity
    /// clause of a contract.
    virtual QStringList destinations() const { return {}; }
    /// Brings `view` (made by createView) to `destination` for the row `id`.
    virtual void show(QWidget *view, const QString &destination, const QString &id)
    {
        Q_UNUSED(view) Q_UNUSED(destination) Q_UNUSED(id)
    }
    /// What the panel contributes to reports.
    virtual QList<Reports::ReportSection> reportSections(ProjectContext &ctx) const = 0;
    /// The documents the panel writes on its own (PanelDocument).
    virtual QList<PanelDocument> documents() const { return {}; }
    /// Adds to the demo project what its data cannot describe (the citizen jury drawn from a generated
    /// pool), after the demo's rows are written; false (and `error`) when it fails.
    virtual bool addToDemo(ProjectContext &, QString *) { return true; }
    /// The personal data among its tables: left out of a copy shared with another administration.
    virtual QList<PersonalData> personalData() const { return {}; }
};

/// The panels found among the statically linked plug-ins, in navigator order.
QList<Panel *> staticPanels();
/// The core schema, the contracts' DECP fields (modules/decp), then the tables of every panel that has any.
Schema schemaFor(const QList<Panel *> &panels);

} // namespace Atelier

#define AtelierPanel_iid "fr.atelier-achat.Panel/1"
Q_DECLARE_INTERFACE(Atelier::Panel, AtelierPanel_iid)
