// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "glossary.h"

#include "reportwriter.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Atelier::Reports::Glossary {

struct GlossaryText
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Reports::Glossary)
};

QList<Term> terms()
{
    QList<Term> list{
        {GlossaryText::tr("public contract"),
         GlossaryText::tr(
             "A contract by which a public buyer obtains works, supplies or services against a price, "
             "after advertising and competition.")},
        {GlossaryText::tr("procedure"),
         GlossaryText::tr(
             "The way a contract is awarded (open tender, negotiated procedure, innovation "
             "partnership…), set by the public procurement code according to the amount and the need.")},
        {GlossaryText::tr("investment line"),
         GlossaryText::tr(
             "One part of a strategy: what is bought or supported, by which mode, with which budget and "
             "calendar.")},
        {GlossaryText::tr("purchase"),
         GlossaryText::tr("The public buyer pays for works, supplies or services it needs.")},
        {GlossaryText::tr("partnership purchase"),
         GlossaryText::tr(
             "A purchase designed with the companies and the users, so that it also develops the local "
             "economy.")},
        {GlossaryText::tr("R&D contract"),
         GlossaryText::tr(
             "A contract that pays for research and development services; what is found may then be "
             "bought without a new competition when the law allows it.")},
        {GlossaryText::tr("small innovation pact"),
         GlossaryText::tr("A light agreement to try a new solution on a small scale before buying it.")},
        {GlossaryText::tr("grant"),
         GlossaryText::tr(
             "Money given to a project carried by someone else, for the general interest, without "
             "buying anything in return.")},
        {GlossaryText::tr("public-commons partnership"),
         GlossaryText::tr(
             "The administration lends premises, equipment or support to a community that manages a "
             "shared resource (a common) open to all.")},
        {GlossaryText::tr("checkpoint"),
         GlossaryText::tr(
             "A meeting where buyers, prescribers, elected officials and the citizen jury review the "
             "strategy and take decisions.")},
        {GlossaryText::tr("baseline"),
         GlossaryText::tr(
             "A copy of the plan (budget, calendar, targets) frozen on a date, to see later what "
             "changed.")},
        {GlossaryText::tr("indicator"),
         GlossaryText::tr(
             "A measure of an impact sought, with its starting value, its target and its deadline.")},
        {GlossaryText::tr("milestone"), GlossaryText::tr("A date by which something must be done.")},
        {GlossaryText::tr("evolutivity clause"),
         GlossaryText::tr(
             "A clause of the contract that says in advance how it may change during its life.")},
        {GlossaryText::tr("citizen jury"),
         GlossaryText::tr("Inhabitants drawn by lot who follow the project and give their opinion at each "
                          "checkpoint.")},
        {GlossaryText::tr("prescriber"),
         GlossaryText::tr("The service that expresses the need and will use what is bought.")},
        {GlossaryText::tr("reservist buyer"),
         GlossaryText::tr(
             "A buyer from another administration who lends a hand and facilitates the workshops.")},
        {GlossaryText::tr("positive externalities"),
         GlossaryText::tr("The benefits for the territory that go beyond the contract itself: jobs, skills, "
                          "environment.")},
        {GlossaryText::tr("royalties"),
         GlossaryText::tr(
             "What a company pays back to the public buyer when it sells elsewhere what was developed "
             "with public money.")},
        {GlossaryText::tr("excl. tax"), GlossaryText::tr("An amount before value-added tax.")},
    };
    std::sort(list.begin(), list.end(),
              [](const Term &a, const Term &b) { return QString::localeAwareCompare(a.word, b.word) < 0; });
    return list;
}

/// The word as written, its first word in the plural, every word in the plural.
static QRegularExpression pattern(const QString &word)
{
    const QStringList words = word.split(QLatin1Char(' '));
    QStringList plural;
    for (const QString &w : words)
        plural << QRegularExpression::escape(w) + QStringLiteral("[sx]?");
    return QRegularExpression(
        QStringLiteral("\\b") + plural.join(QStringLiteral("\\s+")) + QStringLiteral("\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

QList<Term> usedIn(const QString &text)
{
    QList<Term> used;
    for (const Term &t : terms())
        if (pattern(t.word).match(text).hasMatch())
            used << t;
    return used;
}

ReportSection section()
{
    return {kSectionId, GlossaryText::tr("Glossary"), [](Writer &writer) {
                QList<Term> list = usedIn(writer.plainText());
                if (list.isEmpty())
                    list = terms();
                for (const Term &t : list) {
                    QString word = t.word;
                    word[0] = word[0].toUpper();
                    writer.lead(word + GlossaryText::tr(":"), t.definition);
                }
            }};
}

} // namespace Atelier::Reports::Glossary
