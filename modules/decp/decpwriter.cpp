// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decpwriter.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

namespace Atelier::Decp::Json {

namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void text(Writer &w, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    w.String(utf8.constData(), rapidjson::SizeType(utf8.size()));
}

void key(Writer &w, const char *name)
{
    w.Key(name);
}

void date(Writer &w, const char *name, const QDate &d)
{
    key(w, name);
    text(w, d.toString(Qt::ISODate));
}

/// {"wrapper": [values…]}: the schema wraps each list of values in an object.
void wrappedList(Writer &w, const char *name, const char *item, const QStringList &values)
{
    key(w, name);
    w.StartObject();
    key(w, item);
    w.StartArray();
    for (const QString &v : values)
        text(w, v);
    w.EndArray();
    w.EndObject();
}

void holders(Writer &w, const QList<Holder> &list)
{
    key(w, "titulaires");
    w.StartArray();
    for (const Holder &h : list) {
        w.StartObject();
        key(w, "titulaire");
        w.StartObject();
        key(w, "typeIdentifiant");
        text(w, h.idType);
        key(w, "id");
        text(w, h.id);
        w.EndObject();
        w.EndObject();
    }
    w.EndArray();
}

void amount(Writer &w, const char *name, qint64 cents)
{
    key(w, name);
    const QByteArray number = euros(cents);
    w.RawValue(number.constData(), size_t(number.size()), rapidjson::kNumberType);
}

void modification(Writer &w, const Modification &m)
{
    w.StartObject();
    key(w, "modification");
    w.StartObject();
    key(w, "id");
    w.Int(m.id);
    date(w, "dateNotificationModification", m.notifiedOn);
    date(w, "datePublicationDonneesModification", m.publishedOn);
    if (m.durationMonths) {
        key(w, "dureeMois");
        w.Int(*m.durationMonths);
    }
    if (m.amountCents)
        amount(w, "montant", *m.amountCents);
    if (!m.holders.isEmpty())
        holders(w, m.holders);
    w.EndObject();
    w.EndObject();
}

void marche(Writer &w, const Marche &m)
{
    w.StartObject();
    key(w, "id");
    text(w, m.id);
    key(w, "acheteur");
    w.StartObject();
    key(w, "id");
    text(w, m.buyerSiret);
    w.EndObject();
    key(w, "nature");
    text(w, m.nature);
    key(w, "objet");
    text(w, m.object);
    key(w, "codeCPV");
    text(w, m.cpv);
    wrappedList(w, "techniques", "technique", m.techniques);
    wrappedList(w, "modalitesExecution", "modaliteExecution", m.executionModes);
    if (!m.frameworkId.isEmpty()) {
        key(w, "idAccordCadre");
        text(w, m.frameworkId);
    }
    key(w, "marcheInnovant");
    w.Bool(m.innovative.value_or(false));
    key(w, "ccag");
    text(w, m.ccag);
    key(w, "offresRecues");
    w.Int(m.offersReceived.value_or(0));
    key(w, "attributionAvance");
    w.Bool(m.advance.value_or(false));
    if (m.advanceRate) {
        key(w, "tauxAvance");
        w.Double(*m.advanceRate);
    }
    key(w, "typeGroupementOperateurs");
    text(w, m.grouping);
    key(w, "sousTraitanceDeclaree");
    w.Bool(m.subcontracting.value_or(false));
    key(w, "procedure");
    text(w, m.procedure);
    key(w, "lieuExecution");
    w.StartObject();
    key(w, "code");
    text(w, m.placeCode);
    key(w, "typeCode");
    text(w, m.placeType);
    w.EndObject();
    key(w, "dureeMois");
    w.Int(m.durationMonths.value_or(0));
    date(w, "dateNotification", m.notifiedOn);
    date(w, "datePublicationDonnees", m.publishedOn);
    amount(w, "montant", m.amountCents);
    wrappedList(w, "typesPrix", "typePrix", m.priceTypes);
    key(w, "formePrix");
    text(w, m.priceForm);
    if (m.originEu) {
        key(w, "origineUE");
        w.Double(*m.originEu);
    }
    if (m.originFrance) {
        key(w, "origineFrance");
        w.Double(*m.originFrance);
    }
    holders(w, m.holders);
    wrappedList(w, "considerationsSociales", "considerationSociale", m.social);
    wrappedList(w, "considerationsEnvironnementales", "considerationEnvironnementale", m.green);
    if (!m.modifications.isEmpty()) {
        key(w, "modifications");
        w.StartArray();
        for (const Modification &mod : m.modifications)
            modification(w, mod);
        w.EndArray();
    }
    w.EndObject();
}

} // namespace

QByteArray euros(qint64 cents)
{
    const qint64 whole = cents / 100, rest = cents % 100;
    QByteArray number = QByteArray::number(whole);
    if (rest != 0)
        number += '.' + QByteArray::number(rest).rightJustified(2, '0');
    if (number.endsWith('0') && number.contains('.'))
        number.chop(1);
    return number;
}

QByteArray write(const QList<Marche> &marches)
{
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.SetIndent(' ', 2);
    w.StartObject();
    key(w, "marches");
    w.StartObject();
    key(w, "marche");
    w.StartArray();
    for (const Marche &m : marches)
        marche(w, m);
    w.EndArray();
    w.EndObject();
    w.EndObject();
    return QByteArray(buffer.GetString(), qsizetype(buffer.GetSize())) + '\n';
}

} // namespace Atelier::Decp::Json
