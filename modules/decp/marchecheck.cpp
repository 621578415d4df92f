// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "marchecheck.h"

#include "decpvalues.h"

#include <QRegularExpression>
#include <QSet>

namespace Atelier::Decp {

QString Problem::text() const
{
    return DecpText::tr("%1: %2").arg(property, message);
}

namespace Check {

bool isSiret(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{14}$"));
    return re.match(text).hasMatch();
}

bool isCpv(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{8}(-[0-9])?$"));
    return re.match(text).hasMatch();
}

bool isDecpDate(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    return re.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

bool isMarcheId(const QString &text)
{
    return !text.isEmpty() && text.size() <= 16;
}

namespace {

/// Collects the problems of one marché, each named by its property and its label.
class Checker
{
public:
    QList<Problem> problems;

    void add(const QString &property, const QString &message) { problems << Problem{property, message}; }

    void required(const QString &property, const QString &label, bool present)
    {
        if (!present)
            add(property, DecpText::tr("%1 is required").arg(label));
    }

    void oneOf(const QString &property, const QString &label, const QString &value, const Enumeration &e)
    {
        if (value.isEmpty())
            required(property, label, false);
        else if (!e.containsSchemaValue(value))
            add(property, DecpText::tr("%1: “%2” is not one of the official values").arg(label, value));
    }

    /// A list of the schema: at least one value, each one of the enumeration's, none twice.
    void list(const QString &property, const QString &label, const QStringList &values, const Enumeration &e)
    {
        if (values.isEmpty()) {
            add(property, DecpText::tr("%1: choose at least one value").arg(label));
            return;
        }
        QSet<QString> seen;
        for (const QString &v : values) {
            if (!e.containsSchemaValue(v))
                add(property, DecpText::tr("%1: “%2” is not one of the official values").arg(label, v));
            else if (seen.contains(v))
                add(property, DecpText::tr("%1: “%2” is given twice").arg(label, v));
            seen.insert(v);
        }
    }

    void date(const QString &property, const QString &label, const QDate &d)
    {
        if (!d.isValid())
            add(property, DecpText::tr("%1 is required (a date)").arg(label));
        else if (d.year() < 1000 || d.year() > 9999)
            add(property, DecpText::tr("%1: the year must have four digits").arg(label));
    }

    void ratio(const QString &property, const QString &label, const std::optional<double> &value)
    {
        if (value && (*value < 0 || *value > 1))
            add(property, DecpText::tr("%1 must be between 0 and 1 (0.1 = 10 %)").arg(label));
    }

    void holders(const QString &property, const QList<Holder> &list)
    {
        if (list.isEmpty())
            add(property, DecpText::tr("at least one holder is required"));
        QSet<QString> seen;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString at = QStringLiteral("%1[%2].titulaire").arg(property).arg(i + 1);
            const Holder &h = list.at(i);
            required(at + QStringLiteral(".id"), DecpText::tr("The holder's identifier"), !h.id.isEmpty());
            oneOf(at + QStringLiteral(".typeIdentifiant"),
                  DecpText::tr("The type of the holder's identifier"), h.idType,
                  Enumerations::holderIdType());
            if (h.idType == QLatin1String("SIRET") && !h.id.isEmpty() && !isSiret(h.id))
                add(at + QStringLiteral(".id"),
                    DecpText::tr("a SIRET has 14 digits; “%1” is not one").arg(h.id));
            if (seen.contains(h.idType + h.id))
                add(at, DecpText::tr("the same holder is given twice"));
            seen.insert(h.idType + h.id);
        }
    }

    void modification(const Marche &m, qsizetype index)
    {
        const Modification &mod = m.modifications.at(index);
        const QString at = QStringLiteral("modifications[%1].modification").arg(index + 1);
        if (mod.id != index + 1)
            add(at + QStringLiteral(".id"), DecpText::tr("modifications are numbered 1, 2, 3… in order"));
        date(at + QStringLiteral(".dateNotificationModification"),
             DecpText::tr("The date the modification was notified"), mod.notifiedOn);
        date(at + QStringLiteral(".datePublicationDonneesModification"),
             DecpText::tr("The date its data are published"), mod.publishedOn);
        if (mod.durationMonths && *mod.durationMonths < 1)
            add(at + QStringLiteral(".dureeMois"),
                DecpText::tr("the new duration must be at least one month"));
        if (mod.amountCents && *mod.amountCents < 100)
            add(at + QStringLiteral(".montant"), DecpText::tr("the new amount must be at least 1 euro"));
        if (!mod.holders.isEmpty())
            holders(at + QStringLiteral(".titulaires"), mod.holders);
    }
};

} // namespace

QList<Problem> missing(const Marche &m)
{
    Checker c;
    if (m.id.isEmpty())
        c.required(QStringLiteral("id"), DecpText::tr("The contract's identifier"), false);
    else if (!isMarcheId(m.id))
        c.add(QStringLiteral("id"), DecpText::tr("the contract's identifier has 1 to 16 characters"));
    if (m.buyerSiret.isEmpty())
        c.required(QStringLiteral("acheteur.id"), DecpText::tr("The buyer's SIRET"), false);
    else if (!isSiret(m.buyerSiret))
        c.add(QStringLiteral("acheteur.id"),
              DecpText::tr("the buyer's SIRET has 14 digits; “%1” is not one").arg(m.buyerSiret));
    c.oneOf(QStringLiteral("nature"), DecpText::tr("The nature of the contract"), m.nature,
            Enumerations::nature());
    c.required(QStringLiteral("objet"), DecpText::tr("The object of the contract"),
               !m.object.trimmed().isEmpty());
    if (m.object.size() > 1000)
        c.add(QStringLiteral("objet"),
              DecpText::tr("the object has at most 1,000 characters (it has %1)").arg(m.object.size()));
    if (m.cpv.isEmpty())
        c.required(QStringLiteral("codeCPV"), DecpText::tr("The CPV code"), false);
    else if (!isCpv(m.cpv))
        c.add(
            QStringLiteral("codeCPV"),
            DecpText::tr("a CPV code has 8 digits, then optionally “-” and its check digit; “%1” is not one")
                .arg(m.cpv));
    c.list(QStringLiteral("techniques.technique"), DecpText::tr("The purchasing techniques"), m.techniques,
           Enumerations::technique());
    c.list(QStringLiteral("modalitesExecution.modaliteExecution"), DecpText::tr("The execution modes"),
           m.executionModes, Enumerations::executionMode());
    if (!m.frameworkId.isEmpty() && !isMarcheId(m.frameworkId))
        c.add(QStringLiteral("idAccordCadre"),
              DecpText::tr("the framework agreement's identifier has 1 to 16 characters"));
    c.required(QStringLiteral("marcheInnovant"), DecpText::tr("Whether the contract is innovative"),
               m.innovative.has_value());
    c.oneOf(QStringLiteral("ccag"), DecpText::tr("The CCAG"), m.ccag, Enumerations::ccag());
    if (!m.offersReceived)
        c.required(QStringLiteral("offresRecues"), DecpText::tr("The number of offers received"), false);
    else if (*m.offersReceived < 1)
        c.add(QStringLiteral("offresRecues"), DecpText::tr("at least one offer was received"));
    c.required(QStringLiteral("attributionAvance"), DecpText::tr("Whether an advance was granted"),
               m.advance.has_value());
    c.ratio(QStringLiteral("tauxAvance"), DecpText::tr("The rate of the advance"), m.advanceRate);
    c.oneOf(QStringLiteral("typeGroupementOperateurs"), DecpText::tr("The type of grouping of the holders"),
            m.grouping, Enumerations::grouping());
    c.required(QStringLiteral("sousTraitanceDeclaree"), DecpText::tr("Whether subcontracting was declared"),
               m.subcontracting.has_value());
    c.oneOf(QStringLiteral("procedure"), DecpText::tr("The procedure"), m.procedure,
            Enumerations::procedure());
    c.required(QStringLiteral("lieuExecution.code"), DecpText::tr("The code of the place of execution"),
               !m.placeCode.trimmed().isEmpty());
    c.oneOf(QStringLiteral("lieuExecution.typeCode"), DecpText::tr("The type of that code"), m.placeType,
            Enumerations::placeType());
    if (!m.durationMonths)
        c.required(QStringLiteral("dureeMois"), DecpText::tr("The duration in months"), false);
    else if (*m.durationMonths < 1)
        c.add(QStringLiteral("dureeMois"), DecpText::tr("the duration must be at least one month"));
    c.date(QStringLiteral("dateNotification"), DecpText::tr("The date of notification"), m.notifiedOn);
    c.date(QStringLiteral("datePublicationDonnees"), DecpText::tr("The date the data are first published"),
           m.publishedOn);
    if (m.amountCents < 100)
        c.add(QStringLiteral("montant"), DecpText::tr("the amount excl. tax must be at least 1 euro"));
    c.list(QStringLiteral("typesPrix.typePrix"), DecpText::tr("The types of price"), m.priceTypes,
           Enumerations::priceType());
    c.oneOf(QStringLiteral("formePrix"), DecpText::tr("The form of the price"), m.priceForm,
            Enumerations::priceForm());
    c.ratio(QStringLiteral("origineUE"), DecpText::tr("The share of products from the EU"), m.originEu);
    c.ratio(QStringLiteral("origineFrance"), DecpText::tr("The share of French products"), m.originFrance);
    if (m.originEu && m.originFrance && *m.originFrance > *m.originEu)
        c.add(QStringLiteral("origineFrance"),
              DecpText::tr("the share of French products cannot exceed the share from the EU"));
    c.holders(QStringLiteral("titulaires"), m.holders);
    c.list(QStringLiteral("considerationsSociales.considerationSociale"),
           DecpText::tr("The social considerations"), m.social, Enumerations::socialConsideration());
    c.list(QStringLiteral("considerationsEnvironnementales.considerationEnvironnementale"),
           DecpText::tr("The environmental considerations"), m.green, Enumerations::greenConsideration());
    for (qsizetype i = 0; i < m.modifications.size(); ++i)
        c.modification(m, i);
    return c.problems;
}

} // namespace Check
} // namespace Atelier::Decp
