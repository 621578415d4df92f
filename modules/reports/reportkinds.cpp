// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportkinds.h"

#include "glossary.h"

#include "core/entities.h"
#include "core/store.h"

#include <QCoreApplication>
#include <QLocale>

namespace Atelier::Reports {

/// The roadmap (feuille de route) for elected officials: one page to read in two minutes, then
/// the strategy, its calendar, its indicators, its checkpoints, who takes part, the words used.
class RoadmapReport : public ReportKind
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Reports::RoadmapReport)
public:
    QString id() const override { return QStringLiteral("roadmap"); }
    QString title() const override { return tr("Roadmap"); }
    QString subject() const override
    {
        return tr("The purchasing strategy of the project, for elected officials");
    }
    QStringList keywords() const override
    {
        return {tr("public procurement"), tr("purchasing strategy"), tr("roadmap")};
    }
    QList<Entry> sections() const override
    {
        return {{QStringLiteral("projet.purpose"), false},     {QStringLiteral("cockpit.summary"), false},
                {QStringLiteral("cockpit.strategies"), true},  {QStringLiteral("cockpit.roadmap"), true},
                {QStringLiteral("cockpit.indicators"), true},  {QStringLiteral("cockpit.checkpoints"), true},
                {QStringLiteral("clause.modifications"), false}, {QStringLiteral("tour.summary"), true},
                {QStringLiteral("projet.participants"), true}, {QStringLiteral("journal.decisions"), true},
                {Glossary::kSectionId, true}};
    }
};

/// The strategic modeler's workshop report: the landscape, the proposal's rounds, the scenarios
/// and their scores, the strategy chosen.
class WorkshopReport : public ReportKind
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Reports::WorkshopReport)
public:
    QString id() const override { return QStringLiteral("workshop"); }
    QString title() const override { return tr("Workshop report"); }
    QString subject() const override { return tr("What the strategic modeling workshop produced"); }
    QStringList keywords() const override
    {
        return {tr("public procurement"), tr("strategic modeler"), tr("workshop")};
    }
    QList<Entry> sections() const override
    {
        return {{QStringLiteral("projet.purpose"), false},   {QStringLiteral("projet.participants"), false},
                {QStringLiteral("modeler.landscape"), true}, {QStringLiteral("modeler.amendments"), true},
                {QStringLiteral("modeler.ranking"), true},   {QStringLiteral("modeler.strategy"), true},
                {QStringLiteral("projet.evidence"), true},   {Glossary::kSectionId, true}};
    }
};

QList<const ReportKind *> ReportKinds::all()
{
    static const RoadmapReport roadmap;
    static const WorkshopReport workshop;
    return {&roadmap, &workshop};
}

const ReportKind *ReportKinds::find(const QString &id)
{
    for (const ReportKind *kind : all())
        if (kind->id() == id)
            return kind;
    return nullptr;
}

ReportInfo reportInfo(const ReportKind &kind, const Store &store)
{
    const TableInfo &project = Entities::project();
    ReportInfo info;
    info.title = kind.title();
    info.projectTitle = store.value(project, store.projectId(), QStringLiteral("title")).toString();
    info.author = store.value(project, store.projectId(), QStringLiteral("administration")).toString();
    info.subject = kind.subject();
    info.keywords = kind.keywords();
    if (!info.projectTitle.isEmpty())
        info.keywords << info.projectTitle;
    info.language = QLocale().name().replace(QLatin1Char('_'), QLatin1Char('-'));
    info.date = QDate::currentDate();
    return info;
}

Document compose(const ReportKind &kind, const QList<ReportSection> &available, const ReportInfo &info,
                 const Progress &progress)
{
    QList<std::pair<const ReportSection *, bool>> chosen;
    for (const ReportKind::Entry &entry : kind.sections())
        for (const ReportSection &s : available)
            if (s.id == entry.sectionId)
                chosen.append({&s, entry.newPage});
    Writer writer(info);
    for (int i = 0; i < chosen.size(); ++i) {
        if (progress && !progress(i, int(chosen.size())))
            return Document{info, {}, {}};
        writer.section(chosen[i].first->title, chosen[i].second);
        chosen[i].first->write(writer);
    }
    return writer.finish();
}

} // namespace Atelier::Reports
